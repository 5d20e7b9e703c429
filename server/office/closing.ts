// The end of a Party document: "Nơi nhận:" with its list on the left (each line "- …,", the last
// "- Lưu Văn phòng."), the signature block on the right: the authority ("T/M BAN THƯỜNG VỤ"), the
// position ("BÍ THƯ"), the space for the signature and seal, then the signer's full name. Two
// signatures (a biên bản) stand side by side.
import { mmToTwip, recipientLines, signerName } from '../../domain/office.ts';
import type { PartyLayout } from '../../domain/party-layout.ts';
import { type Block, type DocxBlock, lines, makeParagraph, upper } from './base.ts';
import { sideBySide, sideBySideRows } from './table.ts';

export interface SignatureSpec {
  /** "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", or none when a person signs in their own name. */
  authority?: string | null;
  /** "BÍ THƯ", "PHÓ BÍ THƯ", "NGƯỜI THỰC HIỆN"; several lines allowed ("ĐẠI DIỆN HỘI ĐỒNG\nXÁC ĐỊNH…"). */
  position: string;
  /** The signer's full name, printed under the signature: required. */
  name: string;
  /** A hint in italics under the position, e.g. "(ký, ghi rõ họ tên)". */
  hint?: string | null;
}

export interface ClosingSpec {
  /** The recipients ("Thường trực Thành ủy"); the archive line is added. None: no "Nơi nhận:". */
  recipients?: readonly string[] | null;
  /** The last line; the layout's "Lưu Văn phòng" when not given, none with null. */
  archive?: string | null;
  /** One signature, or two side by side. */
  signatures: readonly [SignatureSpec] | readonly [SignatureSpec, SignatureSpec];
}

/** A signature in two parts: the authority and position (with the hint), then the space and the name. */
function signatureParts(layout: PartyLayout, s: SignatureSpec, name: string) {
  const size = layout.sizes.signature;
  const heads = [s.authority, ...s.position.split('\n')]
    .map((l) => (l ?? '').trim())
    .filter(Boolean)
    .map(upper);
  const hint = s.hint ? lines(layout, [s.hint], { size: layout.sizes.signatureHint, italics: true }) : [];
  return [
    [...lines(layout, heads, { size, bold: true, keepNext: true }), ...hint],
    [
      // The space for the signature and the seal, then the name.
      makeParagraph(layout, '', { size, after: mmToTwip(layout.signatureSpaceMm) / 20, keepNext: true }),
      ...lines(layout, [name], { size, bold: true }),
    ],
  ] as const;
}

function recipientsLines(layout: PartyLayout, items: readonly string[]) {
  return [
    makeParagraph(layout, layout.recipientsLabel, {
      size: layout.sizes.recipientsLabel,
      bold: true,
      underline: true,
    }),
    ...items.map((t) => makeParagraph(layout, t, { size: layout.sizes.recipients })),
  ];
}

/** The closing block; throws OfficeInputError when a signer has no name. */
export function closingBlock(c: ClosingSpec): Block {
  const names = c.signatures.map((s) => signerName(s.name));
  const items = c.recipients ? recipientLines(c.recipients, c.archive) : null;
  return (page) => {
    const { layout } = page;
    const split = layout.columnsPercent.closing;
    const signs = c.signatures.map((s, i) => signatureParts(layout, s, names[i]!));
    const gap = () => makeParagraph(layout, '', { after: layout.spacingPt.block, keepNext: true });
    const out: DocxBlock[] = [gap()];
    const [first, second] = signs;
    if (second) {
      // Two signers: positions on one row, names on the next, so both names line up.
      out.push(
        sideBySideRows(
          page,
          [
            [first![0], second[0]],
            [first![1], second[1]],
          ],
          50,
        ),
      );
      if (items) out.push(gap(), ...recipientsLines(layout, items));
    } else {
      out.push(
        sideBySide(page, items ? recipientsLines(layout, items) : [], [...first![0], ...first![1]], split),
      );
    }
    return out;
  };
}
