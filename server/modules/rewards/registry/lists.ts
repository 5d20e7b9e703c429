// The award list as Word (through the office kit) and as Excel (exceljs): subject, form, achievement,
// decision number and day, and the revocation when there is one.
import ExcelJS from 'exceljs';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { type Column, packDocx, table } from '../../../office/index.ts';
import type { RewardAward } from './presenter.ts';

const COLUMNS: Column[] = [
  { header: 'STT', share: 5, align: 'center' },
  { header: 'Tập thể, cá nhân', share: 24 },
  { header: 'Hình thức', share: 12 },
  { header: 'Thành tích', share: 29 },
  { header: 'Quyết định', share: 18 },
  { header: 'Ghi chú', share: 12 },
];

function revoked(a: RewardAward): string {
  return a.revokedOn ? `Thu hồi ngày ${formatDateVi(a.revokedOn)}` : '';
}

export function awardsDocx(
  orgName: string,
  place: string,
  year: number | null,
  items: readonly RewardAward[],
) {
  const what = `tập thể, cá nhân được khen thưởng${year ? ` năm ${year}` : ''}`;
  return packDocx({
    title: `Danh sách ${what}`,
    landscape: true,
    heading: { issuer: orgName, place, date: todayVn() },
    titleBlock: { typeName: 'Danh sách', summary: what },
    body: [
      table({
        columns: COLUMNS,
        rows: items.map((a, i) => [
          i + 1,
          a.subjectName,
          a.kindLabel,
          a.achievement,
          `${a.decisionNo} ngày ${formatDateVi(a.decidedOn)}`,
          revoked(a),
        ]),
      }),
    ],
    closing: {
      signatures: [
        { authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: null, hint: '(ký, ghi rõ họ tên)' },
      ],
    },
  });
}

export async function awardsXlsx(orgName: string, year: number | null, items: readonly RewardAward[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khen thưởng');
  ws.addRow([`Danh sách tập thể, cá nhân được khen thưởng${year ? ` năm ${year}` : ''}`]);
  ws.addRow([orgName]);
  ws.addRow([]);
  ws.addRow([
    'STT',
    'Tập thể, cá nhân',
    'Hình thức',
    'Thành tích',
    'Số quyết định',
    'Ngày quyết định',
    'Ghi chú',
  ]);
  items.forEach((a, i) => {
    const row = ws.addRow([
      i + 1,
      a.subjectName,
      a.kindLabel,
      a.achievement,
      a.decisionNo,
      new Date(`${a.decidedOn}T00:00:00Z`),
      revoked(a),
    ]);
    row.getCell(6).numFmt = 'dd/mm/yyyy';
  });
  ws.columns.forEach((c, i) => {
    c.width = [6, 30, 14, 40, 16, 14, 22][i] ?? 12;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
