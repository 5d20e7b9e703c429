// Routers are OpenAPIHono instances: each route is declared with its zod schemas for the request and
// for the answer, validated on the way in, and described in /api/openapi.json, from which the web
// client's types are generated. A failed validation becomes our 400 error body. Under the tests
// (VANPHONG_CHECK_RESPONSES=1) every JSON answer is also checked against its declared schema, so a
// schema that does not describe what the presenter sends fails the suite.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type ZodType, z } from 'zod';
import { describeIssues, fieldLabel } from '../../domain/validation.ts';
import type { RequestCtx } from '../auth/actor.ts';
import type { AppEnv } from './env.ts';
import { ValidationError } from './errors.ts';

/**
 * The hook that turns a failed zod parse into our 400: fields named in Vietnamese, with a route's
 * own names where the shared ones would mislead (see fieldLabel).
 */
export function validationHook(overrides: Readonly<Record<string, string>> = {}) {
  return (
    result: { success: true } | { success: false; error: { issues: z.core.$ZodIssue[] } },
  ): undefined => {
    if (result.success) return undefined;
    const issues = result.error.issues;
    throw new ValidationError(describeIssues(issues, overrides), {
      fields: issues.slice(0, 20).map((i) => ({
        path: i.path.map(String).join('.'),
        label: fieldLabel(i.path, overrides),
        message: i.message,
      })),
    });
  };
}

/** A response that does not match the schema its route declares (tests only). */
export class ResponseContractError extends Error {}

const checkResponses = process.env.VANPHONG_CHECK_RESPONSES === '1';

type AnyHandler = (c: Context<AppEnv>, next: () => Promise<void>) => unknown;

function declaredJsonSchema(route: RouteConfig, status: number): ZodType | undefined | null {
  const entry = route.responses[String(status)] as
    | { content?: Record<string, { schema?: unknown }> }
    | undefined;
  if (!entry) return null;
  const schema = entry.content?.['application/json']?.schema;
  return schema instanceof z.ZodType ? schema : undefined;
}

/** Wraps a handler so that its answer is parsed with the route's declared response schema. */
function checked(route: RouteConfig, handler: AnyHandler): AnyHandler {
  return async (c, next) => {
    const res = (await handler(c, next)) as Response | undefined;
    if (!(res instanceof Response)) return res;
    const where = `${route.method.toUpperCase()} ${route.path} → ${res.status}`;
    const schema = declaredJsonSchema(route, res.status);
    if (schema === null) throw new ResponseContractError(`${where}: status not declared`);
    const type = res.headers.get('content-type') ?? '';
    if (schema && type.includes('application/json')) {
      // Prepared answers (the unit tree) may be sent compressed: the check reads what the client decodes.
      const bytes = Buffer.from(await res.clone().arrayBuffer());
      const encoding = res.headers.get('content-encoding');
      const decoded =
        encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
      const body = JSON.parse(decoded.toString('utf8'));
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`)
          .join('; ');
        throw new ResponseContractError(`${where}: response does not match its schema: ${issues}`);
      }
    }
    return res;
  };
}

export function createRouter(overrides: Readonly<Record<string, string>> = {}) {
  const r = new OpenAPIHono<AppEnv>({ defaultHook: validationHook(overrides) });
  if (checkResponses) {
    const original = r.openapi;
    // biome-ignore lint/suspicious/noExplicitAny: the wrapper keeps the handler's own signature.
    (r as any).openapi = (route: RouteConfig, handler: AnyHandler, hook?: unknown) =>
      // biome-ignore lint/suspicious/noExplicitAny: see above.
      (original as any)(route, checked(route, handler), hook);
  }
  return r;
}

const errorShape = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

/** A JSON request body that must be present (a missing body is validated as {} and fails). */
export function jsonBody<T extends ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

/** The error answers every route may give, shared as components of the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: 'Dữ liệu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không được phép',
  404: 'Không tìm thấy',
  409: 'Xung đột',
  413: 'Quá lớn',
  422: 'Vi phạm quy tắc nghiệp vụ',
  429: 'Quá nhiều lần thử',
  503: 'Tạm thời không sẵn sàng',
} as const;

/** Registers the shared error answers (and the Error shape) on the app's OpenAPI registry. */
export function registerErrorResponses(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.register('Error', errorShape);
  const content = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
    app.openAPIRegistry.registerComponent('responses', `Error${status}`, { description, content });
  }
}

const ref = (status: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/Error${status}` });
const errors = {
  400: ref(400),
  401: ref(401),
  403: ref(403),
  404: ref(404),
  409: ref(409),
  413: ref(413),
  422: ref(422),
  429: ref(429),
  503: ref(503),
};

/** The answers of a JSON route: its success shape (a zod schema, named in the OpenAPI document). */
export function responses<S extends 200 | 201, T extends ZodType>(status: S, description: string, schema: T) {
  return {
    [status]: { description, content: { 'application/json': { schema } } },
    ...errors,
  } as Record<S, { description: string; content: { 'application/json': { schema: T } } }> & typeof errors;
}

/** The answers of a route that answers 204 with no body. */
export function noContent(description: string) {
  return { 204: { description }, ...errors };
}

/** The answers of a route that sends a file (Word, Excel, PDF, zip, …) or other bytes. */
export function fileResponses(description: string, mediaTypes: readonly string[]) {
  const content = Object.fromEntries(
    mediaTypes.map((t) => [t, { schema: { type: 'string' as const, format: 'binary' } }]),
  );
  return { 200: { description, content }, ...errors };
}

export const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xml: 'application/xml',
  octet: 'application/octet-stream',
} as const;

/** Who, from where, which request: what a route hands to the service. */
export function requestCtx(c: Context<AppEnv>): RequestCtx {
  return {
    actor: c.get('auth')?.actor ?? null,
    ip: c.get('ip'),
    requestId: c.get('requestId'),
    readAfter: c.get('readAfter'),
  };
}
