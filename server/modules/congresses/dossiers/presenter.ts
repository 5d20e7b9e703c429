// JSON shape of a candidate's dossier (hồ sơ nhân sự) with the files of the dossier.
import { z } from '@hono/zod-openapi';
import { toIso } from '../../../db/sql.ts';
import type { CandidateFileRow, CandidateRow } from './queries.ts';

export const CandidateFileJson = z
  .object({
    id: z.number().int(),
    name: z.string(),
    mime: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: z.string().nullable(),
    url: z.string(),
  })
  .openapi('CongressCandidateFile');

export const CandidateJson = z
  .object({
    id: z.number().int(),
    /** The member of the records, when the candidate is one. */
    memberId: z.number().int().nullable(),
    fullName: z.string(),
    birthDate: z.string().nullable(),
    admittedOn: z.string().nullable(),
    position: z.string().nullable(),
    education: z.string().nullable(),
    theoryLevel: z.string().nullable(),
    summary: z.string().nullable(),
    files: z.array(CandidateFileJson),
  })
  .openapi('CongressCandidate');
export type CandidateJson = z.infer<typeof CandidateJson>;

export const CandidateList = z.object({ items: z.array(CandidateJson) }).openapi('CongressCandidateList');
export type CandidateList = z.infer<typeof CandidateList>;

export function presentCandidates(candidates: CandidateRow[], files: CandidateFileRow[]): CandidateList {
  return {
    items: candidates.map((c) => ({
      id: Number(c.id),
      memberId: c.member_id === null ? null : Number(c.member_id),
      fullName: c.full_name,
      birthDate: c.birth_date,
      admittedOn: c.admitted_on,
      position: c.position,
      education: c.education,
      theoryLevel: c.theory_level,
      summary: c.summary,
      files: files
        .filter((f) => Number(f.candidate_id) === Number(c.id))
        .map((f) => ({
          id: Number(f.id),
          name: f.name,
          mime: f.mime,
          size: Number(f.size),
          sha256: f.sha256,
          createdAt: toIso(f.created_at),
          url: `/api/congresses/${Number(c.congress_id)}/candidates/${Number(c.id)}/files/${Number(f.id)}`,
        })),
    })),
  };
}
