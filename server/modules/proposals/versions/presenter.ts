// JSON shapes of a scheme's versions: the list entry (the upload's answer too), the text of one
// version as paragraphs, and the readable diff between two versions.

import type { ParagraphDiff } from '../../../../domain/proposals/diff.ts';
import { STAGE_LABELS, STAGES } from '../../../../domain/proposals/labels.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { VersionRow } from './queries.ts';

const int = z.number().int();

export const ProposalVersion = z
  .object({
    /** The version's number: 1 for the first draft uploaded, then 2, … */
    version: int,
    name: z.string(),
    size: int,
    sha256: z.string(),
    textChars: int,
    paragraphCount: int,
    /** The stage the scheme was at when it was uploaded. */
    stage: z.enum(STAGES),
    stageLabel: z.string(),
    note: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
    url: z.string(),
  })
  .openapi('ProposalVersion');
export type ProposalVersion = z.infer<typeof ProposalVersion>;

export function presentVersion(v: VersionRow): ProposalVersion {
  return {
    version: v.number,
    name: v.name,
    size: Number(v.size),
    sha256: v.sha256,
    textChars: v.text_chars,
    paragraphCount: v.paragraph_count,
    stage: v.stage,
    stageLabel: STAGE_LABELS[v.stage],
    note: v.note,
    createdByName: v.created_by_name,
    createdAt: toIso(v.created_at),
    url: `/api/proposals/${v.proposal_id}/versions/${v.number}/file`,
  };
}

export const ProposalVersionText = ProposalVersion.extend({
  paragraphs: z.array(z.string()),
}).openapi('ProposalVersionText');
export type ProposalVersionText = z.infer<typeof ProposalVersionText>;

const part = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ProposalDiff = z
  .object({
    from: ProposalVersion,
    to: ProposalVersion,
    stats: z.object({ same: int, added: int, removed: int, changed: int }),
    /**
     * Paragraph by paragraph, in reading order: `same` and `removed` carry `from` (the paragraph's
     * index in the earlier version), `same`, `added` and `changed` carry `to`; a `changed` paragraph
     * has its word-level `parts`, the others their `text`.
     */
    blocks: z.array(
      z.object({
        kind: z.enum(['same', 'added', 'removed', 'changed']),
        from: int.nullable(),
        to: int.nullable(),
        text: z.string().nullable(),
        parts: z.array(part).nullable(),
      }),
    ),
  })
  .openapi('ProposalDiff');
export type ProposalDiff = z.infer<typeof ProposalDiff>;

export function presentDiff(from: VersionRow, to: VersionRow, d: ParagraphDiff): ProposalDiff {
  return {
    from: presentVersion(from),
    to: presentVersion(to),
    stats: d.stats,
    blocks: d.blocks.map((b) => ({
      kind: b.kind,
      from: 'from' in b ? b.from : null,
      to: 'to' in b ? b.to : null,
      text: 'text' in b ? b.text : null,
      parts: 'parts' in b ? b.parts : null,
    })),
  };
}
