// The session's calls: who is signed in, logging in and out, and enrolling the second factor.
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';

export type Me = Schema<'Me'>;
export type TotpSetup = Schema<'TotpSetup'>;

export const sessionKeys = {
  /** The signed-in user; logging out drops every other query and keeps this one. */
  me: ['me'] as const,
};

/** The signed-in user, or null without a session (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(http.GET('/api/auth/me'));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export interface Credentials {
  username: string;
  password: string;
  otp?: string | undefined;
}

export function login(body: Credentials): Promise<Me> {
  return unwrap(http.POST('/api/auth/login', { body }));
}

export async function logout(): Promise<void> {
  await unwrap(http.POST('/api/auth/logout'));
}

/** A new TOTP secret (and its otpauth:// URI for the QR code). */
export function useTotpSetup() {
  return useMutation({ mutationFn: () => unwrap(http.POST('/api/auth/totp/setup')) });
}

/** Turns the second factor on with the first code from the phone. */
export async function enableTotp(body: { code: string }): Promise<void> {
  await unwrap(http.POST('/api/auth/totp/enable', { body }));
}
