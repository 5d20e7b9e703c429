// Word forms of the admission that vanphong can fill from the pipeline's data: the introduction by
// a member (3-KNĐ), the chi bộ's resolution proposing admission (6-KNĐ) and the admission decision
// (9-KNĐ). The other forms are written by the person or by hand and only their dates are recorded.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { RuleError } from '../../../http/errors.ts';
import { para, partyHeading, signature, title, toDocx } from '../word.ts';
import type { MemberAdmission } from './presenter.ts';

export const ADMISSION_FORMS = ['3-KNĐ', '6-KNĐ', '9-KNĐ'] as const;
export type AdmissionForm = (typeof ADMISSION_FORMS)[number];

/** The form filled from a person of the pipeline, the person's unit and the unit above it. */
export async function admissionForm(
  a: MemberAdmission,
  org: { name: string },
  parent: { name: string } | undefined,
  form: AdmissionForm,
): Promise<Buffer> {
  const person = `${a.gender === 'Nữ' ? 'chị' : 'anh'} ${a.fullName}`;
  const born = `sinh ngày ${formatDateVi(a.birthDate)}`;
  const where = a.residence ? `, nơi cư trú: ${a.residence}` : '';
  const job = a.occupation ? `, nghề nghiệp: ${a.occupation}` : '';
  const need = (stage: keyof typeof a.dates, label: string) => {
    const on = a.dates[stage];
    if (!on) throw new RuleError('admission_form_early', `Chưa có ${label} nên chưa lập được mẫu này.`);
    return on;
  };
  if (form === '3-KNĐ') {
    const on = need('introducers', 'ngày giới thiệu');
    return toDocx([
      partyHeading({ superior: null, body: org.name, place: '', date: on }),
      para(`Mẫu ${form}`, { align: 'right', italics: true }),
      ...title('Giấy giới thiệu', 'người vào Đảng'),
      para(`Kính gửi: Chi bộ ${org.name}`, { align: 'center' }),
      para(
        `Chúng tôi là đảng viên chính thức: ${a.introducers.map((i) => i.fullName).join(' và ')}, ` +
          `giới thiệu ${person}, ${born}${where}${job} vào Đảng Cộng sản Việt Nam.`,
      ),
      para(
        'Chúng tôi đã tìm hiểu lý lịch, phẩm chất, năng lực, quá trình công tác của người được giới thiệu và thấy đủ điều kiện, tiêu chuẩn vào Đảng; chịu trách nhiệm trước chi bộ về sự giới thiệu của mình.',
      ),
      signature(['ĐẢNG VIÊN GIỚI THIỆU']),
    ]);
  }
  if (form === '6-KNĐ') {
    const on = need('cell_resolution', 'ngày chi bộ ra nghị quyết');
    return toDocx([
      partyHeading({ superior: null, body: org.name, place: '', date: on }),
      para(`Mẫu ${form}`, { align: 'right', italics: true }),
      ...title('Nghị quyết', 'đề nghị kết nạp đảng viên'),
      para(
        `Ngày ${formatDateVi(on)}, chi bộ ${org.name} đã họp xét đề nghị kết nạp ${person}, ${born}${where}${job}.`,
      ),
      para(
        `Người vào Đảng đã học lớp bồi dưỡng nhận thức về Đảng${a.dates.course ? ` (${formatDateVi(a.dates.course)})` : ''}, ` +
          `có đơn xin vào Đảng${a.dates.application ? ` ngày ${formatDateVi(a.dates.application)}` : ''}, ` +
          `lý lịch đã được thẩm tra${a.dates.verification ? ` (${formatDateVi(a.dates.verification)})` : ''}; ` +
          `được các đồng chí ${a.introducers.map((i) => i.fullName).join(' và ') || '…'} giới thiệu; ` +
          'có nhận xét của đoàn thể và chi ủy nơi cư trú.',
      ),
      para('Chi bộ đề nghị cấp ủy cấp trên xem xét, quyết định kết nạp người vào Đảng nêu trên.'),
      signature(['T/M CHI BỘ', 'BÍ THƯ']),
    ]);
  }
  const on = need('decision', 'ngày quyết định');
  // The decision is made by the committee above the chi bộ.
  return toDocx([
    partyHeading({
      superior: null,
      body: parent?.name ?? org.name,
      symbol: a.decisionNo,
      place: '',
      date: on,
    }),
    para(`Mẫu ${form}`, { align: 'right', italics: true }),
    ...title('Quyết định', 'kết nạp đảng viên'),
    para('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;'),
    para(
      `- Xét đề nghị của chi bộ ${org.name}${a.dates.cell_resolution ? ` (nghị quyết ngày ${formatDateVi(a.dates.cell_resolution)})` : ''}${a.dates.committee_resolution ? ` và của đảng ủy cơ sở (ngày ${formatDateVi(a.dates.committee_resolution)})` : ''},`,
      {},
    ),
    para('QUYẾT ĐỊNH', { align: 'center', bold: true }),
    para(`Điều 1. Kết nạp ${person}, ${born}${where}${job} vào Đảng Cộng sản Việt Nam.`),
    para(
      `Điều 2. Thời gian dự bị 12 tháng, kể từ ngày chi bộ tổ chức lễ kết nạp (dự kiến công nhận chính thức từ ngày ${a.recognitionDue ? formatDateVi(a.recognitionDue) : '…'}).`,
    ),
    para(`Điều 3. Chi bộ ${org.name} và đồng chí có tên trên thi hành quyết định này.`),
    para(`Lập ngày ${formatDateVi(todayVn())}.`, { italics: true, align: 'left' }),
    signature(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']),
  ]);
}
