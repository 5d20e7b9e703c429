// The `vanphong` command. Every command reads the same configuration as the server
// (DATABASE_URL, VANPHONG_DATA_DIR, …); help texts are in Vietnamese and English.
import { Command } from 'commander';
import { loadConfig } from './config.ts';
import { createLogger } from './log.ts';

const program = new Command();
program
  .name('vanphong')
  .description('vanphong — văn phòng cấp ủy số / the digital office of a Party committee')
  .helpOption('-h, --help', 'Trợ giúp / help')
  .version('0.1.0', '-V, --version', 'Phiên bản / version')
  .addHelpCommand('help [lệnh]', 'Trợ giúp cho một lệnh / help for a command');

function quietLogger() {
  return createLogger(process.env.LOG_LEVEL || 'warn');
}

async function withRuntime<T>(
  fn: (rt: Awaited<ReturnType<typeof import('./runtime.ts').openRuntime>>) => Promise<T>,
) {
  const { openRuntime } = await import('./runtime.ts');
  const rt = await openRuntime(loadConfig(), quietLogger());
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

program
  .command('serve', { isDefault: true })
  .description('Chạy máy chủ web (mặc định cổng 3000) / run the web server (port 3000 by default)')
  .option('-p, --port <cổng>', 'Cổng / port (PORT)')
  .action(async (opts: { port?: string }) => {
    if (opts.port) process.env.PORT = opts.port;
    const config = loadConfig();
    const log = createLogger(config.logLevel);
    const { serve } = await import('./serve.ts');
    const server = await serve(config, log);
    const shutdown = (signal: string) => {
      log.info({ signal }, 'shutting down');
      server.stop().then(
        () => process.exit(0),
        (err) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });

program
  .command('migrate')
  .description('Áp dụng các bản cập nhật cơ sở dữ liệu / apply database migrations')
  .action(async () => {
    const { openDatabase } = await import('./db/client.ts');
    const { migrate } = await import('./db/migrate.ts');
    const config = loadConfig();
    const db = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      pgliteWorker: config.pgliteWorker,
    });
    try {
      const applied = await migrate(db);
      console.log(
        applied.length
          ? `Đã áp dụng / applied: ${applied.join(', ')}`
          : 'Cơ sở dữ liệu đã mới nhất / up to date',
      );
    } finally {
      await db.close();
    }
  });

program
  .command('demo')
  .description('Nạp dữ liệu mẫu để xem thử / load a demo installation to look around')
  .action(async () => {
    const { loadDemo } = await import('./demo.ts');
    await withRuntime(async (rt) => {
      const result = await loadDemo(rt);
      console.log(
        result.loaded ? 'Đã nạp dữ liệu mẫu / demo loaded.' : 'Dữ liệu mẫu đã có sẵn / demo already loaded.',
      );
      console.log(`\nĐăng nhập bằng một trong các tài khoản sau, mật khẩu chung: ${result.password}`);
      console.log(`(Log in with any of these accounts; the password is also in ${result.file})\n`);
      for (const a of result.accounts)
        console.log(`  ${a.username.padEnd(20)} ${a.role.padEnd(11)} ${a.note}`);
      console.log('\nRồi chạy / then run: npm start  →  http://localhost:3000');
    });
  });

program
  .command('backup <tệp>')
  .description(
    'Sao lưu cơ sở dữ liệu và tệp vào một tệp zip (chạy được khi máy chủ đang chạy) / back up database and files',
  )
  .action(async (file: string) => {
    const { runBackup } = await import('./backup/cli.ts');
    await runBackup(loadConfig(), file);
  });

program
  .command('restore <tệp>')
  .description(
    'Khôi phục bản sao lưu vào thư mục dữ liệu hoặc cơ sở dữ liệu trống / restore into an empty data dir or database',
  )
  .action(async (file: string) => {
    const { runRestore } = await import('./backup/cli.ts');
    await runRestore(loadConfig(), file);
  });

const audit = program.command('audit').description('Nhật ký hệ thống / audit log');
audit
  .command('verify')
  .description(
    'Kiểm tra chuỗi băm và các mốc neo; mã thoát khác 0 nếu có dòng bị sửa / verify the hash chain',
  )
  .action(async () => {
    const { verifyInstallation } = await import('./modules/audit/service.ts');
    const { systemCtx } = await import('./auth/actor.ts');
    const report = await withRuntime((rt) => verifyInstallation(rt, systemCtx('cli')));
    if (report.ok) {
      console.log(
        `Nhật ký toàn vẹn / audit chain intact: ${report.rows} dòng, ${report.anchors} mốc neo` +
          (report.unanchored ? `, ${report.unanchored} dòng mới chưa neo` : ''),
      );
    } else {
      console.error(
        `Nhật ký bị thay đổi tại dòng ${report.broken?.id} / audit chain broken at row ${report.broken?.id}: ${report.broken?.reason}`,
      );
      process.exitCode = 2;
    }
  });

const user = program.command('user').description('Tài khoản / accounts');
user
  .command('reset-password <tên-đăng-nhập>')
  .description('Đặt lại mật khẩu (in mật khẩu mới) / reset a password (prints the new one)')
  .option(
    '--password <mật-khẩu>',
    'Mật khẩu mới (mặc định: sinh ngẫu nhiên) / new password (random by default)',
  )
  .action(async (username: string, opts: { password?: string }) => {
    const { resetPasswordByUsername } = await import('./modules/users/cli.ts');
    await withRuntime(async (rt) => {
      const password = await resetPasswordByUsername(rt, username, opts.password);
      console.log(`Mật khẩu mới của ${username} / new password: ${password}`);
    });
  });

const members = program.command('members').description('Đảng viên / party members');
members
  .command('import <tệp>')
  .description('Nhập danh sách đảng viên từ Excel (.xlsx) vào một đơn vị / import members from Excel')
  .requiredOption('--org <mã-đơn-vị>', 'Mã (id) của chi bộ/đơn vị nhận / id of the receiving unit')
  .action(async (file: string, opts: { org: string }) => {
    const orgId = Number(opts.org);
    if (!Number.isInteger(orgId) || orgId < 1) throw new Error('--org phải là mã đơn vị (số nguyên dương)');
    const { importFromCli, printResult } = await import('./modules/members/cli.ts');
    const result = await withRuntime((rt) => importFromCli(rt, file, orgId));
    printResult(result);
  });

const archive = program.command('archive').description('Lưu trữ / archives');
archive
  .command('fixity')
  .description(
    'Kiểm tra toàn vẹn: băm lại mọi tệp đã lưu, báo tệp thiếu, hỏng, không còn dùng; mã thoát 2 nếu có lỗi / re-hash stored files',
  )
  .option('--sweep', 'Xóa tệp không còn dùng đã lưu quá 1 ngày / delete unreferenced files older than a day')
  .action(async (opts: { sweep?: boolean }) => {
    const { fixityCli } = await import('./modules/archive/cli.ts');
    const report = await withRuntime((rt) => fixityCli(rt, { sweep: opts.sweep === true }));
    if (!report.ok) process.exitCode = 2;
  });
archive
  .command('digitise <thư-mục>')
  .description('Số hóa một lô bản quét theo bảng kê Excel (OCR sang PDF/A) / digitise a folder of scans')
  .requiredOption('--manifest <tệp.xlsx>', 'Bảng kê số hóa / the manifest')
  .requiredOption('--org <mã-đơn-vị>', 'Mã (id) của đơn vị có hồ sơ / id of the unit owning the files')
  .option('--name <tên>', 'Tên lô / batch name')
  .action(async (dir: string, opts: { manifest: string; org: string; name?: string }) => {
    const orgId = Number(opts.org);
    if (!Number.isInteger(orgId) || orgId < 1) throw new Error('--org phải là mã đơn vị (số nguyên dương)');
    const { digitiseCli } = await import('./modules/archive/cli.ts');
    const result = await withRuntime(async (rt) => {
      await rt.jobs.start({ workers: false });
      return digitiseCli(rt, { dir, manifest: opts.manifest, orgId, name: opts.name });
    });
    if (result.missing.length > 0 || (result.batch.counts.failed ?? 0) > 0) process.exitCode = 2;
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
