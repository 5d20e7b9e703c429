// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's baseline).
import { hash, verify } from '@node-rs/argon2';
import { randomToken } from './crypto.ts';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against a fixed hash when the account does not exist keeps the response time the same,
// so timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hash(randomToken());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A password for a first admin or a reset: 16 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = Buffer.from(randomToken(32), 'base64url');
  let out = '';
  for (let i = 0; out.length < 16 && i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  return out.length === 16 ? out : generatePassword();
}
