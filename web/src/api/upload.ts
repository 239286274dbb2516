import type { TypedDocumentString } from '../gql/graphql';
import { GRAPHQL_ENDPOINT, NetworkError, readGraphQLResponse } from './client';

/**
 * The header the server requires on multipart GraphQL requests: a cross-site form cannot set
 * it, so a plain HTML form on another site cannot make the browser post a file with our cookie.
 */
export const UPLOAD_HEADER = 'X-Pluralis-Upload';

function operationName(query: string): string | undefined {
  return /\b(?:mutation|query)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

/**
 * The body of a GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec):
 * `operations` holds the query with each file variable set to null, `map` says which part
 * fills which variable, then one part per file, in that order.
 */
export function multipartBody(query: string, variables: Record<string, unknown>, files: Record<string, Blob>): FormData {
  const names = Object.keys(files);
  const operations = {
    query,
    variables: { ...variables, ...Object.fromEntries(names.map((name) => [name, null])) },
    operationName: operationName(query),
  };
  const map = Object.fromEntries(names.map((name, index) => [String(index), [`variables.${name}`]]));
  const body = new FormData();
  body.append('operations', JSON.stringify(operations));
  body.append('map', JSON.stringify(map));
  names.forEach((name, index) => {
    const file = files[name]!;
    body.append(String(index), file, file instanceof File ? file.name : name);
  });
  return body;
}

/**
 * Send a mutation that takes files (`Upload` variables). `files` maps variable names to the
 * files; the other variables go as usual. Errors are those of `gqlRequest` (the same reader).
 */
export async function uploadMutation<TResult, TVariables, K extends keyof TVariables & string>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, K>,
  files: Record<K, Blob>,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      // No content-type: the browser writes multipart/form-data with its boundary.
      headers: { [UPLOAD_HEADER]: '1', accept: 'application/graphql-response+json, application/json' },
      body: multipartBody(document.toString(), variables as Record<string, unknown>, files),
    });
  } catch (cause) {
    throw new NetworkError('Could not reach the server. Check your connection and try again.', { cause });
  }
  return readGraphQLResponse<TResult>(response);
}
