// Detached Ed25519 signatures of the packages (node:crypto): the sender signs the message id and the
// package's bytes; the receiver verifies with the public key the sender handed over at set-up. No
// kept npm library signs edXML with the XML digital signature the standard names, so the signature
// travels beside the package (docs/exchange.md).
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

/** A new key pair: the public key as base64 SPKI DER, the private key as base64 PKCS#8 DER. */
export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

function signedBytes(messageId: string, pkg: string | Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`${messageId}\n`, 'utf8'),
    Buffer.isBuffer(pkg) ? pkg : Buffer.from(pkg, 'utf8'),
  ]);
}

export function signPackage(privateKey: string, messageId: string, pkg: string | Buffer): string {
  const key = { key: Buffer.from(privateKey, 'base64'), format: 'der' as const, type: 'pkcs8' as const };
  return sign(null, signedBytes(messageId, pkg), key).toString('base64');
}

export function verifyPackage(
  publicKey: string,
  messageId: string,
  pkg: string | Buffer,
  signature: string,
): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, signedBytes(messageId, pkg), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** Whether a text is an Ed25519 public key in the form exchanged at set-up. */
export function isPublicKey(publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}
