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

  constructor(errors: readonly GraphQLErrorEntry[], status: number) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL request failed (HTTP ${status})`);
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
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
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
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

  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch (cause) {
    if (response.status === 401) {
      const error = new GraphQLRequestError([{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }], 401);
      onUnauthenticated?.();
      throw error;
    }
    throw new NetworkError(`The server sent an unexpected response (HTTP ${response.status}).`, { cause });
  }

  if ((body.errors && body.errors.length > 0) || !response.ok || body.data == null) {
    const error = new GraphQLRequestError(body.errors ?? [], response.status);
    if (error.isUnauthenticated) onUnauthenticated?.();
    throw error;
  }
  return body.data;
}

/** A message fit for people, for any error thrown by `gqlRequest`. */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return error.message;
  if (error instanceof GraphQLRequestError) {
    if (error.isUnauthenticated) return 'Your session has ended. Please sign in again.';
    if (error.codes.includes('FORBIDDEN')) return 'You do not have access to this.';
    return 'Something went wrong on the server. Please try again.';
  }
  return 'Something went wrong. Please try again.';
}
