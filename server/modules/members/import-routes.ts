// POST /api/members/import (multipart: `file` = xlsx, `orgId`) and the template. The upload has its
// own size limit (VANPHONG_MAX_UPLOAD_MB; the app's 2 MB JSON limit skips multipart requests) and
// streams to a temporary file (server/http/upload.ts), from which the workbook is read as a stream. A client that sends
// `Accept: application/x-ndjson` receives progress lines while the import runs and the result as
// the last line; otherwise the answer is the JSON result, sent once everything is committed.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import ExcelJS from 'exceljs';
import { stream } from 'hono/streaming';
import { IMPORT_COLUMNS } from '../../../domain/members/records.ts';
import { fieldLabel, idParam } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { toErrorResponse, ValidationError } from '../../http/errors.ts';
import { authorize, requestCtx, legacyResponses } from '../../http/router.ts';
import { receiveUpload } from '../../http/upload.ts';
import { type ImportProgress, importMembers } from './import-service.ts';
import { attachment, XLSX_TYPE } from './xlsx.ts';

const TAG = ['Đảng viên'];

export async function templateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const ws = wb.addWorksheet('Danh sách đảng viên');
  const headers = Object.keys(IMPORT_COLUMNS);
  ws.columns = headers.map((h) => ({
    header: h,
    key: h,
    width: h === 'Họ và tên' ? 30 : 18,
    ...(h.startsWith('Ngày') ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  // Gender from a list, so the values are exactly Nam / Nữ.
  const genderCol = headers.indexOf('Giới tính') + 1;
  for (let r = 2; r <= 2000; r++) {
    ws.getCell(r, genderCol).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Nam,Nữ"'] };
  }
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 110 }];
  for (const line of [
    'Hướng dẫn nhập danh sách đảng viên',
    '1. Mỗi dòng của trang «Danh sách đảng viên» là một đảng viên; dòng 1 là dòng tiêu đề (giữ nguyên tên cột, thứ tự cột tùy ý).',
    '2. Bắt buộc: Họ và tên, Ngày sinh, Ngày vào Đảng. Ngày nhập kiểu ngày của Excel hoặc dạng DD/MM/YYYY, ví dụ 19/05/1990.',
    '3. Giới tính: Nam hoặc Nữ. Ngày chính thức để trống nếu còn là đảng viên dự bị.',
    '4. Số thẻ đảng viên không được trùng: dòng có số thẻ đã có trong hệ thống bị bỏ qua và báo lại, nên nhập lại cùng tệp không thêm ai.',
    '5. Tuổi vào Đảng phải từ đủ 18 đến đủ 60 tuổi. Các dòng sai được báo kèm số dòng và lý do; các dòng đúng vẫn được nhập.',
  ]) {
    help.addRow([line]);
  }
  help.getRow(1).font = { bold: true, size: 14 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function importRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/import-template',
      tags: TAG,
      summary: 'Tệp Excel mẫu để nhập danh sách đảng viên',
      responses: legacyResponses(200, 'Tệp .xlsx'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      c.header('content-type', XLSX_TYPE);
      c.header('content-disposition', attachment('Mẫu nhập đảng viên.xlsx'));
      return c.body(new Uint8Array(await templateXlsx()), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/import',
      tags: TAG,
      summary:
        'Nhập danh sách đảng viên từ Excel (multipart: file, orgId) → { imported, rejected: [ { row, reason } ] }. Gửi Accept: application/x-ndjson để nhận tiến độ.',
      // A plain (non-zod) schema documents the form without a validator that would buffer the body:
      // the upload streams to disk (server/http/upload.ts) under VANPHONG_MAX_UPLOAD_MB.
      request: {
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file', 'orgId'],
                properties: {
                  file: { type: 'string', format: 'binary', description: 'Tệp Excel (.xlsx)' },
                  orgId: { type: 'integer', description: 'Chi bộ / đơn vị nhận các đảng viên' },
                },
              },
            },
          },
        },
      },
      responses: legacyResponses(200, '{ imported, rejected: [ { row, reason } ] }'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: path.join(deps.config.dataDir, 'tmp'),
      });
      const ctx = requestCtx(c);
      const parsedOrg = idParam.safeParse(upload.fields.orgId);
      if (!parsedOrg.success) {
        await rm(upload.tempPath, { force: true });
        throw new ValidationError(
          `${fieldLabel(['orgId'])}: ${upload.fields.orgId ? 'không hợp lệ' : 'bắt buộc'}`,
          {
            fields: [{ path: 'orgId', label: fieldLabel(['orgId']), message: 'bắt buộc' }],
          },
        );
      }
      const run = async (onProgress?: (p: ImportProgress) => void) => {
        try {
          const result = await importMembers(deps, ctx, {
            orgId: parsedOrg.data,
            filePath: upload.tempPath,
            fileName: upload.filename,
            ...(onProgress ? { onProgress } : {}),
          });
          return { imported: result.imported, rejected: result.rejected, importId: result.importId };
        } finally {
          await rm(upload.tempPath, { force: true });
        }
      };
      if (!(c.req.header('accept') ?? '').includes('application/x-ndjson')) return c.json(await run(), 200);
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      c.header('cache-control', 'no-store');
      return stream(c, async (s) => {
        try {
          const result = await run((p) => {
            void s.write(`${JSON.stringify({ progress: p })}\n`);
          });
          await s.write(`${JSON.stringify({ result })}\n`);
        } catch (err) {
          const { status, body, known } = toErrorResponse(err);
          if (!known) deps.log.error({ err, requestId: ctx.requestId }, 'member import failed');
          await s.write(`${JSON.stringify({ ...body, status })}\n`);
        }
      });
    },
  );
}
