// Routers are OpenAPIHono instances: each route is declared with its zod schemas, validated on the
// way in, and described in /api/openapi.json. A failed validation becomes our 400 error body.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type ZodType, z } from 'zod';
import { type Action, roleCan } from '../../domain/roles.ts';
import { describeIssues, fieldLabel } from '../../domain/validation.ts';
import type { Actor, RequestCtx } from '../auth/actor.ts';
import type { AppEnv } from './env.ts';
import { forbidden, UnauthenticatedError, ValidationError } from './errors.ts';

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

export function createRouter(overrides: Readonly<Record<string, string>> = {}) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook(overrides) });
}

const errorShape = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const errorSchema = { content: { 'application/json': { schema: errorShape } } };
const anyJson = { 'application/json': { schema: z.unknown() } };

/** A JSON request body that must be present (a missing body is validated as {} and fails). */
export function jsonBody<T extends ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

/** Response documentation: the success shape is free-form JSON; errors share one shape. */
export function responses(status: 200 | 201 | 204, description: string) {
  const ok = status === 204 ? { description } : { description, content: anyJson };
  return {
    [status]: ok,
    400: { description: 'Dữ liệu không hợp lệ', ...errorSchema },
    401: { description: 'Chưa đăng nhập', ...errorSchema },
    403: { description: 'Không được phép', ...errorSchema },
    404: { description: 'Không tìm thấy', ...errorSchema },
    409: { description: 'Xung đột', ...errorSchema },
    422: { description: 'Vi phạm quy tắc nghiệp vụ', ...errorSchema },
  };
}

export function requestCtx(c: Context<AppEnv>): RequestCtx {
  return { actor: c.get('auth')?.actor ?? null, ip: c.get('ip'), requestId: c.get('requestId') };
}

/** The signed-in actor, or 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const auth = c.get('auth');
  if (!auth) throw new UnauthenticatedError('unauthenticated', 'Bạn cần đăng nhập.');
  return auth.actor;
}

/** The signed-in actor whose role may perform the action, or 401/403. */
export function authorize(c: Context<AppEnv>, action: Action): Actor {
  const actor = requireActor(c);
  if (!roleCan(actor.role, action)) throw forbidden();
  return actor;
}
