// Sessions the Lucia way (lucia-auth.com): create, validate with sliding expiry, invalidate.
import type { Store } from '../storage/store.ts';
import { hashSecret, newSessionToken, secretsMatch, splitSessionToken } from './tokens.ts';

export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const LIFETIME_MS = SESSION_DAYS * DAY_MS;

export interface ValidSession {
  id: string;
  userId: string;
  expiresAt: number;
  /** True when the expiry moved and the cookie should be sent again. */
  renewed: boolean;
}

export function createSessions(store: Store, now: () => number = Date.now) {
  return {
    async create(userId: string): Promise<{ token: string; expiresAt: number }> {
      const { id, secret, token } = newSessionToken();
      const createdAt = now();
      const expiresAt = createdAt + LIFETIME_MS;
      await store.createSession({ id, userId, secretHash: hashSecret(secret), expiresAt, createdAt });
      return { token, expiresAt };
    },

    async validate(token: string | undefined): Promise<ValidSession | null> {
      const parts = token ? splitSessionToken(token) : null;
      if (!parts) return null;
      const row = await store.sessionById(parts.id);
      if (!row || !secretsMatch(hashSecret(parts.secret), row.secretHash)) return null;
      const t = now();
      if (t >= row.expiresAt) {
        await store.deleteSession(row.id);
        return null;
      }
      // Slide the expiry once half the lifetime is used, not on every request.
      if (row.expiresAt - t < LIFETIME_MS / 2) {
        const expiresAt = t + LIFETIME_MS;
        await store.extendSession(row.id, expiresAt);
        return { id: row.id, userId: row.userId, expiresAt, renewed: true };
      }
      return { id: row.id, userId: row.userId, expiresAt: row.expiresAt, renewed: false };
    },

    invalidate: (sessionId: string) => store.deleteSession(sessionId),
    invalidateAllOf: (userId: string) => store.deleteSessionsOfUser(userId),
  };
}

export type Sessions = ReturnType<typeof createSessions>;
