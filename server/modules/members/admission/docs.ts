// Word forms of the admission that vanphong can fill from the pipeline's data, described for the
// office kit: the introduction by two members (3-KNĐ), the chi bộ's resolution proposing admission
// (6-KNĐ) and the admission decision (9-KNĐ). The other forms are written by the person or by hand
// and only their dates are recorded. The heading is dated on the stage's date; a signer the system
// does not know (the secretary) signs over "(ký, ghi rõ họ tên)".
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { RuleError } from '../../../http/errors.ts';
import {
  centered,
  type OfficeDocumentSpec,
  packDocx,
  paragraph,
  recordedSymbol,
  type SignatureSpec,
} from '../../../office/index.ts';
import type { MemberAdmission } from './presenter.ts';

export const ADMISSION_FORMS = ['3-KNĐ', '6-KNĐ', '9-KNĐ'] as const;
export type AdmissionForm = (typeof ADMISSION_FORMS)[number];

const SIGN_HINT = '(ký, ghi rõ họ tên)';

/** "Chi bộ Kết nạp" as it reads after "chi bộ": the unit's name without repeating the word. */
function cellName(name: string): string {
  return name.replace(/^chi bộ\s+/iu, '');
}

function described(a: MemberAdmission): string {
  const person = `${a.gender === 'Nữ' ? 'chị' : 'anh'} ${a.fullName}`;
  const where = a.residence ? `, nơi cư trú: ${a.residence}` : '';
  const job = a.occupation ? `, nghề nghiệp: ${a.occupation}` : '';
  return `${person}, sinh ngày ${formatDateVi(a.birthDate)}${where}${job}`;
}

function dateOf(a: MemberAdmission, stage: keyof MemberAdmission['dates'], label: string): string {
  const on = a.dates[stage];
  if (!on) throw new RuleError('admission_form_early', `Chưa có ${label} nên chưa lập được mẫu này.`);
  return on;
}

const introducerNames = (a: MemberAdmission) =>
  a.introducers.map((i) => i.fullName?.trim()).filter((n): n is string => Boolean(n));

function introduction(a: MemberAdmission, org: { name: string }, place: string): OfficeDocumentSpec {
  const on = dateOf(a, 'introducers', 'ngày giới thiệu');
  const names = introducerNames(a);
  // Each introducing member signs over their own name, side by side.
  const signatures = (a.introducers.length > 0 ? a.introducers : [{ fullName: null }]).slice(0, 2).map(
    (i): SignatureSpec => ({
      position: 'Đảng viên giới thiệu',
      name: i.fullName?.trim() || null,
      hint: i.fullName?.trim() ? null : SIGN_HINT,
    }),
  );
  return {
    title: `Mẫu 3-KNĐ: Giấy giới thiệu người vào Đảng — ${a.fullName}`,
    heading: { issuer: org.name, place, date: on, formCode: '3-KNĐ' },
    titleBlock: { typeName: 'Giấy giới thiệu', summary: 'người vào Đảng' },
    body: [
      centered(`Kính gửi: Chi bộ ${cellName(org.name)}`),
      paragraph(
        `Chúng tôi là đảng viên chính thức${names.length ? `: ${names.join(' và ')}` : ''}, ` +
          `giới thiệu ${described(a)} vào Đảng Cộng sản Việt Nam.`,
      ),
      paragraph(
        'Chúng tôi đã tìm hiểu lý lịch, phẩm chất, năng lực, quá trình công tác của người được giới thiệu và thấy đủ điều kiện, tiêu chuẩn vào Đảng; chịu trách nhiệm trước chi bộ về sự giới thiệu của mình.',
      ),
    ],
    closing: { signatures },
  };
}

