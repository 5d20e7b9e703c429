// Composes the HTTP app: the request pipeline, each area's router, the OpenAPI document, one error
// handler, and the web client.
import { OpenAPIHono } from '@hono/zod-openapi';
import { backupRoutes } from './backup/routes.ts';
import type { Deps } from './deps.ts';
import { jsonBodyLimit, uploadSizeGate } from './http/body-limit.ts';
import type { AppEnv } from './http/env.ts';
import { RETRY_AFTER_UNAVAILABLE_SECONDS, TooManyRequestsError, toErrorResponse } from './http/errors.ts';
import { accessLog, authenticate, requestIdentity, securityHeaders } from './http/middleware.ts';
import { readRouting } from './http/read-routing.ts';
import { registerErrorResponses } from './http/router.ts';
import { mountWebClient } from './http/static.ts';
import { archiveRoutes } from './modules/archive/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { congressRoutes } from './modules/congresses/routes.ts';
import { documentRoutes } from './modules/documents/routes.ts';
import { exchangeRoutes } from './modules/exchange/routes.ts';
import { financeRoutes } from './modules/finance/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { inspectionRoutes } from './modules/inspections/routes.ts';
import { intelRoutes } from './modules/intel/routes.ts';
import { meetingRoutes } from './modules/meetings/routes.ts';
import { memberRoutes } from './modules/members/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { orgRoutes } from './modules/orgs/routes.ts';
import { programRoutes } from './modules/programs/routes.ts';
import { proposalRoutes } from './modules/proposals/routes.ts';
import { rewardRoutes } from './modules/rewards/routes.ts';
import { calendarRoutes } from './modules/rules/calendar/routes.ts';
import { lateRoutes } from './modules/rules/late/routes.ts';
import { regulationRoutes } from './modules/rules/regulations/routes.ts';
import { ruleRoutes } from './modules/rules/routes.ts';
import { settingsRoutes } from './modules/settings/routes.ts';
import { taskRoutes } from './modules/tasks/routes.ts';
import { userRoutes } from './modules/users/routes.ts';

/** The head of /api/openapi.json (the web client's types are generated from the same document). */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'vanphong API',
    version: '0.1.0',
    description:
      'API của vanphong — văn phòng cấp ủy số. Lỗi luôn có dạng { "error": { "code", "message" } } với thông điệp tiếng Việt.',
  },
};

/** JSON bodies are small; uploads have their own, larger limit on their own routes. */
const JSON_LIMIT_BYTES = 2 * 1024 * 1024;

export function createApp(deps: Deps, opts: { web?: boolean; backupToken?: () => string | undefined } = {}) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', requestIdentity(deps));
  app.use('*', securityHeaders);
  app.use('*', accessLog(deps));
  // Over the limit is 413, before the account is even looked at; the refused body is read to its end
  // first so that the answer reaches the client (http/body-limit.ts).
  const jsonLimit = jsonBodyLimit(JSON_LIMIT_BYTES);
  // Multipart uploads stream to disk with their own limit (VANPHONG_MAX_UPLOAD_MB, http/upload.ts).
  const uploadGate = uploadSizeGate(() => deps.config.maxUploadMb * 1024 * 1024);
  app.use('/api/*', (c, next) =>
    /^multipart\/form-data/i.test(c.req.header('content-type') ?? '')
      ? uploadGate(c, next)
      : jsonLimit(c, next),
  );
  app.use('/api/*', authenticate(deps));
  app.use('/api/*', readRouting(deps));

  for (const router of [
    healthRoutes(deps),
    authRoutes(deps),
    orgRoutes(deps),
    userRoutes(deps),
    auditRoutes(deps),
    settingsRoutes(deps),
    notificationRoutes(deps),
    memberRoutes(deps),
    documentRoutes(deps),
    archiveRoutes(deps),
    backupRoutes(deps, opts.backupToken ?? (() => undefined)),
    programRoutes(deps),
    taskRoutes(deps),
    proposalRoutes(deps),
    intelRoutes(deps),
    inspectionRoutes(deps),
    rewardRoutes(deps),
    ruleRoutes(deps),
    calendarRoutes(deps),
    // Before the regulations: /api/work-rules/late is not a version's id.
    lateRoutes(deps),
    regulationRoutes(deps),
    meetingRoutes(deps),
    congressRoutes(deps),
    homeRoutes(deps),
    financeRoutes(deps),
    exchangeRoutes(deps),
  ]) {
    app.route('/', router);
  }

  registerErrorResponses(app);
  app.doc31('/api/openapi.json', OPENAPI_DOCUMENT);
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'vp_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: 'Không tìm thấy đường dẫn API này.' } }, 404),
  );

  app.onError((err, c) => {
    const { status, body, known } = toErrorResponse(err);
    if (!known) deps.log.error({ err, requestId: c.get('requestId') }, 'unhandled error');
    else if (status === 503)
      deps.log.warn({ err: String(err), requestId: c.get('requestId') }, 'database unavailable');
    if (err instanceof TooManyRequestsError) c.header('Retry-After', String(err.retryAfterSeconds));
    // 503 is "try again": a database restarting or a pool with no free connection.
    if (status === 503) c.header('Retry-After', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
    return c.json(body, status);
  });

  if (opts.web) mountWebClient(app);
  return app;
}
