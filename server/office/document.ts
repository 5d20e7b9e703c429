// A whole Party document from one description: A4 (portrait or landscape) with the layout's
// margins and font, the heading block, the type name and summary, the body, the closing block
// (recipients and signatures) and what follows it (an annex). No I/O but packing to a Buffer.
import { Document, Packer, PageOrientation } from 'docx';
import { isDraftSymbol, mmToTwip, ptToHalfPoints, textWidthMm } from '../../domain/office.ts';
import { PARTY_LAYOUT, type PartyLayout } from '../../domain/party-layout.ts';
import { type Block, type Page, resolve } from './base.ts';
import { paragraph, space } from './body.ts';
import { type ClosingSpec, closingBlock } from './closing.ts';
import { type HeadingSpec, headingBlock, type TitleSpec, titleBlock } from './heading.ts';

export interface OfficeDocumentSpec {
  /** The file's title (document properties). */
  title: string;
  heading: HeadingSpec;
  /** The type name and summary; none for a công văn (its summary is in the heading). */
  titleBlock?: TitleSpec | null;
  body: readonly Block[];
  /** Recipients and signatures; none for a list printed without signature. */
  closing?: ClosingSpec | null;
  /** After the signatures: an annex. */
  annex?: readonly Block[];
  landscape?: boolean;
  /** The Party layout unless another is given (another font, other margins). */
  layout?: PartyLayout;
}

/** The docx Document: every part is checked (place, symbol, signer's name) before anything is laid out. */
export function officeDocument(spec: OfficeDocumentSpec): Document {
  const layout = spec.layout ?? PARTY_LAYOUT;
  const landscape = spec.landscape ?? false;
  const blocks: Block[] = [
    headingBlock(spec.heading),
    // A công văn has no type name: its body starts after a blank line.
    ...(spec.titleBlock ? [titleBlock(spec.titleBlock)] : [space()]),
    ...spec.body,
    ...(spec.closing ? [closingBlock(spec.closing, { draft: isDraftSymbol(spec.heading.symbol) })] : []),
    ...(spec.annex ?? []),
  ];
  const page: Page = { layout, widthMm: textWidthMm(layout, landscape) };
  const m = layout.marginsMm;
  return new Document({
    creator: 'vanphong',
    title: spec.title,
    styles: {
      default: { document: { run: { font: layout.font, size: ptToHalfPoints(layout.sizes.body) } } },
    },
    sections: [
      {
        properties: {
          page: {
            // Word wants the portrait width and height with the orientation flag; docx swaps them.
            size: {
              width: mmToTwip(layout.page.widthMm),
              height: mmToTwip(layout.page.heightMm),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(m.top),
              bottom: mmToTwip(m.bottom),
              left: mmToTwip(m.left),
              right: mmToTwip(m.right),
            },
          },
        },
        children: resolve(blocks, page),
      },
    ],
  });
}

/** The document as the bytes of a .docx file; rejects with OfficeInputError on a bad input. */
export async function packDocx(spec: OfficeDocumentSpec): Promise<Buffer> {
  return Packer.toBuffer(officeDocument(spec));
}

/**
 * A plain Word file of paragraphs in the layout's font and margins, without the Party heading: what
 * a person writes and uploads (a draft, a written reflection). The demo makes its uploads with it.
 */
export async function packPlainDocx(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const layout = PARTY_LAYOUT;
  const page: Page = { layout, widthMm: textWidthMm(layout, false) };
  const m = layout.marginsMm;
  const doc = new Document({
    creator: 'vanphong',
    title,
    styles: {
      default: { document: { run: { font: layout.font, size: ptToHalfPoints(layout.sizes.body) } } },
    },
    sections: [
      {
        properties: {
          page: {
            margin: {
              top: mmToTwip(m.top),
              bottom: mmToTwip(m.bottom),
              left: mmToTwip(m.left),
              right: mmToTwip(m.right),
            },
          },
        },
        children: resolve(
          paragraphs.map((p) => paragraph(p)),
          page,
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
