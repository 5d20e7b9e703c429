// JSON shapes of transfer packages: a verified package, and the files an import created.
import { z } from '../../../../domain/validation.ts';

const int = z.number().int();

export const ArchivePackageVerdict = z
  .object({
    ok: z.literal(true),
    files: int,
    documents: int,
    components: int,
    /** The SHA-256 of the package's manifest-sha256.txt, which identifies the package. */
    manifestSha256: z.string().nullable(),
  })
  .openapi('ArchivePackageVerdict');
export type ArchivePackageVerdict = z.infer<typeof ArchivePackageVerdict>;

export const ArchivePackageImport = z
  .object({
    ok: z.literal(true),
    documents: int,
    components: int,
    /** The files created in the receiving unit, closed and declared. */
    files: z.array(z.object({ id: int, fileCode: z.string(), year: int, documents: int })),
  })
  .openapi('ArchivePackageImport');
export type ArchivePackageImport = z.infer<typeof ArchivePackageImport>;
