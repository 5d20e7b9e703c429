// The office-output kit: Party documents (Hướng dẫn 36-HD/VPTW) as Word files, every font, size and
// margin from domain/party-layout.ts, the text rules from domain/office.ts. A caller describes the
// document (heading, title, body blocks, closing) and gets a Buffer; it never touches docx itself.
export {
  type DraftSymbol,
  OfficeInputError,
  type RawSymbol,
  recordedSymbol,
  type SymbolSpec,
} from '../../domain/office.ts';
export type { Align, Block, ParagraphStyle, Span } from './base.ts';
export { centered, heading, note, pageBreak, paragraph, paragraphs, space } from './body.ts';
export type { ClosingSpec, SignatureSpec } from './closing.ts';
export { type OfficeDocumentSpec, officeDocument, packDocx, packPlainDocx } from './document.ts';
export type { HeadingSpec, TitleSpec } from './heading.ts';
export { type Cell, type Column, type TableSpec, table } from './table.ts';
