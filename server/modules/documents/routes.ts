// HTTP of the documents area: the document itself here, its parts mounted from the subfolders.
import { createRoute } from '@hono/zod-openapi';
import { createDocumentBody, updateDocumentBody } from '../../../domain/schemas/documents.ts';
import { idParam, isoDate, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { download } from '../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../http/router.ts';
import { fileRoutes } from './files/routes.ts';
import { handlingRoutes } from './handling/routes.ts';
import { outgoingRoutes } from './outgoing/routes.ts';
import { DocumentDetail, DocumentDuplicates, DocumentJson, DocumentTypeList } from './presenter.ts';
import { registerRoutes } from './registers/routes.ts';
import { searchRoutes } from './search/routes.ts';
import * as service from './service.ts';
import { termRoutes } from './terms/routes.ts';

const idPath = z.object({ id: idParam });
const tags = ['Văn bản'];

export function documentRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/document-types',
      tags,
      summary: 'Danh mục loại văn bản',
      responses: responses(200, 'Loại văn bản', DocumentTypeList),
    }),
    async (c) => c.json(await service.listDocumentTypes(deps, requestCtx(c)), 200),
  );

  // Fixed paths under /api/documents/ come before /api/documents/{id}.
  r.route('/', searchRoutes(deps));
  r.route('/', handlingRoutes(deps));
  r.route('/', registerRoutes(deps));

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/duplicates',
      tags,
      summary: 'Kiểm tra trùng trước khi vào sổ: cùng cơ quan ban hành, số ký hiệu và ngày',
      request: {
        query: z.object({
          orgId: idParam,
          symbol: text(60),
          issuedOn: isoDate,
          issuer: text(300, 0).optional(),
        }),
      },
      responses: responses(200, 'Các văn bản trùng', DocumentDuplicates),
    }),
    async (c) => c.json(await service.findDuplicates(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      tags,
      summary: 'Vào sổ văn bản đến (direction=in, có số đến) hoặc tạo dự thảo văn bản đi',
      request: { body: jsonBody(createDocumentBody) },
      responses: responses(201, 'Văn bản đã tạo', DocumentJson),
    }),
    async (c) => c.json(await service.createDocument(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      tags,
      summary: 'Một văn bản: thông tin, tệp, lịch sử, chỉ đạo, xử lý, và việc người xem được làm (can)',
      request: { params: idPath },
      responses: responses(200, 'Văn bản', DocumentDetail),
    }),
    async (c) => c.json(await service.getDocument(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/documents/{id}',
      tags,
      summary: 'Sửa văn bản (dự thảo, văn bản đến chưa xử lý xong)',
      request: { params: idPath, body: jsonBody(updateDocumentBody) },
      responses: responses(200, 'Văn bản', DocumentJson),
    }),
    async (c) =>
      c.json(
        await service.updateDocument(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/docx',
      tags,
      summary: 'Văn bản dạng Word theo thể thức văn bản của Đảng',
      request: { params: idPath },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const { buffer, name } = await service.documentWord(deps, requestCtx(c), c.req.valid('param').id);
      return download(c, { body: new Uint8Array(buffer), name, type: MEDIA.docx });
    },
  );

  r.route('/', fileRoutes(deps));
  r.route('/', outgoingRoutes(deps));
  r.route('/', termRoutes(deps));
  return r;
}
