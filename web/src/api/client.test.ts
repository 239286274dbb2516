import { describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../test/fakeServer';
import { ERROR_MESSAGES, errorMessage, gqlRequest, GraphQLRequestError, NetworkError, setUnauthenticatedHandler } from './client';
import { organizationsQuery, viewerQuery } from './operations';

describe('gqlRequest', () => {
  it('posts the document to /graphql with the session cookie and returns data', async () => {
    const server = stubGraphQL({ Viewer: () => ({ data: { me: null } }) });

    await expect(gqlRequest(viewerQuery)).resolves.toEqual({ me: null });

    const [url, init] = server.fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(server.calls[0]!.operationName).toBe('Viewer');
    expect(server.calls[0]!.query).toContain('query Viewer');
  });

  it('sends variables', async () => {
    const server = stubGraphQL({
      Organizations: () => ({ data: { organizations: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } }),
    });
    await gqlRequest(organizationsQuery, { first: 10, after: 'abc', filter: { kind: 'PARTNER' } });
    expect(server.calls[0]!.variables).toEqual({ first: 10, after: 'abc', filter: { kind: 'PARTNER' } });
  });

  it('throws GraphQLRequestError and calls the unauthenticated handler on UNAUTHENTICATED', async () => {
    stubGraphQL({
      Organizations: () => ({ data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    const handler = vi.fn();
    const unregister = setUnauthenticatedHandler(handler);
    try {
      const error = await gqlRequest(organizationsQuery, { first: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect((error as GraphQLRequestError).isUnauthenticated).toBe(true);
      expect(handler).toHaveBeenCalledTimes(1);
      expect(errorMessage(error)).toMatch(/sign in again/i);
    } finally {
      unregister();
    }
  });

  it('does not call the unauthenticated handler for other errors', async () => {
    stubGraphQL({ Viewer: () => ({ data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    const handler = vi.fn();
    const unregister = setUnauthenticatedHandler(handler);
    try {
      await expect(gqlRequest(viewerQuery)).rejects.toBeInstanceOf(GraphQLRequestError);
      expect(handler).not.toHaveBeenCalled();
    } finally {
      unregister();
    }
  });

  it('wraps network failures in NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await gqlRequest(viewerQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorMessage(error)).toMatch(/could not reach the server/i);
  });

  it('treats a non-JSON response as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(gqlRequest(viewerQuery)).rejects.toBeInstanceOf(NetworkError);
  });
});

/** A response as the server sends it, with its request id header. */
function answer(body: unknown, status = 200, requestId = 'req-7f3a') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': 'application/json', 'x-request-id': requestId } });
}

async function failureOf(body: unknown, status = 200): Promise<unknown> {
  vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(body, status)));
  return gqlRequest(viewerQuery).catch((e: unknown) => e);
}

const failed = (message: string, code: string, extensions: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message, extensions: { code, ...extensions } }],
});

describe('errorMessage', () => {
  it('keeps the request id of a failed request', async () => {
    const error = await failureOf(failed('Unexpected error.', 'INTERNAL_SERVER_ERROR'));
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).requestId).toBe('req-7f3a');
  });

  it('shows the reference of an unexpected error, preferring the one the server put in the error', async () => {
    const masked = await failureOf(failed('Unexpected error.', 'INTERNAL_SERVER_ERROR', { requestId: 'abc123' }));
    expect(errorMessage(masked)).toBe(
      'Something went wrong on the server. Please try again; if it keeps happening, tell your administrator. Reference: abc123',
    );
    const bare = await failureOf({ data: null, errors: [{ message: 'boom' }] });
    expect(errorMessage(bare)).toMatch(/Something went wrong on the server\..*Reference: req-7f3a$/);
  });

  it('treats a code it does not know as unexpected', async () => {
    const error = await failureOf(failed('Some internal detail', 'SOMETHING_NEW'));
    expect(errorMessage(error)).toMatch(/^Something went wrong on the server\..*Reference: req-7f3a$/);
    expect(errorMessage(error)).not.toContain('internal detail');
  });

  it('shows the reference for a response that is not GraphQL (a proxy error page)', async () => {
    const error = await failureOf('<html>Bad gateway</html>', 502);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorMessage(error)).toMatch(/unexpected answer \(HTTP 502\)\. Wait a moment and try again.*Reference: req-7f3a$/);
  });

  it('says to sign in again when the session is gone', async () => {
    const error = await failureOf(failed('Sign in to do this.', 'UNAUTHENTICATED'));
    expect(errorMessage(error)).toBe('Your session has ended. Please sign in again.');
  });

  it('shows a rate limit in the server’s words, which say how long to wait', async () => {
    const error = await failureOf(failed('Too many failed sign-in attempts. Wait a few minutes and try again.', 'RATE_LIMITED'));
    expect(errorMessage(error)).toBe('Too many failed sign-in attempts. Wait a few minutes and try again.');
    expect(errorMessage(await failureOf(failed('', 'RATE_LIMITED')))).toBe(
      'Too many attempts in a short time. Wait a few minutes and try again.',
    );
  });

  it('shows who may do something the caller may not', async () => {
    const error = await failureOf(failed('Only organizers may register other people.', 'FORBIDDEN'));
    expect(errorMessage(error)).toBe('Only organizers may register other people.');
    expect(errorMessage(await failureOf(failed('', 'FORBIDDEN')))).toMatch(/^You do not have access to this\. If you need it, ask/);
  });

  it('says what to do about something missing, in the same words whether it is gone or hidden', async () => {
    const error = await failureOf(failed('No such event.', 'NOT_FOUND'));
    expect(errorMessage(error)).toBe(
      'No such event. It may have been removed, or it is not shared with you. Check the link, or go back and choose it again.',
    );
  });

  it('shows wrong credentials and refused requests in the server’s words', async () => {
    expect(errorMessage(await failureOf(failed('Email or password is incorrect.', 'INVALID_CREDENTIALS')))).toBe(
      'Email or password is incorrect.',
    );
    expect(errorMessage(await failureOf(failed('This invitation was already used.', 'BAD_REQUEST')))).toBe(
      'This invitation was already used.',
    );
  });

  it('lists each field problem of invalid input', async () => {
    const error = await failureOf(
      failed('title: Too long', 'BAD_USER_INPUT', {
        fields: [
          { field: 'title', message: 'Use at most 200 characters.', code: 'too_long' },
          { field: 'tags', message: 'Use at most 20 tags.', code: 'too_many' },
        ],
      }),
    );
    expect(errorMessage(error)).toBe('Please correct this and try again: Use at most 200 characters. Use at most 20 tags.');
    expect(errorMessage(await failureOf(failed('', 'BAD_USER_INPUT')))).toMatch(/^Some of what you entered was not accepted/);
  });

  it('explains a body over the size limit, from the server’s refusal or a proxy’s page', async () => {
    const refused = await failureOf(
      { error: { code: 'PAYLOAD_TOO_LARGE', message: 'The uploaded file is larger than the limit of 16777216 bytes (16 MiB).' } },
      413,
    );
    expect((refused as GraphQLRequestError).codes).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(errorMessage(refused)).toBe(
      'The uploaded file is larger than the limit of 16777216 bytes (16 MiB). Send something smaller: split a large file into parts.',
    );
    const proxy = await failureOf('<html>413 Request Entity Too Large</html>', 413);
    expect(errorMessage(proxy)).toBe('What you sent is too large. Send something smaller: split a large file into parts.');
  });

  it('asks for a reload when the server no longer accepts the page’s own request', async () => {
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']) {
      expect(errorMessage(await failureOf(failed('Cannot query field "x" on type "Query".', code)))).toBe(
        'This page is out of date with the server. Reload the page and try again.',
      );
    }
  });

  it('has a message for every code the server sends', () => {
    // server/kit/errors.py, server/accounts/service.py, schema/errors.py, schema/view.py, server/http/limits.py
    const serverCodes = [
      'BAD_REQUEST',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'RATE_LIMITED',
      'INVALID_CREDENTIALS',
      'BAD_USER_INPUT',
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_PARSE_FAILED',
      'PAYLOAD_TOO_LARGE',
    ];
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...serverCodes].sort());
  });
});
