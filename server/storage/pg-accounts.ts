// Accounts, recovery codes and sessions in PostgreSQL.
import type { Runner } from './pg-db.ts';
import type { AccountStore, SessionRow, UserRow } from './store.ts';
import { type UserRecord, toUser } from './rows.ts';

interface SessionRecord {
  id: string;
  user_id: string;
  secret_hash: Uint8Array;
  expires_at: number;
  created_at: number;
}

export function pgAccounts(db: Runner): AccountStore {
  const userWhere = async (column: 'name_key' | 'name_skeleton' | 'id', value: string) =>
    toUser((await db.query<UserRecord>(`SELECT * FROM users WHERE ${column} = $1`, [value]))[0]);

  return {
    async createUser(user: UserRow, nameKey: string, codeHashes: string[], nameSkeleton: string) {
      await db.atomic(async (tx) => {
        await tx.run(
          'INSERT INTO users (id, name, display_name, name_key, name_skeleton, password_hash, email, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [user.id, user.name, user.displayName, nameKey, nameSkeleton, user.passwordHash, user.email, user.createdAt],
        );
        if (codeHashes.length > 0) {
          await tx.run('INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [user.id, codeHashes]);
        }
      });
    },
    userByNameKey: (key) => userWhere('name_key', key),
    userByNameSkeleton: (skeleton) => userWhere('name_skeleton', skeleton),
    userById: (id) => userWhere('id', id),
    setPassword: async (userId, hash) => void (await db.run('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, userId])),
    setEmail: async (userId, email) => void (await db.run('UPDATE users SET email = $1 WHERE id = $2', [email, userId])),
    setLanguage: async (userId, language) => void (await db.run('UPDATE users SET language = $1 WHERE id = $2', [language, userId])),
    useRecoveryCode: async (userId, codeHash, at) =>
      (await db.run('UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL', [at, userId, codeHash])) === 1,
    createSession: async (s: SessionRow) =>
      void (await db.run('INSERT INTO sessions (id, user_id, secret_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)', [
        s.id,
        s.userId,
        Buffer.from(s.secretHash),
        s.expiresAt,
        s.createdAt,
      ])),
    async sessionById(id) {
      const r = (await db.query<SessionRecord>('SELECT * FROM sessions WHERE id = $1', [id]))[0];
      return r && { id: r.id, userId: r.user_id, secretHash: r.secret_hash, expiresAt: r.expires_at, createdAt: r.created_at };
    },
    extendSession: async (id, expiresAt) => void (await db.run('UPDATE sessions SET expires_at = $1 WHERE id = $2', [expiresAt, id])),
    deleteSession: async (id) => void (await db.run('DELETE FROM sessions WHERE id = $1', [id])),
    deleteSessionsOfUser: async (userId) =>
      (await db.query<{ id: string }>('DELETE FROM sessions WHERE user_id = $1 RETURNING id', [userId])).map((r) => r.id),
    deleteOtherSessions: async (userId, keepId) =>
      (await db.query<{ id: string }>('DELETE FROM sessions WHERE user_id = $1 AND id <> $2 RETURNING id', [userId, keepId])).map((r) => r.id),
  };
}
