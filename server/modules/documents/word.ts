// A document as Word in the Party layout (Hướng dẫn 36-HD/VPTW): heading block of two columns
// (issuing body and number | national heading, place and date), secrecy and urgency marks, type
// name and summary, body, recipients and signature, all sizes and margins from PARTY_LAYOUT.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { todayVn } from '../../../domain/dates.ts';
import { DOCUMENT_TYPES } from '../../../domain/documents.ts';
import { PARTY_LAYOUT as L, placeAndDate, secrecyMark, urgencyMark } from '../../../domain/party-layout.ts';

export interface WordInput {
  typeCode: string;
  symbol: string | null;
  summary: string;
  content: string | null;
  secrecy: number;
  urgency: number;
  issuedOn: string | null;
  place: string | null;
  issuerName: string;
  superiorName: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
}

const pt = (n: number) => n * 2; // docx sizes are half-points
// Rounded, not truncated: A4 is 11906 × 16838 twips and a 20 mm margin 1134 (docx's helper floors).
const mm = (n: number) => Math.round((n * 1440) / 25.4);

function run(
  text: string,
  size: number,
  opts: { bold?: boolean; italics?: boolean; underline?: boolean } = {},
) {
  return new TextRun({
    text,
    font: L.font,
    size: pt(size),
    bold: opts.bold ?? false,
    italics: opts.italics ?? false,
    ...(opts.underline ? { underline: {} } : {}),
  });
}

function para(
  children: TextRun[],
  opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {},
) {
  return new Paragraph({
    children,
    alignment: opts.align ?? AlignmentType.LEFT,
    spacing: { after: opts.after ?? 0, line: Math.round(240 * L.lineSpacing) },
    ...(opts.indent ? { indent: { firstLine: mm(L.firstLineIndentMm) } } : {}),
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const TABLE_BORDERS = { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function cell(children: Paragraph[], widthPct: number) {
  return new TableCell({
    children,
    borders: NO_BORDERS,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
  });
}

function typeName(code: string): string {
  return (DOCUMENT_TYPES.find((t) => t.code === code)?.name ?? code).toUpperCase();
}

export async function documentToDocx(d: WordInput): Promise<Buffer> {
  const isLetter = d.typeCode === 'CV'; // a công văn has no type name; its summary sits under the number
  const numberText = d.symbol ? `Số ${d.symbol}` : `Số      -${d.typeCode}/…`;
  const left: Paragraph[] = [];
  if (d.superiorName)
    left.push(
      para([run(d.superiorName.toUpperCase(), L.sizes.superiorBody)], { align: AlignmentType.CENTER }),
    );
  left.push(
    para([run(d.issuerName.toUpperCase(), L.sizes.issuingBody, { bold: true })], {
      align: AlignmentType.CENTER,
    }),
  );
  left.push(para([run('*', L.sizes.issuingBody)], { align: AlignmentType.CENTER }));
  left.push(para([run(numberText, L.sizes.symbol)], { align: AlignmentType.CENTER }));
  if (isLetter)
    left.push(para([run(`V/v ${d.summary}`, 12, { italics: true })], { align: AlignmentType.CENTER }));
  const right: Paragraph[] = [
    para([run(L.nationalHeading, L.sizes.nationalHeading, { bold: true, underline: true })], {
      align: AlignmentType.RIGHT,
      after: 120,
    }),
    para(
      [run(placeAndDate(d.place ?? 'Hà Nội', d.issuedOn ?? todayVn()), L.sizes.placeDate, { italics: true })],
      {
        align: AlignmentType.RIGHT,
      },
    ),
  ];
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TABLE_BORDERS,
    rows: [new TableRow({ children: [cell(left, 45), cell(right, 55)] })],
  });

  const body: (Paragraph | Table)[] = [header];
  const marks = [secrecyMark(d.secrecy), urgencyMark(d.urgency)].filter(Boolean);
  for (const m of marks) body.push(para([run(m, L.sizes.marks, { bold: true })], { after: 60 }));
  body.push(para([], { after: 240 }));
  if (!isLetter) {
    body.push(
      para([run(typeName(d.typeCode), L.sizes.typeName, { bold: true })], { align: AlignmentType.CENTER }),
    );
    body.push(
      para([run(d.summary, L.sizes.summary, { bold: true })], { align: AlignmentType.CENTER, after: 60 }),
    );
    body.push(para([run('-----', L.sizes.summary)], { align: AlignmentType.CENTER, after: 240 }));
  }
  for (const line of (d.content ?? '').split(/\r?\n/).filter((l) => l.trim() !== '')) {
    body.push(
      para([run(line.trim(), L.sizes.body)], { align: AlignmentType.JUSTIFIED, indent: true, after: 120 }),
    );
  }

  const recipients = [
    para([run(L.recipientsLabel, L.sizes.recipientsLabel, { bold: true, underline: true })]),
  ];
  for (const r of [...d.recipients, 'Lưu Văn phòng']) {
    recipients.push(para([run(`- ${r},`, L.sizes.recipients)]));
  }
  const signature = [
    para([run((d.signAuthority ?? '').toUpperCase(), L.sizes.signature, { bold: true })], {
      align: AlignmentType.CENTER,
    }),
    para([run((d.signerTitle ?? '').toUpperCase(), L.sizes.signature, { bold: true })], {
      align: AlignmentType.CENTER,
      after: 1200,
    }),
    para([run(d.signerName ?? '', L.sizes.signature, { bold: true })], { align: AlignmentType.CENTER }),
  ];
  body.push(para([], { after: 240 }));
  body.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TABLE_BORDERS,
      rows: [new TableRow({ children: [cell(recipients, 50), cell(signature, 50)] })],
    }),
  );

  const doc = new Document({
    creator: 'vanphong',
    title: d.summary,
    styles: { default: { document: { run: { font: L.font, size: pt(L.sizes.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(L.page.widthMm), height: mm(L.page.heightMm) },
            margin: {
              top: mm(L.marginsMm.top),
              bottom: mm(L.marginsMm.bottom),
              left: mm(L.marginsMm.left),
              right: mm(L.marginsMm.right),
            },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
