// HTTP: digitisation — the manifest template, approvals for secret files, batches, scans, retries.
import { rm } from 'node:fs/promises';
import { createRoute } from '@hono/zod-openapi';
import { digitiseApprovalBody } from '../../../domain/archive/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { ValidationError } from '../../http/errors.ts';
import { authorize, createRouter, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import { receiveUpload } from '../../http/upload.ts';
import { isOcrAvailable } from '../documents/extract.ts';
import * as digitise from './digitise.ts';
import * as batches from './digitise-batches.ts';
import { attachment, XLSX_MIME } from './http.ts';
import { manifestTemplate } from './manifest-xlsx.ts';

const idPath = z.object({ id: idParam });
const tag = ['Lưu trữ — số hóa'];
const multipart = (fields: Record<string, { type: 'string'; format?: 'binary' }>) => ({
  content: { 'multipart/form-data': { schema: { type: 'object' as const, properties: fields } } },
});

export function archiveDigitiseRoutes(deps: Deps) {
  const r = createRouter();
  const tmpDir = () => `${deps.config.dataDir}/tmp`;

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/digitisation/status',
      tags: tag,
      summary: 'Máy chủ có công cụ nhận dạng chữ (ocrmypdf, tesseract-ocr-vie) không',
      responses: legacyResponses(200, 'Tình trạng OCR'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      const available = await isOcrAvailable();
      return c.json(
        {
          ocrAvailable: available,
          message: available
            ? 'Máy chủ nhận dạng được chữ tiếng Việt (ocrmypdf -l vie, PDF/A).'
            : 'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: bản quét được lưu nhưng chưa nhận dạng chữ. Quản trị cài: apt-get install ocrmypdf tesseract-ocr-vie.',
        },
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/digitisation/template.xlsx',
      tags: tag,
      summary: 'Mẫu bảng kê số hóa (Excel)',
      responses: { 200: { description: 'Tệp Excel' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.body(new Uint8Array(await manifestTemplate()), 200, {
        'content-type': XLSX_MIME,
        'content-disposition': attachment('mau-bang-ke-so-hoa.xlsx'),
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files/{id}/digitise-approvals',
      tags: tag,
      summary: 'Phê duyệt số hóa tài liệu Mật / Tối mật của một hồ sơ (Tuyệt mật không bao giờ số hóa)',
      request: { params: idPath, body: jsonBody(digitiseApprovalBody) },
      responses: legacyResponses(201, 'Phê duyệt'),
    }),
    async (c) => {
      authorize(c, 'archive.approve_digitise');
      return c.json(
        await digitise.approveDigitise(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/batches',
      tags: tag,
      summary: 'Các lô số hóa với tiến độ',
      request: { query: z.object({ orgId: idParam.optional() }) },
      responses: legacyResponses(200, 'Lô số hóa'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.read');
      return c.json(await batches.listBatches(deps.database.db, actor, c.req.valid('query').orgId), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/batches',
      tags: tag,
      summary: 'Tạo lô số hóa từ bảng kê Excel (multipart: file, orgId, name)',
      request: {
        body: multipart({
          file: { type: 'string', format: 'binary' },
          orgId: { type: 'string' },
          name: { type: 'string' },
        }),
      },
      responses: { ...legacyResponses(201, 'Lô số hóa'), 413: { description: 'Tệp quá lớn' } },
    }),
    async (c) => {
      authorize(c, 'archive.digitise');
      const upload = await receiveUpload(c, { maxBytes: 10 * 1024 * 1024, tmpDir: tmpDir() });
      try {
        const orgId = Number(upload.fields.orgId);
        if (!Number.isInteger(orgId) || orgId < 1) {
          throw new ValidationError('Đơn vị: bắt buộc', {
            fields: [{ path: 'orgId', label: 'Đơn vị', message: 'bắt buộc' }],
          });
        }
        const name = (upload.fields.name ?? '').normalize('NFC').trim().slice(0, 200);
        const batch = await digitise.createBatch(deps, requestCtx(c), {
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
      tags: tag,
      summary: 'Một lô số hóa: từng văn bản, tình trạng nhận dạng, mã SHA-256 của bản PDF/A',
      request: { params: idPath },
      responses: legacyResponses(200, 'Lô số hóa'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.json(await batches.getBatch(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/batches/{id}/scans',
      tags: tag,
      summary: 'Tải một bản quét của lô lên (tên tệp đúng như cột «Tệp quét» của bảng kê)',
      request: { params: idPath, body: multipart({ file: { type: 'string', format: 'binary' } }) },
      responses: { ...legacyResponses(201, 'Văn bản của lô'), 413: { description: 'Tệp quá lớn' } },
    }),
    async (c) => {
      authorize(c, 'archive.digitise');
      const { id } = c.req.valid('param');
      await digitise.checkCanUpload(deps, requestCtx(c), id);
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: tmpDir(),
      });
      return c.json(await digitise.receiveScan(deps, requestCtx(c), id, upload), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/batches/{id}/retry',
      tags: tag,
      summary: 'Nhận dạng lại các văn bản lỗi hoặc chưa nhận dạng được',
      request: { params: idPath, body: jsonBody(z.object({})) },
      responses: legacyResponses(200, 'Số văn bản xếp hàng lại'),
    }),
    async (c) => {
      authorize(c, 'archive.digitise');
      return c.json(await digitise.retryBatch(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );
  return r;
}
