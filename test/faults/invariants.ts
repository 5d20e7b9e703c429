// What must hold after any crash, read straight from the database and the store (server stopped):
// every referenced file is there and whole, every stored file is referenced, document numbers have
// no gap or repeat, counters match the numbers given, an import is all or nothing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../server/db/client.ts';
import { rows } from '../../server/db/sql.ts';
import { FILE_COLUMNS } from '../../server/files/references.ts';
import { LocalFileStore } from '../../server/files/store.ts';

export async function invariants(databaseUrl: string | undefined, dataDir: string): Promise<string[]> {
  const database = await openDatabase({ databaseUrl, dataDir });
  const problems: string[] = [];
  try {
    const store = new LocalFileStore(dataDir);
    const referenced = new Set<string>();
    for (const c of FILE_COLUMNS) {
      const list = await rows<{ sha: string | null }>(
        database.db,
        sql.raw(`SELECT "${c.column}" AS sha FROM "${c.table}"`),
      );
      for (const r of list) if (r.sha) referenced.add(r.sha);
    }
    for (const sha of referenced) {
      if (!existsSync(store.pathOf(sha))) problems.push(`row without its file: ${sha}`);
      else if (
        createHash('sha256')
          .update(readFileSync(store.pathOf(sha)))
          .digest('hex') !== sha
      )
        problems.push(`corrupt file ${sha}`);
    }
    // A file under an open intent is in flight (its writer was stopped): the next start removes it.
    const intents = new Set(
      (await rows<{ sha256: string }>(database.db, sql`SELECT sha256 FROM file_intents`)).map(
        (r) => r.sha256,
      ),
    );
    for await (const sha of store.list()) {
      if (!referenced.has(sha) && !intents.has(sha)) problems.push(`file without its row: ${sha}`);
    }
    const seqs = await rows<{ k: string; numbers: number[] }>(
      database.db,
      sql`SELECT issuer_org_id || '/' || type_code || '/' || term_id AS k, array_agg(number ORDER BY number) AS numbers
            FROM documents WHERE number IS NOT NULL GROUP BY 1`,
    );
    for (const s of seqs) {
      const ns = s.numbers.map(Number);
      if (ns.some((n, i) => n !== i + 1)) problems.push(`gap or repeat in ${s.k}: ${ns.join(',')}`);
    }
    const counters = await rows<{ k: string; last: number; max: number }>(
      database.db,
      sql`SELECT s.issuer_org_id || '/' || s.seq_key || '/' || s.term_id AS k, s.last_number AS last,
                 (SELECT max(number) FROM documents d WHERE d.issuer_org_id = s.issuer_org_id AND d.type_code = s.seq_key AND d.term_id = s.term_id) AS max
            FROM doc_sequences s`,
    );
    for (const c of counters)
      if (Number(c.last) !== Number(c.max))
        problems.push(`counter ${c.k} at ${c.last}, highest number ${c.max}`);
  } finally {
    await database.close();
  }
  return problems;
}
