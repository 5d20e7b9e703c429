import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import {
  cancelBody,
  createDocumentBody,
  directionBody,
  handlingBody,
  inboxQuery,
  noteBody,
  recipientsBody,
  registerQuery,
  requiredNoteBody,
  searchQuery,
  submitBody,
  termBody,
  updateDocumentBody,
} from '../../../domain/schemas/documents.ts';
import { sortByName } from '../../../domain/text.ts';
import { idParam, isoDate, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import { authorize, createRouter, jsonBody, requestCtx, requireActor, legacyResponses } from '../../http/router.ts';
import { receiveUpload } from '../../http/upload.ts';
import { orgInScope } from './access.ts';
import { addFile, checkCanAddFile, fileForDownload } from './files.ts';
import { addDirection, inbox, setHandling } from './handling.ts';
import * as outgoing from './outgoing.ts';
import * as q from './queries.ts';
import { registerWorkbook } from './registers.ts';
import { searchDocuments } from './search.ts';
import { createDocument, getDocument, updateDocument } from './service.ts';
import { listTerms, openTerm } from './terms.ts';
import { documentWord } from './word-export.ts';

const idPath = z.object({ id: idParam });
const tag = ['Văn bản'];

function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function documentRoutes(deps: Deps) {
  const r = createRouter();
  const db = () => deps.database.db;

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/document-types',
      tags: tag,
      summary: 'Danh mục loại văn bản',
      responses: legacyResponses(200, 'Loại văn bản'),
    }),
    async (c) => {
      requireActor(c);
      const items = (await q.listTypes(db())).map((t) => ({
        code: t.code,
        name: t.name,
        centralOnly: t.central_only,
      }));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags: tag,
      summary:
        'Sổ văn bản và tìm kiếm (không phân biệt dấu, theo số ký hiệu, trích yếu, nội dung, chữ trong tệp)',
      request: { query: searchQuery },
      responses: legacyResponses(200, 'Danh sách văn bản'),
    }),
    async (c) => {
      const actor = requireActor(c);
      const f = c.req.valid('query');
      return c.json(
        await searchDocuments(db(), actor, {
          ...f,
          q: f.q || undefined,
          typeCode: f.typeCode || undefined,
          status: f.status || undefined,
        }),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/inbox',
      tags: tag,
      summary: 'Văn bản chờ đơn vị hoặc chờ tôi xử lý: quá hạn và khẩn trước',
      request: { query: inboxQuery },
      responses: legacyResponses(200, 'Hộp văn bản'),
    }),
    async (c) => {
      const actor = requireActor(c);
      const f = c.req.valid('query');
      return c.json(
        await inbox(db(), actor, {
          scope: f.scope ?? 'unit',
          status: f.status,
          limit: f.limit,
          offset: f.offset ?? 0,
        }),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/duplicates',
      tags: tag,
      summary: 'Kiểm tra trùng trước khi vào sổ: cùng cơ quan ban hành, số ký hiệu và ngày',
      request: {
        query: z.object({
          orgId: idParam,
          symbol: text(60),
          issuedOn: isoDate,
          issuer: text(300, 0).optional(),
        }),
      },
      responses: legacyResponses(200, 'Các văn bản trùng'),
    }),
    async (c) => {
      const actor = authorize(c, 'document.register');
      const f = c.req.valid('query');
      await orgInScope(db(), actor, f.orgId);
      const items = await q.findDuplicates(db(), actor, f.orgId, f.symbol, f.issuedOn, f.issuer || null);
      return c.json(
        {
          items: items.map((d) => ({
            id: Number(d.id),
            symbol: d.symbol,
            issuedOn: d.issued_on,
            issuer: d.issuer_name,
            incomingNumber: d.incoming_number,
          })),
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/register.xlsx',
      tags: tag,
      summary: 'Sổ đăng ký văn bản đến / đi theo khoảng ngày (Excel)',
      request: { query: registerQuery },
      responses: { 200: { description: 'Tệp Excel' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const f = c.req.valid('query');
      const buf = await registerWorkbook(db(), actor, f);
      const name = `so-van-ban-${f.direction === 'in' ? 'den' : 'di'}-${f.from}-${f.to}.xlsx`;
      return c.body(new Uint8Array(buf), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': contentDisposition('attachment', name),
      });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      tags: tag,
      summary: 'Vào sổ văn bản đến (direction=in, có số đến) hoặc tạo dự thảo văn bản đi',
      request: { body: jsonBody(createDocumentBody) },
      responses: legacyResponses(201, 'Văn bản đã tạo'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(await createDocument(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      tags: tag,
      summary: 'Một văn bản: thông tin, tệp, lịch sử, chỉ đạo, xử lý',
      request: { params: idPath },
      responses: legacyResponses(200, 'Văn bản'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(await getDocument(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/documents/{id}',
      tags: tag,
      summary: 'Sửa văn bản (dự thảo, văn bản đến chưa xử lý xong)',
      request: { params: idPath, body: jsonBody(updateDocumentBody) },
      responses: legacyResponses(200, 'Văn bản'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(
        await updateDocument(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/files',
      tags: tag,
      summary: 'Tải tệp lên (multipart, trường file): PDF, DOCX, ảnh quét JPEG/PNG/TIFF',
      request: {
        params: idPath,
        body: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
      responses: { ...legacyResponses(201, 'Tệp đã lưu'), 413: { description: 'Tệp quá lớn' } },
    }),
    async (c) => {
      requireActor(c);
      const { id } = c.req.valid('param');
      await checkCanAddFile(deps, requestCtx(c), id);
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: `${deps.config.dataDir}/tmp`,
      });
      return c.json(await addFile(deps, requestCtx(c), id, upload), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/files/{fileId}',
      tags: tag,
      summary: 'Tải tệp về (variant=ocr: bản PDF/A đã nhận dạng chữ; inline=1 để xem trong trình duyệt)',
      request: {
        params: z.object({ id: idParam, fileId: idParam }),
        query: z.object({
          variant: z.enum(['original', 'ocr']).optional(),
          inline: z.enum(['0', '1']).optional(),
        }),
      },
      responses: { 200: { description: 'Nội dung tệp' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      requireActor(c);
      const { id, fileId } = c.req.valid('param');
      const f = c.req.valid('query');
      const file = await fileForDownload(deps, requestCtx(c), id, fileId, f.variant ?? 'original');
      c.header('content-type', file.mime);
      c.header('content-length', String(file.size));
      c.header(
        'content-disposition',
        contentDisposition(f.inline === '1' ? 'inline' : 'attachment', file.name),
      );
      // The file viewer frames this response on our own pages only.
      c.header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      );
      c.header('x-frame-options', 'SAMEORIGIN');
      c.header('cache-control', 'private, no-store');
      return stream(c, async (s) => {
        for await (const chunk of file.stream) await s.write(chunk as Uint8Array);
      });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/signers',
      tags: tag,
      summary: 'Lãnh đạo có thể ký văn bản này (để trình ký), xếp theo tên',
      request: { params: idPath },
      responses: legacyResponses(200, 'Người ký'),
    }),
    async (c) => {
      const actor = authorize(c, 'document.draft');
      const { id } = c.req.valid('param');
      if (!(await q.visibleById(db(), actor, id))) throw notFound('Văn bản');
      const items = sortByName(
        (await q.signers(db(), id)).map((u) => ({
          id: u.id,
          fullName: u.full_name,
          orgId: u.org_id,
          orgName: u.org_name,
        })),
        (u) => u.fullName,
      );
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/docx',
      tags: tag,
      summary: 'Văn bản dạng Word theo thể thức văn bản của Đảng',
      request: { params: idPath },
      responses: { 200: { description: 'Tệp Word' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      requireActor(c);
      const { buffer, name } = await documentWord(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(new Uint8Array(buffer), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': contentDisposition('attachment', name),
      });
    },
  );

  const action = (
    path: string,
    summary: string,
    body: z.ZodType,
    handler: (id: number, body: never, c: Parameters<typeof requestCtx>[0]) => Promise<unknown>,
  ) =>
    r.openapi(
      createRoute({
        method: 'post',
        path,
        tags: tag,
        summary,
        request: { params: idPath, body: jsonBody(body) },
        responses: legacyResponses(200, summary),
      }),
      async (c) => {
        requireActor(c);
        return c.json(
          (await handler(c.req.valid('param').id, c.req.valid('json') as never, c)) as object,
          200,
        );
      },
    );

  action('/api/documents/{id}/submit', 'Trình ký', submitBody, (id, b: z.infer<typeof submitBody>, c) =>
    outgoing.submit(deps, requestCtx(c), id, b),
  );
  action('/api/documents/{id}/approve', 'Ký duyệt', noteBody, (id, b: z.infer<typeof noteBody>, c) =>
    outgoing.approve(deps, requestCtx(c), id, b.note || null),
  );
  action(
    '/api/documents/{id}/return',
    'Trả lại kèm ý kiến',
    requiredNoteBody,
    (id, b: z.infer<typeof requiredNoteBody>, c) => outgoing.returnToDrafter(deps, requestCtx(c), id, b.note),
  );
  action(
    '/api/documents/{id}/issue',
    'Ban hành: cấp số, ký hiệu và gửi đơn vị nhận',
    z.object({}),
    (id, _b, c) => outgoing.issue(deps, requestCtx(c), id),
  );
  action(
    '/api/documents/{id}/cancel',
    'Hủy văn bản (văn bản đã ban hành giữ số, ghi là đã hủy)',
    cancelBody,
    (id, b: z.infer<typeof cancelBody>, c) => outgoing.cancel(deps, requestCtx(c), id, b.reason),
  );
  action(
    '/api/documents/{id}/recipients',
    'Nơi nhận: đơn vị trong hệ thống và nơi nhận bên ngoài',
    recipientsBody,
    (id, b: z.infer<typeof recipientsBody>, c) => outgoing.setRecipients(deps, requestCtx(c), id, b),
  );
  action(
    '/api/documents/{id}/directions',
    'Ý kiến chỉ đạo: giao đơn vị chủ trì, phối hợp, hạn xử lý',
    directionBody,
    (id, b: z.infer<typeof directionBody>, c) => addDirection(deps, requestCtx(c), id, b),
  );
  action(
    '/api/documents/{id}/handling',
    'Cập nhật tình trạng xử lý của đơn vị hoặc của tôi',
    handlingBody,
    (id, b: z.infer<typeof handlingBody>, c) => setHandling(deps, requestCtx(c), id, b.status),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/{id}/terms',
      tags: tag,
      summary: 'Các nhiệm kỳ của cấp ủy (đánh số văn bản theo nhiệm kỳ)',
      request: { params: idPath },
      responses: legacyResponses(200, 'Nhiệm kỳ'),
    }),
    async (c) => {
      requireActor(c);
      return c.json({ items: await listTerms(db(), c.req.valid('param').id) }, 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/terms',
      tags: tag,
      summary: 'Mở nhiệm kỳ mới (sau đại hội): số văn bản bắt đầu lại từ 1',
      request: { params: idPath, body: jsonBody(termBody) },
      responses: legacyResponses(201, 'Nhiệm kỳ'),
    }),
    async (c) => {
      authorize(c, 'term.manage');
      return c.json(await openTerm(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );

  return r;
}
