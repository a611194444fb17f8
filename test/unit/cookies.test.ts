// The session cookie (server/auth/cookies.ts): attributes by scheme, and a reader that
// does not trust the Cookie header's shape.
import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName } from '../../server/auth/cookies.ts';

const http = { https: false };
const https = { https: true };
const TOKEN = 'abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567';
const EXPIRES = Date.UTC(2026, 5, 1, 12, 0, 0);

const attributes = (cookie: string) => cookie.split('; ').slice(1);

describe('session cookie', () => {
  it('over plain HTTP is HttpOnly and SameSite=Lax, without Secure or the __Host- prefix', () => {
    const cookie = sessionCookie(http, TOKEN, EXPIRES);
    expect(sessionCookieName(http)).toBe('mend_session');
    expect(cookie.startsWith(`mend_session=${TOKEN}; `)).toBe(true);
    expect(attributes(cookie)).toEqual(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Expires=Mon, 01 Jun 2026 12:00:00 GMT']);
  });

  it('over HTTPS adds Secure and the __Host- prefix, with Path=/ and no Domain', () => {
    const cookie = sessionCookie(https, TOKEN, EXPIRES);
    expect(sessionCookieName(https)).toBe('__Host-mend_session');
    expect(cookie.startsWith(`__Host-mend_session=${TOKEN}; `)).toBe(true);
    expect(attributes(cookie)).toContain('Secure');
    expect(attributes(cookie)).toContain('Path=/');
    expect(attributes(cookie)).toContain('HttpOnly');
    expect(attributes(cookie)).toContain('SameSite=Lax');
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('is cleared with an empty value and Max-Age=0, under the same name and scheme rules', () => {
    expect(clearedSessionCookie(http)).toBe('mend_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    expect(clearedSessionCookie(https)).toBe('__Host-mend_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure');
  });
});

describe('readCookie', () => {
  it('finds a cookie among others, whatever the spacing', () => {
    expect(readCookie(`a=1; mend_session=${TOKEN}; b=2`, 'mend_session')).toBe(TOKEN);
    expect(readCookie(`a=1;mend_session=${TOKEN};b=2`, 'mend_session')).toBe(TOKEN);
    expect(readCookie(`  mend_session = ${TOKEN}  `, 'mend_session')).toBe(TOKEN);
  });

  it('returns nothing for a missing, empty or absent header', () => {
    expect(readCookie(undefined, 'mend_session')).toBeUndefined();
    expect(readCookie(null, 'mend_session')).toBeUndefined();
    expect(readCookie('', 'mend_session')).toBeUndefined();
    expect(readCookie('a=1; b=2', 'mend_session')).toBeUndefined();
  });

  it('does not confuse names that only contain or extend the one asked for', () => {
    expect(readCookie(`xmend_session=${TOKEN}`, 'mend_session')).toBeUndefined();
    expect(readCookie(`mend_session_old=${TOKEN}`, 'mend_session')).toBeUndefined();
    expect(readCookie(`__Host-mend_session=${TOKEN}`, 'mend_session')).toBeUndefined();
    expect(readCookie(`mend_session=${TOKEN}`, '__Host-mend_session')).toBeUndefined();
  });

  it('skips parts without "=" and keeps "=" inside a value', () => {
    expect(readCookie(`garbage; ;;=; mend_session=${TOKEN}`, 'mend_session')).toBe(TOKEN);
    expect(readCookie('mend_session=a=b', 'mend_session')).toBe('a=b');
  });

  it('takes the first of repeated cookies', () => {
    expect(readCookie('mend_session=first; mend_session=second', 'mend_session')).toBe('first');
  });

  it('ignores a header too long to be honest', () => {
    expect(readCookie(`${'x=1; '.repeat(2000)}mend_session=${TOKEN}`, 'mend_session')).toBeUndefined();
  });
});
