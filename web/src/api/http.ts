// The typed way to call the API. `http.GET('/api/documents/{id}', { params: { path: { id } } })` is
// checked against the contract: the paths, parameters, bodies and answers come from
// web/src/api/schema.d.ts, which `npm run api:types` generates from the server's /api/openapi.json
// (CI fails when it is stale). The answer types are the server presenters' schemas, named:
// `Schema<'DocumentDetail'>`. Nothing in web/src restates a response shape by hand.
import createClient from 'openapi-fetch';
import { ApiError, getCsrfToken, notifyUnauthenticated } from './client.ts';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
/** A named shape of the API, e.g. Schema<'DocumentDetail'>. */
export type Schema<N extends keyof Schemas> = Schemas[N];

/** Query strings leave out empty values (an empty search box is no filter), as the server expects. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.set(key, String(value));
  }
  return params.toString();
}

export const http = createClient<paths>({ credentials: 'same-origin', querySerializer });

http.use({
  onRequest({ request }) {
    const token = getCsrfToken();
    if (request.method !== 'GET' && token) request.headers.set('x-csrf-token', token);
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && schemaPath !== '/api/auth/login') notifyUnauthenticated();
    return response;
  },
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The answer's data, or ApiError with the server's Vietnamese message (and everything else it said,
 * e.g. the existing ids of a duplicate). Use it around every `http` call:
 * `unwrap(http.GET('/api/documents/{id}', { params: { path: { id } } }))`.
 */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const err = (error as { error?: { code?: string; message?: string; fields?: ApiError['fields'] } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      err?.code ?? 'http_error',
      err?.message ?? `Lỗi máy chủ (${response.status}).`,
      err?.fields,
      (err ?? {}) as Record<string, unknown>,
    );
  }
  return data as NonNullable<T>;
}
