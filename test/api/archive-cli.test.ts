// The archive commands as an operator runs them: `vanphong archive digitise DIR --manifest X.xlsx
// --org ID` (OCR through the same rules and jobs, a progress bar on stderr) and `vanphong archive
// fixity` (exit 0 when intact, 2 naming the corrupted file after a byte is flipped).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { bootstrap } from '../../server/bootstrap.ts';
import { loadConfig } from '../../server/config.ts';
import { LocalFileStore } from '../../server/files/store.ts';
import { createLogger } from '../../server/log.ts';
import { isOcrAvailable } from '../../server/modules/documents/files/extract.ts';
import { openRuntime } from '../../server/runtime.ts';
import { Client } from '../helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { closedFile, handledIncoming, manifestXlsx } from './archive-fixtures.ts';

const BIN = path.resolve('bin/vanphong.mjs');
const ADMIN = 'mat-khau-quan-tri-cli';
let db: TestDatabase;
let dataDir: string;
let scans: string;
let env: NodeJS.ProcessEnv;
let unit: number;
let fileCode: string;

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

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-archive-cli-'));
  scans = path.join(dataDir, 'scans-in');
  mkdirSync(scans);
  env = { ...process.env, VANPHONG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  // Set up through the app on the same data directory, then close it (PGlite allows one process).
  const rt = await openRuntime(
    { ...loadConfig({}), databaseUrl: db.url, dataDir, adminPassword: ADMIN },
    createLogger('silent'),
  );
  try {
    await bootstrap(rt);
    await rt.jobs.start({ workers: false });
    const app = createApp(rt);
    const admin = new Client(app);
    await admin.login('admin', ADMIN);
    const root = (await admin.get('/api/orgs/tree')).body[0].id as number;
    unit = (
      await admin.post('/api/orgs', {
        name: 'Đảng ủy phường Ba Đình',
        shortCode: 'ĐU',
        kind: 'direct_committee',
        parentId: root,
      })
    ).body.id;
    await admin.post('/api/users', {
      username: 'vanthu.cli',
      password: 'van-thu-mat-khau-1',
      fullName: 'Văn Thư',
      orgId: unit,
      role: 'clerk',
      clearance: 1,
    });
    const clerk = new Client(app);
    await clerk.login('vanthu.cli', 'van-thu-mat-khau-1');
    const doc = await handledIncoming(clerk, unit);
    const file = await closedFile(clerk, unit, [doc.id]);
    fileCode = file.fileCode;
  } finally {
    await rt.close();
  }
  copyFileSync('test/fixtures/scan-chi-thi.png', path.join(scans, 'Scan-Chi-Thi.png'));
}, 180_000);
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('vanphong archive', () => {
  it('digitise refuses a Tuyệt mật row with a clear message, and changes nothing', async () => {
    const manifest = path.join(dataDir, 'tuyet-mat.xlsx');
    writeFileSync(
      manifest,
      await manifestXlsx([
        {
          fileCode,
          symbol: '9-NQ/TU',
          issuedOn: '01/02/2019',
          summary: 'Nghị quyết',
          pages: 1,
          file: 'scan-chi-thi.png',
          secrecy: 'Tuyệt mật',
        },
      ]),
    );
    const res = await run(['archive', 'digitise', scans, '--manifest', manifest, '--org', String(unit)]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Tuyệt mật không bao giờ được số hóa');
    expect(res.stderr).toContain('dòng 2');
  }, 120_000);

  it('digitise runs OCR with a progress bar; fixity is clean, then finds a flipped byte', async () => {
    const manifest = path.join(dataDir, 'bang-ke.xlsx');
    writeFileSync(
      manifest,
      await manifestXlsx([
        {
          fileCode,
          symbol: '34-CT/TU',
          issuedOn: '05/03/2019',
          summary: 'Chỉ thị về giải phóng mặt bằng',
          pages: 1,
          file: 'scan-chi-thi.png',
        },
      ]),
    );
    const dig = await run([
      'archive',
      'digitise',
      scans,
      '--manifest',
      manifest,
      '--org',
      String(unit),
      '--name',
      'Lô thử',
    ]);
    expect(dig.code, dig.stderr).toBe(0);
    expect(dig.stdout).toContain('1 văn bản');
    expect(dig.stderr).toContain('Nhận dạng OCR');
    if (await isOcrAvailable()) {
      expect(dig.stdout).toMatch(/Xong \/ done: 1 đã số hóa/);
      expect(dig.stdout).toMatch(/giây\/trang/);
    } else {
      expect(dig.stdout).toContain('ocrmypdf');
    }

    const ok = await run(['archive', 'fixity']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('toàn vẹn');
    expect(ok.stdout).toMatch(/Đã kiểm tra \/ checked: [1-9]\d* tệp/);

    const store = new LocalFileStore(dataDir);
    const [first] = await (async () => {
      const out: string[] = [];
      for await (const s of store.list()) out.push(s);
      return out;
    })();
    const file = store.pathOf(first as string);
    const bytes = readFileSync(file);
    bytes[10] = (bytes[10] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const bad = await run(['archive', 'fixity']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(`HỎNG   ${first}`);
    expect(bad.stdout).toContain('CÓ LỖI');
  }, 240_000);
});
