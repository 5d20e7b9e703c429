// `vanphong serve`: the HTTP server on one port, the web client included. SIGTERM/SIGINT close the
// database cleanly (PGlite must not be killed mid-write).
import { createApp } from './app.ts';
import { purgeExpiredSessions } from './auth/sessions.ts';
import { removeServerInfo, type ServerInfo, writeServerInfo } from './backup/server-info.ts';
import { bootstrap } from './bootstrap.ts';
import type { Config } from './config.ts';
import { createHttpServer } from './http/listen.ts';
import type { Logger } from './log.ts';
import { recoverAfterCrash } from './recovery.ts';
import { openRuntime } from './runtime.ts';

export async function serve(
  config: Config,
  log: Logger,
): Promise<{ stop: () => Promise<void>; port: number }> {
  const startedAt = new Date();
  const runtime = await openRuntime(config, log);
  const first = await bootstrap(runtime);
  await runtime.jobs.start({ workers: true });
  await recoverAfterCrash(runtime, startedAt);
  if (first.createdAdmin) {
    if (first.generatedPassword) {
      // Printed once, on the console only: it is not stored anywhere in clear.
      process.stdout.write(
        `\n  Tài khoản quản trị đầu tiên / first admin account\n  Tên đăng nhập: admin\n  Mật khẩu:      ${first.generatedPassword}\n  (Đổi mật khẩu sau khi đăng nhập. Change it after logging in.)\n\n`,
      );
    } else {
      log.info('first admin created with VANPHONG_ADMIN_PASSWORD');
    }
  }
  let info: ServerInfo | undefined;
  const app = createApp(runtime, { web: true, backupToken: () => info?.backupToken });
  const server = createHttpServer(app.fetch);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
    server.listen(config.port, config.host);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  info = writeServerInfo(config.dataDir, port);
  log.info({ port, database: runtime.database.backend, dataDir: config.dataDir }, 'vanphong listening');
  process.stdout.write(`vanphong: http://localhost:${port} (cơ sở dữ liệu: ${runtime.database.backend})\n`);

  const hourly = setInterval(() => {
    runtime.anchors.touch(runtime.database.db).catch((err) => log.error({ err }, 'anchor failed'));
    purgeExpiredSessions(runtime.database.db).catch((err) =>
      log.warn({ err: String(err) }, 'session purge failed'),
    );
  }, 3600_000);
  hourly.unref();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(hourly);
      removeServerInfo(config.dataDir);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open; the requests in flight have finished or failed.
      (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
      await runtime.close();
    })();
    return stopping;
  };
  return { stop, port };
}
