// Building blocks of the Party-layout Word files of this area. Every font, size and margin is read
// from the layout object (domain/programs/layout.ts), never written here; every run names its font,
// so the document looks the same on a machine whose default font is not Times New Roman.
import {
  AlignmentType,
  BorderStyle,
  Document,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { mmToTwip, ptToHalfPoints, type ReportLayout } from '../../../domain/programs/layout.ts';

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export function run(layout: ReportLayout, text: string, s: RunStyle): TextRun {
  return new TextRun({
    text,
    font: layout.font,
    size: ptToHalfPoints(s.size),
    bold: s.bold ?? false,
    italics: s.italics ?? false,
    ...(s.underline ? { underline: {} } : {}),
  });
}

export function para(
  layout: ReportLayout,
  children: ParagraphChild[],
  opts: {
    align?: 'left' | 'center' | 'right' | 'justify';
    indent?: boolean;
    after?: number;
    before?: number;
  } = {},
): Paragraph {
  const align = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  }[opts.align ?? 'justify'];
  return new Paragraph({
    alignment: align,
    children,
    spacing: {
      line: Math.round(240 * layout.lineSpacing),
      after: opts.after ?? 60,
      before: opts.before ?? 0,
    },
    ...(opts.indent ? { indent: { firstLine: mmToTwip(layout.firstLineIndentMm) } } : {}),
  });
}

export function text(
  layout: ReportLayout,
  s: string,
  style: RunStyle,
  opts: Parameters<typeof para>[2] = {},
) {
  return para(layout, [run(layout, s, style)], opts);
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Two columns without borders: the heading block and the signature block of a Party document. */
export function twoColumns(left: Paragraph[], right: Paragraph[], leftPercent = 45): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: leftPercent, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: left,
          }),
          new TableCell({
            width: { size: 100 - leftPercent, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: right,
          }),
        ],
      }),
    ],
  });
}

/** A grid table: a bold header row, then the rows; cells are text. */
export function grid(
  layout: ReportLayout,
  size: number,
  header: string[],
  body: string[][],
  widths: number[],
  align: ('left' | 'center')[] = [],
): Table {
  const cell = (s: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
      children: s
        .split('\n')
        .map((line) =>
          text(layout, line, { size, bold }, { align: bold ? 'center' : (align[i] ?? 'left'), after: 0 }),
        ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: GRID,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...body.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** The document: A4 (landscape on request), the layout's margins, its font as the default. */
export function document(layout: ReportLayout, children: (Paragraph | Table)[], landscape = false): Document {
  return new Document({
    creator: 'vanphong',
    styles: {
      default: { document: { run: { font: layout.font, size: ptToHalfPoints(layout.sizes.body) } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwip(layout.page.widthMm),
              height: mmToTwip(layout.page.heightMm),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(layout.marginsMm.top),
              bottom: mmToTwip(layout.marginsMm.bottom),
              left: mmToTwip(layout.marginsMm.left),
              right: mmToTwip(layout.marginsMm.right),
            },
          },
        },
        children,
      },
    ],
  });
}

/** The heading block: superior and issuing body on the left, the national heading and date on the right. */
export function heading(
  layout: ReportLayout,
  h: { superior: string | null; body: string; symbol: string; placeDate: string },
): Table {
  const s = layout.sizes;
  const left = [
    ...(h.superior
      ? [
          text(
            layout,
            h.superior.toLocaleUpperCase('vi'),
            { size: s.superiorBody },
            { align: 'center', after: 0 },
          ),
        ]
      : []),
    text(
      layout,
      h.body.toLocaleUpperCase('vi'),
      { size: s.issuingBody, bold: true },
      { align: 'center', after: 0 },
    ),
    text(layout, '*', { size: s.issuingBody }, { align: 'center', after: 0 }),
    text(layout, h.symbol, { size: s.symbol }, { align: 'center', after: 0 }),
  ];
  const right = [
    text(
      layout,
      layout.nationalHeading,
      { size: s.nationalHeading, bold: true, underline: true },
      { align: 'center', after: 120 },
    ),
    text(layout, h.placeDate, { size: s.placeDate, italics: true }, { align: 'center', after: 0 }),
  ];
  return twoColumns(left, right, 45);
}
