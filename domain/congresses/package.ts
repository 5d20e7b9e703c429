// The signed result package a counting station (a laptop running offline) exports and the server
// imports (docs/congresses.md): the election as counted, the ballots in order each with the hash
// that chains it to the one before, the chain's head, the result, the station's public key and its
// Ed25519 signature over all of it.
import { text, z } from '../validation.ts';
import { MAX_BALLOTS, MAX_CANDIDATES } from './schemas.ts';

export const PACKAGE_FORMAT = 'vanphong.election-package/1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'phải là mã băm SHA-256 (64 ký tự hex)' });
const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const packageElection = z.strictObject({
  title: text(300),
  kind: z.enum(['election', 'nomination']),
  seats: int(1, MAX_CANDIDATES),
  convened: int(1, 100_000),
  candidates: z.array(text(200)).min(1).max(MAX_CANDIDATES),
  rules: z.strictObject({
    surplus: z.strictObject({ percent: int(0, 100), minExtra: int(0, 5) }),
    majority: z.strictObject({ base: int(1, 2), percent: int(50, 99) }),
    validity: z.strictObject({ overSeatsInvalid: int(0, 1), blankInvalid: int(0, 1) }),
  }),
});
export type PackageElection = z.infer<typeof packageElection>;

export const packageBallot = z.strictObject({
  seq: int(1, MAX_BALLOTS * 20),
  valid: z.boolean(),
  marks: z
    .string()
    .regex(/^[01]*$/, { message: 'chỉ gồm 0 và 1' })
    .max(MAX_CANDIDATES),
  hash: hex64,
});

export const packageResult = z.strictObject({
  validBallots: int(0, 100_000),
  items: z.array(
    z.strictObject({
      fullName: z.string().max(800),
      votes: int(0, 100_000),
      elected: z.boolean(),
      runoff: z.boolean(),
    }),
  ),
});
export type PackageResult = z.infer<typeof packageResult>;

export const resultPackage = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  station: z.strictObject({ name: text(200), publicKey: z.string().max(2000), fingerprint: hex64 }),
  exportedAt: z.string().max(40),
  election: packageElection,
  ballots: z.array(packageBallot).max(100_000),
  head: hex64,
  result: packageResult,
  signature: z.string().max(200),
});
export type ResultPackage = z.infer<typeof resultPackage>;

/** JSON with sorted keys and no spaces: the bytes that are hashed and signed. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What the signature covers: everything but the signature itself. */
export function signedContent(p: Omit<ResultPackage, 'signature'>): string {
  const { format, station, exportedAt, election, head, result } = p;
  return canonicalJson({ format, station, exportedAt, election, head, result });
}
