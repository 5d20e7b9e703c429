// Generates the web client's types from the API contract: web/src/api/schema.d.ts is what
// /api/openapi.json says, turned into TypeScript by openapi-typescript. `--check` fails (exit 1) when
// the checked-in file is stale, which CI runs so that the server and the client never drift apart.
//   npm run api:types            write web/src/api/schema.d.ts
//   npm run api:types -- --check compare only
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp, OPENAPI_DOCUMENT } from '../server/app.ts';
import type { Deps } from '../server/deps.ts';

const OUT = path.resolve(import.meta.dirname, '../web/src/api/schema.d.ts');
const HEADER =
  '// Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit:\n' +
  '// change the server presenters and routes, then run the command again.\n\n';

async function generate(): Promise<string> {
  // Registering the routes touches no dependency: a stub is enough to read the document.
  const app = createApp({} as Deps);
  const doc = app.getOpenAPI31Document(OPENAPI_DOCUMENT);
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return HEADER + astToString(ast);
}

const text = await generate();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('web/src/api/schema.d.ts is stale: run `npm run api:types` and commit it.');
    process.exit(1);
  }
  console.log('web/src/api/schema.d.ts matches /api/openapi.json');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${text.length} characters)`);
}
