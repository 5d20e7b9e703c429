// `vanphong members import FILE --org ID`: the console import with its progress bar, on the
// configured database (PGlite data directory or PostgreSQL), the same rules as the API.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../server/bootstrap.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { openRuntime } from '../../server/runtime.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { xlsx } from './members-fixtures.ts';

const BIN = path.resolve('bin/vanphong.mjs');
let db: TestDatabase;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let file: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-members-cli-'));
  env = {
    ...process.env,
    VANPHONG_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    VANPHONG_ADMIN_PASSWORD: 'mat-khau-cli-thu',
  };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  // First start (root unit id 1 and admin), then the process lets go of the data directory.
  const rt = await openRuntime({ ...loadConfig(env), databaseUrl: db.url, dataDir }, createLogger('silent'));
  await bootstrap(rt);
  await rt.close();
  file = path.join(dataDir, 'danh-sach.xlsx');
  writeFileSync(
    file,
    await xlsx([
      ['Nguyễn Văn Dòng Lệnh', '01/01/1960', 'Nam', '03/02/1990', '03/02/1991', 'CLI-1'],
      ['Trần Thị Dòng Lệnh', '01/01/1962', 'Nữ', '19/05/1992', '', 'CLI-2'],
      ['Lê Văn Sai', '01/01/1962', 'Nam', '19/05/1972', '', 'CLI-3'],
    ]),
  );
});
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('vanphong members import', () => {
  it('imports, names the refused rows, and adds nobody the second time', async () => {
    const first = await run(['members', 'import', file, '--org', '1']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Đã nhập / imported: 2 đảng viên');
    expect(first.stdout).toContain('dòng 4: Ngày vào Đảng không hợp lệ: Chưa đủ 18 tuổi');
    expect(first.stderr).toContain('Nhập đảng viên');
    const again = await run(['members', 'import', file, '--org', '1']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Đã nhập / imported: 0 đảng viên');
    expect(again.stdout).toContain('dòng 2: Số thẻ đảng viên CLI-1 đã có trong hệ thống.');
  }, 120_000);

  it('fails with a clear message for a missing file or unit', async () => {
    const missing = await run(['members', 'import', path.join(dataDir, 'khong-co.xlsx'), '--org', '1']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const unit = await run(['members', 'import', file, '--org', '999']);
    expect(unit.code).not.toBe(0);
    expect(unit.stderr).toContain('Đơn vị không tồn tại');
    const bad = await run(['members', 'import', file, '--org', 'abc']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--org');
  }, 120_000);
});
