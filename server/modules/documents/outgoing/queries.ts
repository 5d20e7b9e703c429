// SQL of the outgoing workflow: the signer, the status, the issue number and the recipients.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';
import { DOC_RECORD, docVisible } from '../queries.ts';

export function userForSigning(db: Db, userId: number) {
  return one<{
    id: number;
    full_name: string;
    role: string;
    org_id: number;
    org_name: string;
    clearance: number;
    disabled_at: string | null;
  }>(
    db,
    sql`SELECT u.id, u.full_name, u.role, u.org_id, o.name AS org_name, u.clearance, u.disabled_at
          FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = ${userId}`,
  );
}

/** Leaders who may sign a document: the access rule asked of every active leader at once. */
export function signers(db: Db, documentId: number) {
  return rows<{ id: number; full_name: string; org_id: number; org_name: string }>(
    db,
    sql`SELECT u.id, u.full_name, u.org_id, uo.name AS org_name
          FROM users u JOIN orgs uo ON uo.id = u.org_id
         WHERE u.role = 'leader' AND u.disabled_at IS NULL
           AND EXISTS (SELECT 1 FROM documents d WHERE d.id = ${documentId} AND ${visibleTo(
             { orgId: sql`u.org_id`, userId: sql`u.id`, clearance: sql`u.clearance` },
             DOC_RECORD,
           )})`,
  );
}

export async function setSigner(
  db: Db,
  id: number,
  signer: { id: number; full_name: string },
): Promise<void> {
  await run(
    db,
    sql`UPDATE documents SET signer_id = ${signer.id}, signer_name = ${signer.full_name} WHERE id = ${id}`,
  );
}

/** The signing due date of a submission and the regulation it came from (all null: no rule). */
export async function setSignDue(
  db: Db,
  id: number,
  due: { dueOn: string; workRuleId: number; article: string } | null,
): Promise<void> {
  await run(
    db,
    sql`UPDATE documents SET sign_due_on = ${due?.dueOn ?? null}::date, sign_rule_id = ${due?.workRuleId ?? null}::integer,
               sign_rule_article = ${due?.article ?? null}, sign_done_on = NULL
         WHERE id = ${id}`,
  );
}

/** The day the signer answered a submission (signed or returned it). */
export async function markSignDone(db: Db, id: number, on: string): Promise<void> {
  await run(db, sql`UPDATE documents SET sign_done_on = ${on}::date WHERE id = ${id}`);
}

export async function setStatus(db: Db, id: number, status: string): Promise<void> {
  await run(db, sql`UPDATE documents SET status = ${status}, updated_at = now() WHERE id = ${id}`);
}

/** The next number of a sequence; the row stays locked until the transaction ends (gap-free). */
export async function nextIssueNumber(
  db: Db,
  issuerOrgId: number,
  seqKey: string,
  termId: number,
): Promise<number> {
  const row = await one<{ last_number: number }>(
    db,
    sql`INSERT INTO doc_sequences (issuer_org_id, seq_key, term_id, last_number) VALUES (${issuerOrgId}, ${seqKey}, ${termId}, 1)
        ON CONFLICT (issuer_org_id, seq_key, term_id) DO UPDATE SET last_number = doc_sequences.last_number + 1
        RETURNING last_number`,
  );
  return (row as { last_number: number }).last_number;
}

export async function markIssued(
  db: Db,
  id: number,
  r: { number: number; symbol: string; termId: number; issuedOn: string },
): Promise<void> {
  await run(
    db,
    sql`UPDATE documents SET number = ${r.number}, symbol = ${r.symbol}, term_id = ${r.termId}, issued_on = ${r.issuedOn}::date,
               status = 'issued', updated_at = now()
         WHERE id = ${id}`,
  );
}

export async function replaceRecipients(
  db: Db,
  id: number,
  list: { orgId: number | null; name: string }[],
): Promise<void> {
  await run(db, sql`DELETE FROM document_recipients WHERE document_id = ${id}`);
  for (const r of list) {
    await run(
      db,
      sql`INSERT INTO document_recipients (document_id, org_id, name) VALUES (${id}, ${r.orgId}, ${r.name})`,
    );
  }
}

export async function markReceived(db: Db, recipientId: number, copyId: number): Promise<void> {
  await run(
    db,
    sql`UPDATE document_recipients SET received_document_id = ${copyId} WHERE id = ${recipientId}`,
  );
}

/**
 * What waits on an account in the outgoing workflow, counted as the register lists it (the access
 * rule, in the register of outgoing documents): those submitted to it for signature, and signed
 * ones waiting for their number.
 */
export async function waitingCounts(db: Db, actor: Actor): Promise<{ toSign: number; toIssue: number }> {
  const row = await one<{ to_sign: number; to_issue: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE d.status = 'submitted' AND d.signer_id = ${actor.userId})::integer AS to_sign,
               count(*) FILTER (WHERE d.status = 'approved')::integer AS to_issue
          FROM documents d
         WHERE d.direction = 'out' AND d.status IN ('submitted', 'approved') AND ${docVisible(actor)}`,
  );
  return { toSign: row?.to_sign ?? 0, toIssue: row?.to_issue ?? 0 };
}
