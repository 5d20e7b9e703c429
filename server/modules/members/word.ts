// Word documents of the members area in the Party layout (Hướng dẫn 36-HD/VPTW as summarised in
// docs/domain.md §2): Times New Roman on A4, margins 20/20/30/15 mm, the issuing body top left
// under its superior, "ĐẢNG CỘNG SẢN VIỆT NAM" top right, place and date in italics, the type name
// centred in bold. Layout values are kept together here.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const LAYOUT = {
  font: 'Times New Roman',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  size: { heading: 15, body: 14, date: 14, title: 15, table: 12 },
} as const;

const pt = (n: number) => n * 2; // docx sizes are half-points

function run(
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) {
  return new TextRun({
    text,
    font: LAYOUT.font,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
    size: pt(o.size ?? LAYOUT.size.body),
    ...(o.underline ? { underline: {} } : {}),
  });
}

export function para(
  text: string,
  o: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    after?: number;
  } = {},
) {
  const align = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  }[o.align ?? 'justify'];
  return new Paragraph({ alignment: align, spacing: { after: o.after ?? 80 }, children: [run(text, o)] });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function viDateLine(place: string, iso: string): string {
  const day = `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
  return place ? `${place}, ${day}` : day.charAt(0).toUpperCase() + day.slice(1);
}

export interface Heading {
  superior: string | null;
  body: string;
  symbol?: string | null;
  place: string;
  date: string;
}

/** The two-column header: issuing body (left), national heading and date (right). */
export function partyHeading(h: Heading): Table {
  const left = [
    ...(h.superior
      ? [para(h.superior.toUpperCase(), { align: 'center', size: LAYOUT.size.body, after: 0 })]
      : []),
    para(h.body.toUpperCase(), { align: 'center', bold: true, size: LAYOUT.size.body, after: 0 }),
    para('*', { align: 'center', after: 0 }),
    ...(h.symbol ? [para(`Số ${h.symbol}`, { align: 'center', after: 0 })] : []),
  ];
  const right = [
    para('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', bold: true, size: LAYOUT.size.heading, after: 60 }),
    para(viDateLine(h.place, h.date), { align: 'center', italics: true, size: LAYOUT.size.date }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 45, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: left,
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: right,
          }),
        ],
      }),
    ],
  });
}

export function title(typeName: string, summary?: string): Paragraph[] {
  return [
    para(typeName.toUpperCase(), { align: 'center', bold: true, size: LAYOUT.size.title, after: 0 }),
    ...(summary ? [para(summary, { align: 'center', bold: true, size: LAYOUT.size.body, after: 0 })] : []),
    para('-----', { align: 'center', after: 200 }),
  ];
}

/** A bordered table with a bold header row. */
export function grid(headers: string[], body: (string | number)[][], widths?: number[]): Table {
  const cell = (text: string | number, bold = false) =>
    new TableCell({
      ...(widths ? {} : {}),
      children: [
        para(String(text), { align: bold ? 'center' : 'left', bold, size: LAYOUT.size.table, after: 0 }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths.map((w) => convertMillimetersToTwip(w)) } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...body.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

/** Signature block on the right: "T/M CHI BỘ / BÍ THƯ" and a space for the name. */
export function signature(lines: string[], name = ''): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [para('')],
          }),
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              ...lines.map((l) => para(l, { align: 'center', bold: true, after: 0 })),
              para(' ', { after: 900 }),
              para(name, { align: 'center', bold: true }),
            ],
          }),
        ],
      }),
    ],
  });
}

export async function toDocx(children: (Paragraph | Table)[]): Promise<Buffer> {
  const m = LAYOUT.marginsMm;
  const doc = new Document({
    styles: { default: { document: { run: { font: LAYOUT.font, size: pt(LAYOUT.size.body) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(m.top),
              bottom: convertMillimetersToTwip(m.bottom),
              left: convertMillimetersToTwip(m.left),
              right: convertMillimetersToTwip(m.right),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