function resolution(a: MemberAdmission, org: { name: string }, place: string): OfficeDocumentSpec {
  const on = dateOf(a, 'cell_resolution', 'ngày chi bộ ra nghị quyết');
  const names = introducerNames(a);
  const d = a.dates;
  return {
    title: `Mẫu 6-KNĐ: Nghị quyết đề nghị kết nạp đảng viên — ${a.fullName}`,
    heading: { issuer: org.name, place, date: on, formCode: '6-KNĐ' },
    titleBlock: { typeName: 'Nghị quyết', summary: 'đề nghị kết nạp đảng viên' },
    body: [
      paragraph(
        `Ngày ${formatDateVi(on)}, chi bộ ${cellName(org.name)} đã họp xét đề nghị kết nạp ${described(a)}.`,
      ),
      paragraph(
        `Người vào Đảng đã học lớp bồi dưỡng nhận thức về Đảng${d.course ? ` (${formatDateVi(d.course)})` : ''}, ` +
          `có đơn xin vào Đảng${d.application ? ` ngày ${formatDateVi(d.application)}` : ''}, ` +
          `lý lịch đã được thẩm tra${d.verification ? ` (${formatDateVi(d.verification)})` : ''}; ` +
          `được ${names.length ? `các đồng chí ${names.join(' và ')}` : 'hai đảng viên chính thức'} giới thiệu; ` +
          'có nhận xét của đoàn thể và chi ủy nơi cư trú.',
      ),
      paragraph('Chi bộ đề nghị cấp ủy cấp trên xem xét, quyết định kết nạp người vào Đảng nêu trên.'),
    ],
    closing: { signatures: [{ authority: 'T/M Chi bộ', position: 'Bí thư', name: null, hint: SIGN_HINT }] },
  };
}

function decision(
  a: MemberAdmission,
  org: { name: string },
  parent: { name: string } | undefined,
  place: string,
): OfficeDocumentSpec {
  const on = dateOf(a, 'decision', 'ngày quyết định');
  const d = a.dates;
  const cell = cellName(org.name);
  return {
    title: `Mẫu 9-KNĐ: Quyết định kết nạp đảng viên — ${a.fullName}`,
    // The decision is made by the committee above the chi bộ; its number is printed as recorded.
    heading: {
      issuer: parent?.name ?? org.name,
      symbol: recordedSymbol(a.decisionNo),
      place,
      date: on,
      formCode: '9-KNĐ',
    },
    titleBlock: { typeName: 'Quyết định', summary: 'kết nạp đảng viên' },
    body: [
      paragraph('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;'),
      paragraph(
        `- Xét đề nghị của chi bộ ${cell}${d.cell_resolution ? ` (nghị quyết ngày ${formatDateVi(d.cell_resolution)})` : ''}${d.committee_resolution ? ` và của đảng ủy cơ sở (ngày ${formatDateVi(d.committee_resolution)})` : ''},`,
      ),
      centered('QUYẾT ĐỊNH', { bold: true }),
      paragraph(`Điều 1. Kết nạp ${described(a)} vào Đảng Cộng sản Việt Nam.`),
      paragraph(
        'Điều 2. Thời gian dự bị 12 tháng, kể từ ngày chi bộ tổ chức lễ kết nạp' +
          `${a.recognitionDue ? ` (dự kiến công nhận chính thức từ ngày ${formatDateVi(a.recognitionDue)})` : ''}.`,
      ),
      paragraph(`Điều 3. Chi bộ ${cell} và đồng chí có tên trên thi hành quyết định này.`),
      paragraph(`Lập ngày ${formatDateVi(todayVn())}.`, { italics: true, align: 'left', indent: false }),
    ],
    closing: {
      signatures: [{ authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: null, hint: SIGN_HINT }],
    },
  };
}

/**
 * The form filled from a person of the pipeline, the person's unit and the unit above it; `place`
 * is the issuing unit's place name (the chi bộ's, or for 9-KNĐ the committee's above it).
 */
export function admissionForm(
  a: MemberAdmission,
  org: { name: string },
  parent: { name: string } | undefined,
  form: AdmissionForm,
  place: string,
): Promise<Buffer> {
  if (form === '3-KNĐ') return packDocx(introduction(a, org, place));
  if (form === '6-KNĐ') return packDocx(resolution(a, org, place));
  return packDocx(decision(a, org, parent, place));
}
