// Hashing, signing and verifying result packages (Ed25519 from node:crypto; the key pair is the
// installation's own, kept in congress_keys). The chain starts from the hash of the election as
// counted; each ballot's hash covers the previous hash and the ballot, so an edited, removed or
// inserted ballot breaks every hash after it; the signature covers the head.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import {
  canonicalJson,
  type PackageElection,
  type ResultPackage,
  signedContent,
} from '../../../../domain/congresses/package.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function genesis(election: PackageElection, exportedAt: string): string {
  return sha256(`vanphong-election\n${canonicalJson({ election, exportedAt })}`);
}

export function ballotHash(prev: string, b: { seq: number; valid: boolean; marks: string }): string {
  return sha256(`${prev}\n${canonicalJson({ seq: b.seq, valid: b.valid, marks: b.marks })}`);
}

/** The ballots with their chained hashes, and the head. */
export function chain(
  election: PackageElection,
  exportedAt: string,
  ballots: readonly { seq: number; valid: boolean; marks: string }[],
): { ballots: ResultPackage['ballots']; head: string } {
  let prev = genesis(election, exportedAt);
  const out = ballots.map((b) => {
    prev = ballotHash(prev, b);
    return { seq: b.seq, valid: b.valid, marks: b.marks, hash: prev };
  });
  return { ballots: out, head: prev };
}

/** The first ballot whose hash does not follow from the ones before (0: the head), or null. */
export function brokenLink(p: ResultPackage): number | null {
  let prev = genesis(p.election, p.exportedAt);
  for (const [i, b] of p.ballots.entries()) {
    if (b.seq !== i + 1) return b.seq;
    prev = ballotHash(prev, b);
    if (prev !== b.hash) return b.seq;
  }
  return prev === p.head ? null : 0;
}

export function newKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The SHA-256 of the public key's DER bytes; null when the text is not an Ed25519 public key. */
export function fingerprintOf(publicKey: string): string | null {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return null;
    return createHash('sha256')
      .update(key.export({ type: 'spki', format: 'der' }))
      .digest('hex');
  } catch {
    return null;
  }
}

export function signPackage(p: Omit<ResultPackage, 'signature'>, privateKeyPem: string): string {
  return sign(null, Buffer.from(signedContent(p)), createPrivateKey(privateKeyPem)).toString('base64');
}

export function signatureValid(p: ResultPackage): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(p.station.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, Buffer.from(signedContent(p)), key, Buffer.from(p.signature, 'base64'));
  } catch {
    return false;
  }
}
