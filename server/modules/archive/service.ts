// What the archive offers the rest of the system as a whole: the record guard that the documents
// area consults before any change to a document (wired in server/integrations.ts). The archive's
// work itself is in its sub-features: plan/, files/, holds/, disposal/, digitise/, fixity/, packages/.
import type { Db } from '../../db/client.ts';
import { RuleError } from '../../http/errors.ts';
import { recordOf, tombstoneOf } from './queries.ts';

/**
 * A declared record (or a destroyed document) is refused with a clear message before the database's
 * own guard would refuse it.
 * @trusted registered with the documents area by server/integrations.ts; the documents area calls it
 * after its own role and access checks, for the document it is about to change.
 */
export async function recordGuard(db: Db, documentId: number): Promise<void> {
  const r = await recordOf(db, documentId);
  if (r) {
    throw new RuleError(
      'record_immutable',
      `Văn bản đã là tài liệu lưu trữ (hồ sơ ${r.code}, năm ${r.plan_year}): không được sửa, xóa hay thêm tệp. Muốn đính chính, hãy tạo văn bản mới và đưa vào hồ sơ như bản đính chính của văn bản này.`,
    );
  }
  if (await tombstoneOf(db, documentId))
    throw new RuleError(
      'document_destroyed',
      'Văn bản đã bị tiêu hủy theo danh sách tiêu hủy đã được phê duyệt.',
    );
}
