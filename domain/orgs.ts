// Organisation kinds (the stable API, docs/design.md) and which kind may sit under which.

export const ORG_KINDS = [
  'central',
  'provincial',
  'direct_committee',
  'grassroots',
  'cell',
  'board',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  central: 'Trung ương',
  provincial: 'Tỉnh ủy / Thành ủy',
  direct_committee: 'Đảng ủy trực thuộc',
  grassroots: 'Tổ chức cơ sở đảng',
  cell: 'Chi bộ',
  board: 'Ban, văn phòng, ủy ban kiểm tra',
};

/**
 * Allowed parents per kind. Loose on purpose: since 1/7/2025 communes report straight to the
 * Thành ủy, chi bộ may sit directly under a ward committee, and boards exist at every committee.
 */
export const ORG_PARENT_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  central: [],
  provincial: ['central'],
  direct_committee: ['provincial', 'central'],
  grassroots: ['direct_committee', 'provincial'],
  cell: ['grassroots', 'direct_committee', 'provincial'],
  board: ['central', 'provincial', 'direct_committee', 'grassroots'],
};

export function canBeChildOf(kind: OrgKind, parentKind: OrgKind): boolean {
  return ORG_PARENT_KINDS[kind].includes(parentKind);
}

/** ltree label of an organisation: ltree on PostgreSQL 15 allows only [A-Za-z0-9_]. */
export function orgLabel(id: number): string {
  return `o${id}`;
}

// The committee words that open a unit's name ("Thành ủy Hà Nội", "Đảng bộ tỉnh Nghệ An"), in both
// spellings of "ủy" (ủy / uỷ), and the administrative words of a province that follow "Đảng bộ".
const COMMITTEE =
  /^(?:ban thường vụ\s+)?(?:thành|tỉnh|huyện|quận|thị|đảng)\s+(?:ủy|uỷ)\s+|^đảng\s+bộ\s+(?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s)/iu;
const PROVINCE = /^(?:tỉnh|thành phố)\s+/u;
/** Dots or underscores: a blank to fill by hand, never a place. */
const PLACEHOLDER = /…|\.{2,}|_{2,}/;

/** Whether a text can be printed as a place name (địa danh): letters, no dots standing for one. */
export function isPlaceName(s: string): boolean {
  return /\p{L}/u.test(s) && !PLACEHOLDER.test(s);
}

/**
 * The place name implied by a committee's name: "Thành ủy Hà Nội" → "Hà Nội", "Tỉnh ủy Nghệ An" →
 * "Nghệ An", "Đảng bộ tỉnh Nghệ An" → "Nghệ An", "Đảng ủy phường Cửa Nam" → "Phường Cửa Nam";
 * null when the name does not open with such words.
 */
export function placeFromName(name: string): string | null {
  const n = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = COMMITTEE.exec(n);
  if (!m) return null;
  let rest = n.slice(m[0].length);
  if (/^đảng\s+bộ/iu.test(m[0]) || /^(?:thành|tỉnh)/iu.test(m[0])) rest = rest.replace(PROVINCE, '');
  rest = rest.trim();
  if (!isPlaceName(rest)) return null;
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/**
 * The place printed on a unit's documents ("Hà Nội, ngày …"): the unit's own, else the nearest
 * ancestor's, else the one implied by the root unit's name, else the unit's name.
 */
export function effectivePlace(u: {
  name: string;
  place: string | null;
  inheritedPlace: string | null;
  rootName: string | null;
}): string {
  for (const p of [u.place, u.inheritedPlace]) if (p?.trim()) return p.trim();
  return placeFromName(u.rootName ?? u.name) ?? u.name;
}
