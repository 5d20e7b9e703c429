// Tables of fixed width: a grid of data (bold header row repeated on every page) and the borderless
// two-column rows of the heading and closing blocks. Widths are set in twips with a fixed layout, so
// Word and LibreOffice draw the same columns and a short header ("STT") never breaks.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { type ColumnWidth, columnWidthsMm, mmToTwip } from '../../domain/office.ts';
import {
  type Align,
  type Block,
  CELL_GRID_BORDERS,
  CELL_NO_BORDERS,
  GRID_BORDERS,
  makeParagraph,
  NO_BORDERS,
  type Page,
  type Size,
  sizeOf,
} from './base.ts';

export interface Column extends ColumnWidth {
  /** Alignment of the column's data (headers are centred); left when not given. */
  align?: Align;
}

/** A cell: text (lines split on "\n"), or text with its own style. */
export type Cell =
  | string
  | number
  | { text: string | number; bold?: boolean; italics?: boolean; align?: Align };

export interface TableSpec {
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /** Text size; the layout's table size when not given. */
  size?: Size;
}

/** Twips per column, summing exactly to the width (the last column takes the rounding). */
function twips(widthsMm: readonly number[], totalMm: number): number[] {
  const t = widthsMm.map(mmToTwip);
  t[t.length - 1]! += mmToTwip(totalMm) - t.reduce((a, b) => a + b, 0);
  return t;
}

function cellMargins(page: Page) {
  const side = mmToTwip(page.layout.table.cellPaddingMm);
  const end = mmToTwip(page.layout.table.cellPaddingMm / 3);
  return { left: side, right: side, top: end, bottom: end };
}

/** A grid table whose columns are set in millimetres or as shares of the text width. */
export function table(spec: TableSpec): Block {
  return (page) => {
    const { layout } = page;
    const size = sizeOf(layout, spec.size ?? 'table');
    const texts = spec.rows.map((r) => r.map((c) => String(typeof c === 'object' ? c.text : c)));
    const widths = twips(columnWidthsMm(spec.columns, page.widthMm, size, layout, texts), page.widthMm);
    const margins = cellMargins(page);
    const cell = (c: Cell, i: number, header: boolean) => {
      const o = typeof c === 'object' ? c : { text: c };
      const align = header ? 'center' : (o.align ?? spec.columns[i]?.align ?? 'left');
      return new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        borders: CELL_GRID_BORDERS,
        margins,
        verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
        children: String(o.text)
          .split('\n')
          .map((line) =>
            makeParagraph(layout, line, {
              size,
              align,
              bold: header || (typeof c === 'object' && c.bold),
              italics: typeof c === 'object' && c.italics,
            }),
          ),
      });
    };
    const width = spec.columns.length;
    const row = (cells: readonly Cell[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
    return new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: GRID_BORDERS,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: spec.columns.map((c, i) => cell(c.header, i, true)),
        }),
        ...spec.rows.map(
          (r) => new TableRow({ cantSplit: true, children: row(r).map((c, i) => cell(c, i, false)) }),
        ),
      ],
    });
  };
}

/** Two borderless columns side by side, the left one `leftPercent` of the text width. */
export function sideBySide(
  page: Page,
  left: readonly Paragraph[],
  right: readonly Paragraph[],
  leftPercent: number,
): Table {
  return sideBySideRows(page, [[left, right]], leftPercent);
}

/** Rows of two borderless columns: what must line up across (two signers' names) shares a row. */
export function sideBySideRows(
  page: Page,
  rows: readonly (readonly [readonly Paragraph[], readonly Paragraph[]])[],
  leftPercent: number,
): Table {
  const leftMm = (page.widthMm * leftPercent) / 100;
  const widths = twips([leftMm, page.widthMm - leftMm], page.widthMm);
  const col = (children: readonly Paragraph[], i: number) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders: CELL_NO_BORDERS,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      // A cell must hold a paragraph, even an empty one.
      children: children.length > 0 ? [...children] : [new Paragraph({})],
    });
  return new Table({
    width: { size: widths[0]! + widths[1]!, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      ([left, right]) => new TableRow({ cantSplit: true, children: [col(left, 0), col(right, 1)] }),
    ),
  });
}
