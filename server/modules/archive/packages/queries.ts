// SQL of transfer packages: the register of packages exported, verified and imported, and the files
// an import creates (closed, declared) with their corrections.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { array, one } from '../../../db/sql.ts';

/** A line of the register of packages; its id. */
export async function insertPackage(
  tx: Db,
  p: {
    direction: 'export' | 'import';
    orgId: number | null;
    fileIds: readonly number[];
    manifestSha256: string | null;
    entries: number;
    ok: boolean;
    reason: string | null;
    actorId: number | null;
  },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_packages (direction, owner_org_id, file_ids, manifest_sha256, entries, ok, reason, actor_id)
        VALUES (${p.direction}, ${p.orgId}::integer, ${array(p.fileIds)}::bigint[], ${p.manifestSha256}, ${p.entries},
                ${p.ok}, ${p.reason}, ${p.actorId})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

/** A file received in a package: closed, declared, its retention counted from its end year. */
export async function insertReceivedFile(
  tx: Db,
  f: {
    orgId: number;
    year: number;
    code: string;
    title: string;
    section: string | null;
    retentionYears: number | null;
    secrecy: number;
    openedOn: string | null;
    closedOn: string;
    endYear: number;
    retentionEndsOn: string | null;
    note: string;
    by: number | null;
  },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_files (owner_org_id, plan_year, code, title, section, retention_years, secrecy, status,
          opened_on, closed_on, end_year, retention_ends_on, declared_at, declared_by, note, created_by)
        VALUES (${f.orgId}, ${f.year}, ${f.code}, ${f.title}, ${f.section}, ${f.retentionYears}, ${f.secrecy}, 'closed',
          ${f.openedOn}::date, ${f.closedOn}::date, ${f.endYear}, ${f.retentionEndsOn}::date,
          now(), ${f.by}, ${f.note}, ${f.by})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export async function setCorrects(
  tx: Db,
  fileId: number,
  documentId: number,
  corrects: number,
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_file_documents SET corrects_document_id = ${corrects}
     WHERE file_id = ${fileId} AND document_id = ${documentId}`);
}
