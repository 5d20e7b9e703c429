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
