// HTTP: transfer packages — export (zip), verify, import.
import { rm } from 'node:fs/promises';
import { createRoute } from '@hono/zod-openapi';
import { packageQuery } from '../../../../domain/archive/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { orgIdField } from '../digitise/routes.ts';
import { ArchivePackageImport, ArchivePackageVerdict } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Lưu trữ — kiểm tra, nộp lưu'];
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
const tooLarge = { 413: { description: 'Tệp quá lớn' } };

export function packageRoutes(deps: Deps) {
  const r = createRouter();
  const upload = (c: Parameters<typeof receiveUpload>[0]) =>
    receiveUpload(c, {
      maxBytes: deps.config.maxUploadMb * 1024 * 1024,
      tmpDir: `${deps.config.dataDir}/tmp`,
    });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/packages.zip',
      tags,
      summary:
        'Gói nộp lưu (zip: tệp, metadata.json, metadata.xml, manifest-sha256.txt) theo hồ sơ hoặc khoảng năm',
      request: { query: packageQuery },
      responses: fileResponses('Gói nộp lưu', [MEDIA.zip]),
    }),
    async (c) => {
      const f = c.req.valid('query');
      const pkg = await service.exportPackage(deps, requestCtx(c), {
        fileIds: f.fileIds?.split(',').map(Number),
        orgId: f.orgId,
        fromYear: f.fromYear,
        toYear: f.toYear,
      });
      c.header('x-manifest-sha256', pkg.manifestSha256);
      return download(c, { body: pkg.stream, name: pkg.name, type: MEDIA.zip });
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/packages/verify',
      tags,
      summary: 'Kiểm tra một gói nộp lưu (multipart: file); gói bị sửa bị từ chối kèm lý do',
      request: { body: zipBody },
      responses: { ...responses(200, 'Kết quả kiểm tra', ArchivePackageVerdict), ...tooLarge },
    }),
    async (c) => {
      const ctx = requestCtx(c);
      await service.checkCanReceive(deps, ctx);
      const u = await upload(c);
      try {
        return c.json(await service.verifyPackageFile(deps, ctx, u.tempPath), 200);
      } finally {
        await rm(u.tempPath, { force: true });
      }
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/packages/import',
      tags,
      summary:
        'Nhận một gói nộp lưu vào một đơn vị (multipart: file, orgId): kiểm tra rồi tạo hồ sơ đã lập tài liệu lưu trữ',
      request: { body: zipBody },
      responses: { ...responses(201, 'Hồ sơ đã nhận', ArchivePackageImport), ...tooLarge },
    }),
    async (c) => {
      const ctx = requestCtx(c);
      await service.checkCanReceive(deps, ctx);
      const u = await upload(c);
      try {
        const orgId = orgIdField(u.fields.orgId);
        return c.json(await service.importPackageFile(deps, ctx, u.tempPath, orgId), 201);
      } finally {
        await rm(u.tempPath, { force: true });
      }
    },
  );
  return r;
}
