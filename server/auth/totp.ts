// TOTP second factor (RFC 6238, 30 s, 6 digits) with @oslojs/otp; one step of clock drift allowed.

import { randomBytes } from 'node:crypto';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateTOTP, verifyTOTPWithGracePeriod } from '@oslojs/otp';

export function newTotpSecret(): string {
  return encodeBase32UpperCaseNoPadding(randomBytes(20));
}

function key(secret: string): Uint8Array {
  return decodeBase32IgnorePadding(secret);
}

export function totpUri(secret: string, username: string, issuer = 'vanphong'): string {
  return createTOTPKeyURI(issuer, username, key(secret), 30, 6);
}

export function verifyTotp(secret: string, code: string): boolean {
  return verifyTOTPWithGracePeriod(key(secret), 30, 6, code, 30);
}

/** The current code (tests and the CLI's self-check). */
export function currentTotp(secret: string): string {
  return generateTOTP(key(secret), 30, 6);
}
