// The archival rules over a manifest's rows, checked for every row before a batch is created (any
// problem refuses the whole batch and lists the rows): Tuyệt mật is never digitised, Mật and Tối mật
// need a recorded approval of the file, the file must be arranged (closed), and the document type
// must exist. No SQL here (queries.ts) and no role check (the service, which also holds the rows to
// the account's clearance first).
import type { ManifestRow } from '../../../../domain/archive/manifest.ts';
import { digitiseSecrecyProblem, fileActionProblem } from '../../../../domain/archive/rules.ts';
import type { Who } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { RuleError, ValidationError } from '../../../http/errors.ts';
import { documentTypeActive } from '../../documents/archival/service.ts';
import * as aq from '../queries.ts';
import * as q from './queries.ts';

export interface Problem {
  row: number;
  reason: string;
  kind: 'format' | 'top_secret' | 'approval' | 'not_arranged' | 'file';
}

/** The closed file a manifest row names, and whether the rules allow digitising the row into it. */
export async function checkRow(
  db: Db,
  who: Who,
  orgId: number,
  r: ManifestRow,
): Promise<{ file?: aq.FileRow; problem?: Problem }> {
  if (r.secrecy >= 3) {
    return {
      problem: {
        row: r.row,
        kind: 'top_secret',
        reason: `${r.symbol ?? r.summary.slice(0, 40)}: tài liệu Tuyệt mật không bao giờ được số hóa`,
      },
    };
  }
  const files = await q.filesByCode(db, who, orgId, r.fileCode, r.fileYear ?? null);
  if (files.length === 0) {
    return {
      problem: {
        row: r.row,
        kind: 'file',
        reason: `không có hồ sơ mã «${r.fileCode}»${r.fileYear ? ` năm ${r.fileYear}` : ''} trong danh mục của đơn vị`,
      },
    };
  }
  if (files.length > 1) {
    return {
      problem: {
        row: r.row,
        kind: 'file',
        reason: `mã hồ sơ «${r.fileCode}» có ở các năm ${files.map((f) => f.plan_year).join(', ')}: ghi thêm cột «Năm hồ sơ»`,
      },
    };
  }
  const f = (await aq.visibleFile(db, null, Number(files[0]?.id))) as aq.FileRow;
  const arranged = fileActionProblem({ status: f.status, declared: f.declared_at !== null }, 'digitise');
  if (arranged)
    return { problem: { row: r.row, kind: 'not_arranged', reason: `hồ sơ ${f.code}: ${arranged}` } };
  const secret = digitiseSecrecyProblem(r.secrecy, await aq.approvedUpTo(db, Number(f.id)));
  if (secret) return { problem: { row: r.row, kind: 'approval', reason: `hồ sơ ${f.code}: ${secret}` } };
  if (!(await documentTypeActive(db, r.typeCode))) {
    return {
      problem: { row: r.row, kind: 'format', reason: `loại văn bản «${r.typeCode}» không có trong danh mục` },
    };
  }
  return { file: f };
}

const FIRST_KIND: [Problem['kind'], string, string][] = [
  [
    'top_secret',
    'top_secret_never_digitised',
    'Tài liệu Tuyệt mật không bao giờ được số hóa: hãy bỏ các dòng này khỏi bảng kê.',
  ],
  [
    'approval',
    'digitise_approval_required',
    'Tài liệu Mật, Tối mật cần phê duyệt số hóa của lãnh đạo trước.',
  ],
  ['not_arranged', 'file_not_arranged', 'Tài liệu phải được chỉnh lý (hồ sơ đã đóng) trước khi số hóa.'],
];

/** Refuses the batch, naming the rows (the first five) under the code of the gravest problem. */
export function refuse(problems: Problem[]): never {
  problems.sort((a, b) => a.row - b.row);
  const list = problems
    .slice(0, 5)
    .map((p) => `dòng ${p.row}: ${p.reason}`)
    .join('; ');
  const more = problems.length > 5 ? ` (và ${problems.length - 5} dòng khác)` : '';
  const details = { rows: problems.map(({ row, reason }) => ({ row, reason })) };
  for (const [kind, code, lead] of FIRST_KIND) {
    if (problems.some((p) => p.kind === kind)) throw new RuleError(code, `${lead} ${list}${more}.`, details);
  }
  if (problems.some((p) => p.kind === 'format')) {
    throw new ValidationError(`Bảng kê có dòng không hợp lệ: ${list}${more}.`, details, 'manifest_invalid');
  }
  throw new RuleError('manifest_rejected', `Bảng kê không dùng được: ${list}${more}.`, details);
}
