// Every route declares the shape of its answer, so that /api/openapi.json is a contract and the web
// client's types (web/src/api/schema.d.ts) can be generated from it. A 2xx JSON answer described as
// "anything" ({}) fails here.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Deps } from '../../server/deps.ts';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

function openapi(): { paths: Record<string, Record<string, Operation>> } {
  // Registering the routes touches no dependency: a stub is enough to read the document.
  const app = createApp({} as Deps);
  return app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'vanphong', version: '0' } }) as never;
}

describe('the API contract', () => {
  const doc = openapi();

  it('has the routes', () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThan(100);
  });

  it('every 2xx answer declares its schema', () => {
    const vague: string[] = [];
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, res] of Object.entries(op.responses ?? {})) {
          if (!/^2/.test(status) || status === '204') continue;
          const content = res.content ?? {};
          if (Object.keys(content).length === 0)
            vague.push(`${method.toUpperCase()} ${p} ${status}: no content`);
          for (const [type, media] of Object.entries(content)) {
            const schema = media.schema as Record<string, unknown> | undefined;
            if (!schema || Object.keys(schema).length === 0)
              vague.push(`${method.toUpperCase()} ${p} ${status} ${type}: any`);
          }
        }
      }
    }
    expect(vague).toEqual([]);
  });
});
