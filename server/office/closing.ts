// The end of a Party document: "Nơi nhận:" with its list on the left (each line "- …,", the last
// "- Lưu Văn phòng."), the signature block on the right: the authority ("T/M BAN THƯỜNG VỤ"), the
// position ("BÍ THƯ"), the space for the signature and seal, then the signer's full name. Two
// signatures (a biên bản) stand side by side. Without a name, the hint "(ký, ghi rõ họ tên)" under
// the position asks for it by hand; only an unnumbered draft may leave both out.
import { mmToTwip, OfficeInputError, recipientLines, signerName } from '../../domain/office.ts';
import type { PartyLayout } from '../../domain/party-layout.ts';
import { type Block, type DocxBlock, lines, makeParagraph, upper } from './base.ts';
import { sideBySide, sideBySideRows } from './table.ts';

export interface SignatureSpec {
  /** "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", or none when a person signs in their own name. */
  authority?: string | null;
  /** "BÍ THƯ", "PHÓ BÍ THƯ", "NGƯỜI THỰC HIỆN"; several lines allowed ("ĐẠI DIỆN HỘI ĐỒNG\nXÁC ĐỊNH…"). */
  position: string;
  /**
   * The signer's full name, printed under the signature. Null only when the system does not know
   * it: then a hint must ask for it, unless the document is an unnumbered draft (a working copy).
   */
  name: string | null;
  /** A hint in italics under the position, e.g. "(ký, ghi rõ họ tên)". */
  hint?: string | null;
}

export interface ClosingSpec {
  /** The recipients ("Thường trực Thành ủy"); the archive line is added. None: no "Nơi nhận:". */
  recipients?: readonly string[] | null;
  /** The last line; the layout's "Lưu Văn phòng" when not given, none with null. */
  archive?: string | null;
  /** One signature, or two side by side; none when nobody signs (a copy of a received document). */
  signatures: readonly SignatureSpec[];
}

/** A signature in two parts: the authority and position (with the hint), then the space and the name. */
function signatureParts(layout: PartyLayout, s: SignatureSpec, name: string | null) {
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
      makeParagraph(layout, '', { size, after: mmToTwip(layout.signatureSpaceMm) / 20, keepNext: !!name }),
      ...(name ? lines(layout, [name], { size, bold: true }) : []),
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

/** The name to print: checked when given; null allowed with a hint, or on an unnumbered draft. */
function nameOf(s: SignatureSpec, draft: boolean): string | null {
  if (s.name !== null) return signerName(s.name);
  if (s.hint?.trim() || draft) return null;
  throw new OfficeInputError('Họ và tên người ký: chưa có (chỉ dự thảo chưa có số mới được để trống).');
}

/**
 * The closing block; throws OfficeInputError when a signer has no name (except with a hint or on an
 * unnumbered draft) or a signature has neither position nor name.
 */
export function closingBlock(c: ClosingSpec, opts: { draft?: boolean } = {}): Block {
  if (c.signatures.length > 2) throw new OfficeInputError('Nhiều nhất hai chữ ký cạnh nhau.');
  const names = c.signatures.map((s) => nameOf(s, opts.draft ?? false));
  c.signatures.forEach((s, i) => {
    if (!`${s.authority ?? ''}${s.position}`.trim() && !names[i])
      throw new OfficeInputError('Chữ ký: chưa có chức vụ, chưa có tên người ký.');
  });
  const items = c.recipients ? recipientLines(c.recipients, c.archive) : null;
  return (page) => {
    const { layout } = page;
    const split = layout.columnsPercent.closing;
    const signs = c.signatures.map((s, i) => signatureParts(layout, s, names[i] ?? null));
    const gap = () => makeParagraph(layout, '', { after: layout.spacingPt.block, keepNext: true });
    const out: DocxBlock[] = [gap()];
    const [first, second] = signs;
    if (!first) {
      if (items) out.push(sideBySide(page, recipientsLines(layout, items), [], split));
    } else if (second) {
      // Two signers: positions on one row, names on the next, so both names line up.
      out.push(
        sideBySideRows(
          page,
          [
            [first[0], second[0]],
            [first[1], second[1]],
          ],
          50,
        ),
      );
      if (items) out.push(gap(), ...recipientsLines(layout, items));
    } else {
      out.push(
        sideBySide(page, items ? recipientsLines(layout, items) : [], [...first[0], ...first[1]], split),
      );
    }
    return out;
  };
}
