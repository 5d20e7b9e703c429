// HTTP: fixity reports, transfer packages (export, verify, import).
import { rm } from 'node:fs/promises';
import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { packageQuery } from '../../../domain/archive/schemas.ts';
import { z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { ValidationError } from '../../http/errors.ts';
import { authorize, createRouter, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import { receiveUpload } from '../../http/upload.ts';
import * as fixity from './fixity.ts';
import { attachment } from './http.ts';
import { importPackageFile, verifyPackageFile } from './package-import.ts';
import { exportPackage } from './packages.ts';

const tag = ['Lưu trữ — kiểm tra, nộp lưu'];
const zipBody = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        properties: {
          file: { type: 'string' as const, format: 'binary' as const },
          orgId: { type: 'string' as const },
        },
      },
    },
  },
};

export function archiveToolRoutes(deps: Deps) {
  const r = createRouter();
  const upload = (c: Parameters<typeof receiveUpload>[0]) =>
    receiveUpload(c, {
      maxBytes: deps.config.maxUploadMb * 1024 * 1024,
      tmpDir: `${deps.config.dataDir}/tmp`,
    });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/fixity',
      tags: tag,
      summary: 'Báo cáo kiểm tra toàn vẹn tệp gần nhất (tệp thiếu, hỏng, không còn dùng)',
      responses: legacyResponses(200, 'Báo cáo'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.fixity');
      return c.json(await fixity.lastReport(deps.database.db, actor), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/fixity',
      tags: tag,
      summary: 'Kiểm tra toàn vẹn tệp ngay (chạy nền)',
      request: { body: jsonBody(z.object({})) },
      responses: legacyResponses(200, 'Đã xếp hàng'),
    }),
    async (c) => {
      authorize(c, 'archive.fixity');
      return c.json(await fixity.requestFixity(deps, requestCtx(c)), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/packages.zip',
      tags: tag,
      summary:
        'Gói nộp lưu (zip: tệp, metadata.json, metadata.xml, manifest-sha256.txt) theo hồ sơ hoặc khoảng năm',
      request: { query: packageQuery },
      responses: { 200: { description: 'Tệp zip' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      authorize(c, 'archive.manage');
      const f = c.req.valid('query');
      const pkg = await exportPackage(deps, requestCtx(c), {
        fileIds: f.fileIds?.split(',').map(Number),
        orgId: f.orgId,
        fromYear: f.fromYear,
        toYear: f.toYear,
      });
      c.header('content-type', 'application/zip');
      c.header('content-disposition', attachment(pkg.name));
      c.header('x-manifest-sha256', pkg.manifestSha256);
      c.header('cache-control', 'private, no-store');
      return stream(c, async (s) => {
        for await (const chunk of pkg.stream) await s.write(chunk as Uint8Array);
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/packages/verify',
      tags: tag,
      summary: 'Kiểm tra một gói nộp lưu (multipart: file); gói bị sửa bị từ chối kèm lý do',
      request: { body: zipBody },
      responses: { ...legacyResponses(200, 'Kết quả kiểm tra'), 413: { description: 'Tệp quá lớn' } },
    }),
    async (c) => {
      authorize(c, 'archive.manage');
      const u = await upload(c);
      try {
        return c.json(await verifyPackageFile(deps, requestCtx(c), u.tempPath), 200);
      } finally {
        await rm(u.tempPath, { force: true });
      }
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/packages/import',
      tags: tag,
      summary:
        'Nhận một gói nộp lưu vào một đơn vị (multipart: file, orgId): kiểm tra rồi tạo hồ sơ đã lập tài liệu lưu trữ',
      request: { body: zipBody },
      responses: { ...legacyResponses(201, 'Hồ sơ đã nhận'), 413: { description: 'Tệp quá lớn' } },
    }),
    async (c) => {
      authorize(c, 'archive.manage');
      const u = await upload(c);
      try {
        const orgId = Number(u.fields.orgId);
        if (!Number.isInteger(orgId) || orgId < 1) {
          throw new ValidationError('Đơn vị: bắt buộc', {
            fields: [{ path: 'orgId', label: 'Đơn vị', message: 'bắt buộc' }],
          });
        }
        return c.json(await importPackageFile(deps, requestCtx(c), u.tempPath, orgId), 201);
      } finally {
        await rm(u.tempPath, { force: true });
      }
    },
  );
  return r;
}
