// The session cookie: HttpOnly and SameSite=Lax always; Secure with the __Host- prefix when the
// app is served over HTTPS (browsers refuse __Host- cookies without Secure).
export interface CookieOptions {
  https: boolean;
}

export const sessionCookieName = (o: CookieOptions) => (o.https ? '__Host-mend_session' : 'mend_session');

export function sessionCookie(o: CookieOptions, token: string, expiresAt: number): string {
  const attrs = [`${sessionCookieName(o)}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Expires=${new Date(expiresAt).toUTCString()}`];
  if (o.https) attrs.push('Secure');
  return attrs.join('; ');
}

export function clearedSessionCookie(o: CookieOptions): string {
  const attrs = [`${sessionCookieName(o)}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0'];
  if (o.https) attrs.push('Secure');
  return attrs.join('; ');
}

export const deviceCookieName = (o: CookieOptions) => (o.https ? '__Host-mend_device' : 'mend_device');

/** The device cookie (server/auth/devices.ts): sent only with our own requests, never read by scripts. */
export function deviceCookie(o: CookieOptions, value: string, expiresAt: number): string {
  const attrs = [`${deviceCookieName(o)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Expires=${new Date(expiresAt).toUTCString()}`];
  if (o.https) attrs.push('Secure');
  return attrs.join('; ');
}

/** Reads one cookie from a Cookie header without trusting its shape. */
export function readCookie(header: string | undefined | null, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
