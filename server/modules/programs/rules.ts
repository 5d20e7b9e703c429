// Pure rules of programmes shared by the service and its sub-features: dates, the reason an approved
// programme's change needs, the title of a lower unit's programme, the page of a programme.
import { formatDateVi } from '../../../domain/dates.ts';
import { RuleError } from '../../http/errors.ts';

export function programLink(id: number): string {
  return `/chuong-trinh/${id}`;
}

/** Approved programmes change only through a recorded revision: the reason is required. */
export function requireReason(program: { status: string }, reason: string | undefined): void {
  if (program.status === 'approved' && !reason) {
    throw new RuleError(
      'revision_reason_required',
      'Chương trình đã được phê duyệt: mọi điều chỉnh phải ghi lý do (được lưu thành một lần điều chỉnh).',
    );
  }
}

export function requireDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) {
    throw new RuleError(
      'ends_before_start',
      `Ngày kết thúc ${formatDateVi(endsOn)} trước ngày bắt đầu ${formatDateVi(startsOn)}.`,
    );
  }
}

/** An item's deadline may not fall before the programme starts. */
export function requireDueInside(program: { starts_on: string }, dueOn: string | null | undefined): void {
  if (dueOn && dueOn < program.starts_on) {
    throw new RuleError(
      'due_before_start',
      `Thời hạn ${formatDateVi(dueOn)} trước ngày bắt đầu của chương trình (${formatDateVi(program.starts_on)}).`,
    );
  }
}

/** Title of a lower unit's programme: the superior's, with the unit's name in place of the superior's. */
export function cascadeTitle(parentTitle: string, parentOrgName: string, orgName: string): string {
  if (parentTitle.includes(parentOrgName)) return parentTitle.replace(parentOrgName, orgName);
  return `${parentTitle} — ${orgName}`;
}
