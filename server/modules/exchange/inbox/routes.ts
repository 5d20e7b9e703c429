// HTTP of the inbox between installations: a peer posts a signed package (no account; the signature
// is the credential).
import { createRoute } from '@hono/zod-openapi';
import { z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { ExchangeInboxAnswer } from '../presenter.ts';
import * as service from './service.ts';

const tags = ['Liên thông văn bản'];

export function inboxRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/exchange/inbox',
      tags,
      summary:
        'Hộp thư đến liên thông: gói tin edXML hoặc thông điệp trạng thái (multipart, trường file) với mã thông điệp và chữ ký Ed25519 tách rời; mã thông điệp đã nhận thì bỏ qua',
      request: {
        headers: z.object({
          'x-edxml-message-id': z.string().max(100).optional(),
          'x-edxml-signature': z.string().max(200).optional(),
        }),
        body: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', format: 'binary' } },
                required: ['file'],
              },
            },
          },
        },
      },
      responses: responses(201, 'Gói tin đã nhận', ExchangeInboxAnswer),
    }),
    async (c) => {
      const h = c.req.valid('header');
      service.checkInboxHeaders(h['x-edxml-message-id'] ?? '', h['x-edxml-signature'] ?? '');
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: `${deps.config.dataDir}/tmp`,
      });
      const receipt = await service.receiveFromPeer(deps, requestCtx(c), {
        messageId: h['x-edxml-message-id'] ?? '',
        signature: h['x-edxml-signature'] ?? '',
        upload,
      });
      return c.json(receipt, 201);
    },
  );

  return r;
}
