// A document as Word in the Party layout, described for the office kit (server/office): the heading
// (superior and issuing body, number, marks, the unit's place and date), the type name and summary
// (a công văn has none: its "V/v …" stands under the number), the body line by line, "Nơi nhận:"
// and the signature. Every font, size and margin is the kit's.
import { DOCUMENT_TYPES } from '../../../domain/documents.ts';
import { isDraftSymbol } from '../../../domain/office.ts';
import { type OfficeDocumentSpec, packDocx, paragraphs, recordedSymbol } from '../../office/index.ts';

export interface WordInput {
  direction: string;
  typeCode: string;
  symbol: string | null;
  summary: string;
  content: string | null;
  secrecy: number;
  urgency: number;
  issuedOn: string | null;
  /** The document's own place, else its unit's (never dots). */
  place: string;
  issuerName: string;
  /** The issuer's short code: the "…/TU" of an unnumbered draft's "Số        -CT/TU". */
  issuerCode: string;
  superiorName: string | null;
  signAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
}

/** Where the system does not know who signed: the name is written by hand. */
const SIGN_HINT = '(ký, ghi rõ họ tên)';

function typeName(code: string): string {
  return DOCUMENT_TYPES.find((t) => t.code === code)?.name ?? code;
}

export function documentSpec(d: WordInput): OfficeDocumentSpec {
  const isLetter = d.typeCode === 'CV'; // a công văn has no type name; its summary sits under the number
  // An outgoing document is numbered when it is issued; until then its number is a gap. A received
  // one keeps the sender's number as printed, whatever its form.
  const symbol =
    d.direction === 'in'
      ? recordedSymbol(d.symbol)
      : (recordedSymbol(d.symbol) ?? { typeCode: d.typeCode, issuerCode: d.issuerCode });
  const draft = isDraftSymbol(symbol);
  const signs = Boolean(d.signAuthority?.trim() || d.signerTitle?.trim() || d.signerName?.trim());
  return {
    title: d.summary,
    heading: {
      superior: d.superiorName,
      issuer: d.issuerName,
      symbol,
      place: d.place,
      date: d.issuedOn,
      secrecy: d.secrecy,
      urgency: d.urgency,
      letterSummary: isLetter ? d.summary : null,
    },
    titleBlock: isLetter ? null : { typeName: typeName(d.typeCode), summary: d.summary },
    body: paragraphs(d.content),
    closing: {
      recipients: d.recipients,
      signatures: signs
        ? [
            {
              authority: d.signAuthority,
              position: d.signerTitle ?? '',
              name: d.signerName?.trim() || null,
              // A draft without its signer yet prints the position alone.
              hint: d.signerName?.trim() || draft ? null : SIGN_HINT,
            },
          ]
        : [],
    },
  };
}

export function documentToDocx(d: WordInput): Promise<Buffer> {
  return packDocx(documentSpec(d));
}
