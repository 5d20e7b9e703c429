// The sessions the login area writes besides server/auth/sessions.ts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** The session's account has enrolled its second factor: the enrolment gate opens. */
export async function clearTotpEnrolment(db: Db, sessionId: string): Promise<void> {
  await db.execute(sql`UPDATE sessions SET needs_totp_enrolment = false WHERE id = ${sessionId}`);
}
