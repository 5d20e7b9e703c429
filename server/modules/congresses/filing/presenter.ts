// JSON shape of the congress file (hồ sơ đại hội): its manifest (the items, each with its place in
// the package, size and SHA-256).
import { z } from '@hono/zod-openapi';
import { FILING_PARTS } from '../../../../domain/congresses/filing.ts';

const parts = Object.keys(FILING_PARTS) as [keyof typeof FILING_PARTS, ...(keyof typeof FILING_PARTS)[]];

export const FilingManifestJson = z
  .object({
    congress: z.object({
      id: z.number().int(),
      title: z.string(),
      orgName: z.string(),
      term: z.string(),
      heldOn: z.string(),
    }),
    builtAt: z.string(),
    parts: z.array(
      z.object({ part: z.enum(parts), folder: z.string(), label: z.string(), items: z.number().int() }),
    ),
    items: z.array(
      z.object({
        path: z.string(),
        part: z.enum(parts),
        title: z.string(),
        size: z.number().int(),
        sha256: z.string(),
      }),
    ),
  })
  .openapi('CongressFileManifest');

/** The archive file the congress file became. */
export const HandoverJson = z
  .object({
    id: z.number().int(),
    fileCode: z.string(),
    year: z.number().int(),
    documents: z.number().int(),
  })
  .openapi('CongressFileHandover');
