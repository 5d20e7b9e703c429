// HTTP: digitisation — the OCR status, the manifest template, approvals for secret files, batches,
// scans, retries.
import { rm } from 'node:fs/promises';
import { createRoute } from '@hono/zod-openapi';
import { digitiseApprovalBody } from '../../../../domain/archive/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { ValidationError } from '../../../http/errors.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import {
  ArchiveBatchDetail,
  ArchiveBatchItem,
  ArchiveBatchList,
  ArchiveBatchRetry,
  ArchiveDigitiseApproval,
  ArchiveOcrStatus,
} from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Lưu trữ — số hóa'];
const multipart = (fields: Record<string, { type: 'string'; format?: 'binary' }>) => ({
  content: { 'multipart/form-data': { schema: { type: 'object' as const, properties: fields } } },
});
const tooLarge = { 413: { description: 'Tệp quá lớn' } };

/** The unit of a multipart form (`orgId`), or 400. */
export function orgIdField(value: string | undefined): number {
  const orgId = Number(value);
  if (!Number.isInteger(orgId) || orgId < 1) {
    throw new ValidationError('Đơn vị: bắt buộc', {
      fields: [{ path: 'orgId', label: 'Đơn vị', message: 'bắt buộc' }],
    });
  }
  return orgId;
}

export function digitiseRoutes(deps: Deps) {
  const r = createRouter();
  const tmpDir = () => `${deps.config.dataDir}/tmp`;

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/digitisation/status',
      tags,
      summary: 'Máy chủ có công cụ nhận dạng chữ (ocrmypdf, tesseract-ocr-vie) không',
      responses: responses(200, 'Tình trạng OCR', ArchiveOcrStatus),
    }),
    async (c) => c.json(await service.ocrStatus(deps, requestCtx(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/digitisation/template.xlsx',
      tags,
      summary: 'Mẫu bảng kê số hóa (Excel)',
      responses: fileResponses('Mẫu bảng kê', [MEDIA.xlsx]),
    }),
    async (c) => {
      const file = await service.templateFile(deps, requestCtx(c));
      return download(c, { body: file.body, name: file.name, type: MEDIA.xlsx });
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files/{id}/digitise-approvals',
      tags,
      summary: 'Phê duyệt số hóa tài liệu Mật / Tối mật của một hồ sơ (Tuyệt mật không bao giờ số hóa)',
      request: { params: idPath, body: jsonBody(digitiseApprovalBody) },
      responses: responses(201, 'Phê duyệt', ArchiveDigitiseApproval),
    }),
    async (c) =>
      c.json(
        await service.approveDigitise(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/batches',
      tags,
      summary: 'Các lô số hóa với tiến độ',
      request: { query: z.object({ orgId: idParam.optional() }) },
      responses: responses(200, 'Lô số hóa', ArchiveBatchList),
    }),
    async (c) => c.json(await service.listBatches(deps, requestCtx(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/batches',
      tags,
      summary: 'Tạo lô số hóa từ bảng kê Excel (multipart: file, orgId, name)',
      request: {
        body: multipart({
          file: { type: 'string', format: 'binary' },
          orgId: { type: 'string' },
          name: { type: 'string' },
        }),
      },
      responses: { ...responses(201, 'Lô số hóa', ArchiveBatchDetail), ...tooLarge },
    }),
    async (c) => {
      const ctx = requestCtx(c);
      await service.checkCanCreateBatch(deps, ctx);
      const upload = await receiveUpload(c, { maxBytes: 10 * 1024 * 1024, tmpDir: tmpDir() });
      try {
        const orgId = orgIdField(upload.fields.orgId);
        const name = (upload.fields.name ?? '').normalize('NFC').trim().slice(0, 200);
        const batch = await service.createBatch(deps, ctx, {
          orgId,
          name: name || undefined,
          manifestPath: upload.tempPath,
          manifestName: upload.filename,
          manifestSha256: upload.sha256,
          source: 'web',
        });
        return c.json(batch, 201);
      } finally {
        await rm(upload.tempPath, { force: true });
      }
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/batches/{id}',
      tags,
      summary: 'Một lô số hóa: từng văn bản, tình trạng nhận dạng, mã SHA-256 của bản PDF/A',
      request: { params: idPath },
      responses: responses(200, 'Lô số hóa', ArchiveBatchDetail),
    }),
    async (c) => c.json(await service.getBatch(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/batches/{id}/scans',
      tags,
      summary: 'Tải một bản quét của lô lên (tên tệp đúng như cột «Tệp quét» của bảng kê)',
      request: { params: idPath, body: multipart({ file: { type: 'string', format: 'binary' } }) },
      responses: { ...responses(201, 'Văn bản của lô', ArchiveBatchItem), ...tooLarge },
    }),
    async (c) => {
      const ctx = requestCtx(c);
      const { id } = c.req.valid('param');
      await service.checkCanUpload(deps, ctx, id);
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: tmpDir(),
      });
      return c.json(await service.receiveScan(deps, ctx, id, upload), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/batches/{id}/retry',
      tags,
      summary: 'Nhận dạng lại các văn bản lỗi hoặc chưa nhận dạng được',
      request: { params: idPath, body: jsonBody(z.object({})) },
      responses: responses(200, 'Số văn bản xếp hàng lại', ArchiveBatchRetry),
    }),
    async (c) => c.json(await service.retryBatch(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  return r;
}
