// Token helpers (server/auth/tokens.ts): shapes, randomness, parsing and constant-time matching.
import { describe, expect, it } from 'vitest';
import {
  hashSecret,
  hashSecretHex,
  isInvitationTokenShape,
  newId,
  newInvitationToken,
  newRecoveryCode,
  newSessionToken,
  normaliseRecoveryCode,
  randomToken,
  secretsMatch,
  splitSessionToken,
} from '../../server/auth/tokens.ts';

const BASE32 = /^[a-z2-7]+$/;
const many = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe('random tokens', () => {
  it('encodes n random bytes as lower-case base32 without padding', () => {
    expect(randomToken(8)).toMatch(/^[a-z2-7]{13}$/);
    expect(randomToken(10)).toMatch(/^[a-z2-7]{16}$/);
    expect(randomToken(20)).toMatch(/^[a-z2-7]{32}$/);
  });

  it('never repeats across many draws', () => {
    for (const make of [newId, newInvitationToken, () => newSessionToken().token, newRecoveryCode])
      expect(new Set(many(2000, make)).size).toBe(2000);
  });

  it('makes space ids of 16 characters (80 bits)', () => {
    expect(newId()).toMatch(/^[a-z2-7]{16}$/);
  });
});

describe('session tokens', () => {
  it('are <id>.<secret> with a 120-bit id and a 160-bit secret', () => {
    const { id, secret, token } = newSessionToken();
    expect(id).toMatch(/^[a-z2-7]{24}$/);
    expect(secret).toMatch(/^[a-z2-7]{32}$/);
    expect(token).toBe(`${id}.${secret}`);
  });

  it('split back into the id and the secret they were made from', () => {
    const { id, secret, token } = newSessionToken();
    expect(splitSessionToken(token)).toEqual({ id, secret });
  });

  it('refuse to split anything malformed', () => {
    const { id, secret, token } = newSessionToken();
    const malformed = [
      '',
      '.',
      id,
      `${id}.`,
      `.${secret}`,
      `${id}${secret}`,
      `${id}.${secret}.${secret}`,
      token.toUpperCase(),
      ` ${token}`,
      `${token}\n`,
      `${id}.${secret.slice(1)}`,
      `${id}x.${secret}`,
      `${id.slice(0, -1)}1.${secret}`,
      `${id}.${secret.slice(0, -1)}8`,
      `${id}%2e${secret}`,
      'a'.repeat(10_000),
    ];
    for (const bad of malformed) expect(splitSessionToken(bad), JSON.stringify(bad.slice(0, 80))).toBeNull();
  });
});

describe('invitation tokens', () => {
  it('carry 160 random bits and match the accepted shape', () => {
    const token = newInvitationToken();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(isInvitationTokenShape(token)).toBe(true);
  });

  it('reject any other shape before a lookup', () => {
    const token = newInvitationToken();
    for (const bad of ['', token.slice(1), `${token}a`, token.toUpperCase(), `${token.slice(1)}0`, `../${token.slice(3)}`])
      expect(isInvitationTokenShape(bad)).toBe(false);
  });
});

describe('recovery codes', () => {
  it('read as four groups of four base32 characters', () => {
    expect(newRecoveryCode()).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
  });

  it('normalise whatever case, spacing and dashes a person typed', () => {
    const code = newRecoveryCode();
    const plain = code.replace(/-/g, '');
    expect(normaliseRecoveryCode(code)).toBe(plain);
    expect(normaliseRecoveryCode(` ${code.toUpperCase().replace(/-/g, ' ')} `)).toBe(plain);
    expect(normaliseRecoveryCode(plain)).toMatch(BASE32);
  });
});

describe('secret hashes', () => {
  it('are SHA-256: 32 bytes, 64 hex characters, the same for the same secret', () => {
    expect(hashSecret('secret')).toHaveLength(32);
    expect(hashSecretHex('secret')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretHex('secret')).toBe('2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b');
    expect(hashSecretHex('secret')).not.toBe(hashSecretHex('secret '));
  });

  it('match only an identical hash, and never one of another length', () => {
    const a = hashSecret('one secret');
    expect(secretsMatch(a, hashSecret('one secret'))).toBe(true);
    expect(secretsMatch(a, hashSecret('another secret'))).toBe(false);
    expect(secretsMatch(a, a.slice(0, 31))).toBe(false);
    expect(secretsMatch(a, new Uint8Array(0))).toBe(false);
    const flipped = a.slice();
    flipped[31] = (flipped[31] ?? 0) ^ 1;
    expect(secretsMatch(a, flipped)).toBe(false);
  });
});
