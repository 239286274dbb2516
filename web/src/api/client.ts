import type { TypedDocumentString } from '../gql/graphql';

/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The server answered, but with GraphQL errors (as opposed to typed payload errors). */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorEntry[];
  readonly status: number;
  /** The server's `x-request-id` for this request: what its log is searched by. */
  readonly requestId: string | null;

  constructor(errors: readonly GraphQLErrorEntry[], status: number, requestId: string | null = null) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL request failed (HTTP ${status})`);
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
    this.requestId = requestId;
  }

  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code).filter((c): c is string => Boolean(c));
  }

  get isUnauthenticated(): boolean {
    return this.status === 401 || this.codes.includes('UNAUTHENTICATED');
  }
}

/** The request never produced a GraphQL response (offline, proxy error, HTML page …). */
export class NetworkError extends Error {
  /** Set when a server answered (with something other than GraphQL) and named the request. */
  readonly requestId: string | null;

  constructor(message: string, options?: { cause?: unknown; requestId?: string | null }) {
    super(message, options);
    this.name = 'NetworkError';
    this.requestId = options?.requestId ?? null;
  }
}

export const GRAPHQL_ENDPOINT = '/graphql';

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler | null = null;

/**
 * Register what happens when the server says the session is gone (the auth
 * provider sends the user to the sign-in page). Returns an unregister function.
 */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null): () => void {
  onUnauthenticated = handler;
  return () => {
    if (onUnauthenticated === handler) onUnauthenticated = null;
  };
}

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

type VariablesArg<TVariables> = TVariables extends Record<string, never>
  ? [variables?: TVariables]
  : [variables: TVariables];

/**
 * POST a generated, type-checked document to the same-origin GraphQL endpoint.
 *
 * Authentication rides on the httpOnly session cookie set by `signIn`, so the
 * browser sends it with `credentials: 'same-origin'`; no token is kept in JS.
 */
export async function gqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationName(query) }),
    });
  } catch (cause) {
    throw new NetworkError('Could not reach the server. Check your connection and try again.', { cause });
  }

  return readGraphQLResponse<TResult>(response);
}

/**
 * The body the server sends when it refuses a request before GraphQL sees it (a body over
 * the size limit, server/http/limits.py): `{"error": {"code", "message"}}`.
 */
interface RefusalBody {
  error?: { code?: unknown; message?: unknown };
}

function refusalEntries(body: RefusalBody): GraphQLErrorEntry[] {
  const { code, message } = body.error ?? {};
  if (typeof code !== 'string') return [];
  return [{ message: typeof message === 'string' ? message : '', extensions: { code } }];
}

/**
 * The data of a GraphQL response, or the error it stands for; shared by `gqlRequest` and file
 * uploads. Every error carries the request id the server sent, so that people can quote it.
 */
export async function readGraphQLResponse<TResult>(response: Response): Promise<TResult> {
  const requestId = response.headers.get('x-request-id');
  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] } & RefusalBody;
  try {
    body = (await response.json()) as typeof body;
  } catch (cause) {
    if (response.status === 401) {
      const error = new GraphQLRequestError([{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }], 401, requestId);
      onUnauthenticated?.();
      throw error;
    }
    // A proxy in front of the server may refuse a large body with its own HTML page.
    if (response.status === 413) throw new GraphQLRequestError([{ message: '', extensions: { code: 'PAYLOAD_TOO_LARGE' } }], 413, requestId);
    throw new NetworkError(
      `The server sent an unexpected answer (HTTP ${response.status}). Wait a moment and try again; if it keeps happening, tell your administrator.`,
      { cause, requestId },
    );
  }

  if ((body.errors && body.errors.length > 0) || !response.ok || body.data == null) {
    const entries = body.errors && body.errors.length > 0 ? body.errors : refusalEntries(body);
    const error = new GraphQLRequestError(entries, response.status, requestId);
    if (error.isUnauthenticated) onUnauthenticated?.();
    throw error;
  }
  return body.data;
}

/** How a message is built for one `extensions.code`: from the server's message, or fixed. */
type Explain = (serverMessage: string, entry: GraphQLErrorEntry) => string;

/** The server's message when it sent one (its texts for these codes are written for people). */
const serverOr =
  (fallback: string): Explain =>
  (serverMessage) =>
    serverMessage || fallback;

/** Field problems of BAD_USER_INPUT (schema/errors.py): each names what to fix. */
function inputProblems(serverMessage: string, entry: GraphQLErrorEntry): string {
  const fields = entry.extensions?.fields;
  const messages = Array.isArray(fields)
    ? fields.flatMap((f: unknown) =>
        f && typeof f === 'object' && 'message' in f && typeof f.message === 'string' && f.message ? [f.message] : [],
      )
    : [];
  if (messages.length > 0) return `Please correct this and try again: ${messages.join(' ')}`;
  return serverMessage
    ? `Please correct this and try again: ${serverMessage}`
    : 'Some of what you entered was not accepted. Check the form and try again.';
}

const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/**
 * Every code the server puts in `extensions.code` (schema/errors.py, server/kit/errors.py,
 * server/accounts/service.py, server/http/limits.py) and what to tell people about it. Codes
 * missing here are unexpected: they get the generic message with the request id.
 */
export const ERROR_MESSAGES: Readonly<Record<string, Explain>> = {
  UNAUTHENTICATED: () => SESSION_ENDED,
  // The server's texts say who may do it ("Only organizers may register other people.").
  FORBIDDEN: serverOr('You do not have access to this. If you need it, ask an administrator of your organization.'),
  // "No such event." alone does not say what to do. The same words for missing and hidden
  // things: the server answers both alike, and so do we.
  NOT_FOUND: (serverMessage) =>
    `${serverMessage || 'This could not be found.'} It may have been removed, or it is not shared with you. Check the link, or go back and choose it again.`,
  // "Too many failed sign-in attempts. Wait a few minutes and try again."
  RATE_LIMITED: serverOr('Too many attempts in a short time. Wait a few minutes and try again.'),
  INVALID_CREDENTIALS: serverOr('Email or password is incorrect.'),
  BAD_REQUEST: serverOr('The server could not accept this. Check what you entered and try again.'),
  BAD_USER_INPUT: inputProblems,
  // "The uploaded file is larger than the limit of … bytes (15 MiB)."
  PAYLOAD_TOO_LARGE: (serverMessage) =>
    `${serverMessage || 'What you sent is too large.'} Send something smaller: split a large file into parts.`,
  // The app's own requests do not fail validation unless the server was updated since this
  // page loaded: reloading fetches the app that matches it.
  GRAPHQL_VALIDATION_FAILED: () => 'This page is out of date with the server. Reload the page and try again.',
  GRAPHQL_PARSE_FAILED: () => 'This page is out of date with the server. Reload the page and try again.',
};

/** The first error with a known code; the request failed for that reason. */
function explain(error: GraphQLRequestError): string | null {
  if (error.isUnauthenticated) return SESSION_ENDED;
  for (const entry of error.errors) {
    const code = entry.extensions?.code;
    const known = code ? ERROR_MESSAGES[code] : undefined;
    if (known) return known(entry.message?.trim() ?? '', entry);
  }
  return null;
}

/** The request id to quote: the server's masked error carries it too (schema/errors.py). */
function requestIdOf(error: GraphQLRequestError | NetworkError): string | null {
  if (error instanceof GraphQLRequestError) {
    for (const entry of error.errors) {
      const id = entry.extensions?.requestId;
      if (typeof id === 'string' && id) return id;
    }
  }
  return error.requestId;
}

function withReference(message: string, requestId: string | null): string {
  return requestId ? `${message} Reference: ${requestId}` : message;
}

/**
 * A message fit for people, for any error thrown by `gqlRequest`: what happened and what to
 * do. Unexpected errors end with "Reference: <request id>" for whoever reads the server log.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return withReference(error.message, error.requestId);
  if (error instanceof GraphQLRequestError) {
    const known = explain(error);
    if (known) return known;
    return withReference(
      'Something went wrong on the server. Please try again; if it keeps happening, tell your administrator.',
      requestIdOf(error),
    );
  }
  return 'Something went wrong. Please try again.';
}
