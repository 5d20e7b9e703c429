// Rules of a member's record that span several fields, shared by the form, the API and the import.
import { admissionAgeProblem } from './admission.ts';
import { type Interruption, interruptionsProblem } from './party-age.ts';

export interface MemberDates {
  birthDate: string;
  admittedOn: string;
  officialOn?: string | null | undefined;
  interruptions?: readonly Interruption[] | undefined;
}

/** Why the dates of a record cannot be stored (Vietnamese, one sentence), or null. `today` as ISO. */
export function memberDatesProblem(m: MemberDates, today: string): string | null {
  if (m.birthDate > today) return 'Ngày sinh ở tương lai.';
  if (m.admittedOn > today) return 'Ngày vào Đảng ở tương lai.';
  const age = admissionAgeProblem(m.birthDate, m.admittedOn);
  if (age) return `Ngày vào Đảng không hợp lệ: ${age}`;
  if (m.officialOn) {
    // Probation was not always 12 months (past statutes had 6 months for some); only the order is a rule.
    if (m.officialOn < m.admittedOn) return 'Ngày chính thức phải sau ngày vào Đảng.';
    if (m.officialOn > today) return 'Ngày chính thức ở tương lai.';
  }
  return m.interruptions ? interruptionsProblem(m.admittedOn, m.interruptions) : null;
}
