// The kit's building stones: a block is a function of the page (its layout and text width) that
// gives Word paragraphs or tables, so that a caller never names a font, a size or a unit. Every run
// names its font, so a document looks the same on a machine whose default font is another.
import { AlignmentType, BorderStyle, Paragraph, type ParagraphChild, type Table, TextRun } from 'docx';
import { mmToTwip, ptToHalfPoints } from '../../domain/office.ts';
import type { PartyLayout } from '../../domain/party-layout.ts';

/** What a block is laid out against. */
export interface Page {
  layout: PartyLayout;
  /** The text width between the margins, in millimetres. */
  widthMm: number;
}

export type DocxBlock = Paragraph | Table;
/** A piece of the document, built once the page is known. */
export type Block = (page: Page) => DocxBlock | DocxBlock[];

export type Align = 'left' | 'center' | 'right' | 'justify';
/** A size: a name from the layout's sizes, or points. */
export type Size = keyof PartyLayout['sizes'] | number;

export interface RunStyle {
  size?: Size;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

/** A piece of text with its own style, inside a paragraph. */
export interface Span extends RunStyle {
  text: string;
}

export interface ParagraphStyle extends RunStyle {
  align?: Align;
  /** First-line indent of the layout (body paragraphs). */
  indent?: boolean;
  /** Space before and after, in points. */
  before?: number;
  after?: number;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function sizeOf(layout: PartyLayout, size: Size | undefined): number {
  return typeof size === 'number' ? size : layout.sizes[size ?? 'body'];
}

export function textRun(layout: PartyLayout, text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: layout.font,
    size: ptToHalfPoints(sizeOf(layout, style.size)),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    ...(style.underline ? { underline: {} } : {}),
  });
}

/** A Word paragraph of spans (or one text), the spans inheriting the paragraph's run style. */
export function makeParagraph(
  layout: PartyLayout,
  content: string | readonly Span[],
  style: ParagraphStyle = {},
): Paragraph {
  const spans = typeof content === 'string' ? [{ text: content }] : content;
  const children: ParagraphChild[] = spans.map((s) =>
    textRun(layout, s.text, {
      size: s.size ?? style.size,
      bold: s.bold ?? style.bold,
      italics: s.italics ?? style.italics,
      underline: s.underline ?? style.underline,
    }),
  );
  return new Paragraph({
    children,
    alignment: ALIGN[style.align ?? 'left'],
    keepNext: style.keepNext ?? false,
    spacing: {
      line: Math.round(240 * layout.lineSpacing),
      before: Math.round((style.before ?? 0) * 20),
      after: Math.round((style.after ?? 0) * 20),
    },
    ...(style.indent ? { indent: { firstLine: mmToTwip(layout.firstLineIndentMm) } } : {}),
  });
}

/** Lines of text as centred paragraphs without spacing: the lines of the heading and closing blocks. */
export function lines(
  layout: PartyLayout,
  texts: readonly string[],
  style: ParagraphStyle = {},
): Paragraph[] {
  return texts.map((t) => makeParagraph(layout, t, { align: 'center', ...style }));
}

export function resolve(blocks: readonly Block[], page: Page): DocxBlock[] {
  return blocks.flatMap((b) => b(page));
}

export const upper = (s: string) => s.toLocaleUpperCase('vi');

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;
export const GRID_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;
export const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
export const CELL_GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;
