// Random tokens and their hashes, the Lucia way: ids and secrets from the CSPRNG, only a
// SHA-256 of each secret stored, secrets compared in constant time.
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

const encoder = new TextEncoder();

/** A random string of `bytes` random bytes in lower-case base32 (8 bytes -> 13 chars). */
export function randomToken(bytes: number): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return encodeBase32LowerCaseNoPadding(buf);
}

export const hashSecret = (secret: string): Uint8Array => sha256(encoder.encode(secret));
export const hashSecretHex = (secret: string): string => encodeHexLowerCase(hashSecret(secret));

export const secretsMatch = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && constantTimeEqual(a, b);

/** Session tokens are `<id>.<secret>`: the id finds the row, the secret proves possession. */
export function newSessionToken(): { id: string; secret: string; token: string } {
  const id = randomToken(15);
  const secret = randomToken(20);
  return { id, secret, token: `${id}.${secret}` };
}

export function splitSessionToken(token: string): { id: string; secret: string } | null {
  const match = /^([a-z2-7]{24})\.([a-z2-7]{32})$/.exec(token);
  return match ? { id: match[1] as string, secret: match[2] as string } : null;
}

/** Invitation tokens carry 160 random bits; only their hash is stored. */
export const newInvitationToken = (): string => randomToken(20);
export const isInvitationTokenShape = (token: string): boolean => /^[a-z2-7]{32}$/.test(token);

/** Recovery codes: ten per account, shown once, grouped for reading aloud. */
export function newRecoveryCode(): string {
  const raw = randomToken(10); // 16 chars, 80 bits
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}`;
}
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z2-7]/g, '');

export const newId = (): string => randomToken(10);
