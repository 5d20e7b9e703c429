// The body of a document: paragraphs justified with the layout's first-line indent, section
// headings ("I. KẾT QUẢ THỰC HIỆN"), centred lines ("QUYẾT ĐỊNH:", "Kính gửi: …"), notes in
// italics, and blank space. Sizes and spacing come from the layout.
import { Paragraph } from 'docx';
import { type Block, makeParagraph, type ParagraphStyle, type Span } from './base.ts';

/** A body paragraph: justified, first-line indent, the body size; each can be changed. */
export function paragraph(content: string | readonly Span[], style: ParagraphStyle = {}): Block {
  return ({ layout }) =>
    makeParagraph(layout, content, {
      align: 'justify',
      indent: true,
      size: 'body',
      after: layout.spacingPt.paragraph,
      ...style,
    });
}

/** A text of several lines (a document's content): one body paragraph per non-blank line. */
export function paragraphs(text: string | null | undefined, style: ParagraphStyle = {}): Block[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => paragraph(l, style));
}

/**
 * A section heading: level 1 "I. KẾT QUẢ…" and level 2 "1. Công tác…" bold, level 3 bold italic;
 * indented like the body, kept with what follows.
 */
export function heading(text: string, level: 1 | 2 | 3 = 1): Block {
  return ({ layout }) =>
    makeParagraph(layout, text, {
      align: 'justify',
      indent: true,
      bold: true,
      italics: level === 3,
      before: level === 1 ? layout.spacingPt.headingBefore : 0,
      after: layout.spacingPt.paragraph,
      keepNext: true,
    });
}

/** A centred line: "QUYẾT ĐỊNH:", "Kính gửi: …", an annex title. */
export function centered(content: string | readonly Span[], style: ParagraphStyle = {}): Block {
  return ({ layout }) =>
    makeParagraph(layout, content, { align: 'center', after: layout.spacingPt.paragraph, ...style });
}

/** A note in italics, left-aligned, without indent: "Lập ngày 05/03/2026.", "Lưu ý trùng lịch:". */
export function note(content: string | readonly Span[], style: ParagraphStyle = {}): Block {
  return ({ layout }) =>
    makeParagraph(layout, content, { italics: true, after: layout.spacingPt.paragraph, ...style });
}

/** Blank space, in points (the layout's block spacing when not given). */
export function space(pt?: number): Block {
  return ({ layout }) => makeParagraph(layout, '', { after: pt ?? layout.spacingPt.block });
}

/** The rest starts on a new page (an annex). */
export function pageBreak(): Block {
  return () => new Paragraph({ pageBreakBefore: true, children: [] });
}
