// Accounts, recovery codes and sessions in SQLite.
import type { Db, Sync } from './db.ts';
import type { AccountStore, SessionRow, UserRow } from './store.ts';
import { type UserRecord, toUser } from './rows.ts';

export function sqliteAccounts(db: Db): Sync<AccountStore> {
  const insertUser = db.prepare(
    'INSERT INTO users (id, name, display_name, name_key, name_skeleton, password_hash, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertCode = db.prepare('INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)');
  const byKey = db.prepare<[string], UserRecord>('SELECT * FROM users WHERE name_key = ?');
  const bySkeleton = db.prepare<[string], UserRecord>('SELECT * FROM users WHERE name_skeleton = ?');
  const byId = db.prepare<[string], UserRecord>('SELECT * FROM users WHERE id = ?');
  const setPassword = db.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
  const setEmail = db.prepare('UPDATE users SET email = ? WHERE id = ?');
  const setLanguage = db.prepare('UPDATE users SET language = ? WHERE id = ?');
  const useCode = db.prepare(
    'UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL',
  );
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, user_id, secret_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const sessionById = db.prepare<[string], { id: string; user_id: string; secret_hash: Buffer; expires_at: number; created_at: number }>(
    'SELECT * FROM sessions WHERE id = ?',
  );
  const extend = db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?');
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const sessionsOfUser = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE user_id = ?');
  const deleteOfUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  const deleteOthers = db.prepare<[string, string], { id: string }>('DELETE FROM sessions WHERE user_id = ? AND id <> ? RETURNING id');

  return {
    createUser(user: UserRow, nameKey: string, codeHashes: string[], nameSkeleton: string) {
      db.transaction(() => {
        insertUser.run(user.id, user.name, user.displayName, nameKey, nameSkeleton, user.passwordHash, user.email, user.createdAt);
        for (const hash of codeHashes) insertCode.run(user.id, hash);
      })();
    },
    userByNameKey: (key) => toUser(byKey.get(key)),
    userByNameSkeleton: (skeleton) => toUser(bySkeleton.get(skeleton)),
    userById: (id) => toUser(byId.get(id)),
    setPassword: (userId, hash) => void setPassword.run(hash, userId),
    setEmail: (userId, email) => void setEmail.run(email, userId),
    setLanguage: (userId, language) => void setLanguage.run(language, userId),
    useRecoveryCode: (userId, codeHash, at) => useCode.run(at, userId, codeHash).changes === 1,
    createSession: (s: SessionRow) =>
      void insertSession.run(s.id, s.userId, Buffer.from(s.secretHash), s.expiresAt, s.createdAt),
    sessionById(id) {
      const r = sessionById.get(id);
      return (
        r && {
          id: r.id,
          userId: r.user_id,
          secretHash: new Uint8Array(r.secret_hash),
          expiresAt: r.expires_at,
          createdAt: r.created_at,
        }
      );
    },
    extendSession: (id, expiresAt) => void extend.run(expiresAt, id),
    deleteSession: (id) => void deleteSession.run(id),
    deleteSessionsOfUser(userId) {
      return db.transaction(() => {
        const ids = sessionsOfUser.all(userId).map((r) => r.id);
        deleteOfUser.run(userId);
        return ids;
      })();
    },
    deleteOtherSessions: (userId, keepId) => deleteOthers.all(userId, keepId).map((r) => r.id),
  };
}
