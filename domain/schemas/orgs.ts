import { isPlaceName, ORG_KINDS } from '../orgs.ts';
import { id, isoDate, limitParam, text, z } from '../validation.ts';

export const shortCode = text(20).refine((s) => /^[\p{L}\p{N}\-_.]+$/u.test(s), {
  message: 'chỉ gồm chữ, số và các dấu - _ .',
});

/** The place name (địa danh) printed before a document's date; "" clears it. */
export const placeName = text(100, 0).refine((s) => s === '' || isPlaceName(s), {
  message: 'phải là tên địa danh (có chữ), không phải dấu chấm',
});

export const createOrgBody = z.object({
  name: text(200),
  shortCode,
  kind: z.enum(ORG_KINDS),
  parentId: id.nullable().optional(),
  on: isoDate.optional(),
  place: placeName.optional(),
});

/** A new name or code (dated, kept in the history), and/or the place name (not dated). */
export const renameOrgBody = z.object({
  name: text(200).optional(),
  shortCode: shortCode.optional(),
  on: isoDate.optional(),
  place: placeName.nullable().optional(),
});

export const moveOrgBody = z.object({ parentId: id, on: isoDate.optional() });

/** Several units become one (the successor may be new or one of them). */
export const mergeOrgsBody = z.object({
  predecessorIds: z.array(id).min(1).max(50),
  into: z.union([
    z.object({ existingId: id }),
    z.object({ name: text(200), shortCode, kind: z.enum(ORG_KINDS), parentId: id }),
  ]),
  on: isoDate,
});

/** One unit becomes several new ones. */
export const splitOrgBody = z.object({
  successors: z
    .array(z.object({ name: text(200), shortCode, kind: z.enum(ORG_KINDS), parentId: id.optional() }))
    .min(2)
    .max(20),
  on: isoDate,
});

export const treeQuery = z.object({
  asOf: isoDate.optional(),
  includeInactive: z.enum(['0', '1']).optional(),
});

/** A search of the units by name or code, diacritics ignored. */
export const orgSearchQuery = z.object({ q: text(100), limit: limitParam });
