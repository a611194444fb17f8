// Dates that matter and email settings in PostgreSQL. Every query names the keeper, so no
// route can reach another person's rows by guessing an id.
import type { Runner } from './pg-db.ts';
import type { EmailFrequency, EmailSubscriber, PersonalStore } from './store.ts';
import { type DateRecord, toDate } from './rows.ts';

export function pgPersonal(db: Runner): PersonalStore {
  return {
    addDate: async (d) =>
      void (await db.run(
        'INSERT INTO dates_that_matter (id, user_id, space_id, label, month, day, remind_days_before, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [d.id, d.userId, d.spaceId, d.label, d.month, d.day, d.remindDaysBefore, d.createdAt],
      )),
    async datesOf(userId, spaceId) {
      const rows =
        spaceId === undefined
          ? await db.query<DateRecord>('SELECT * FROM dates_that_matter WHERE user_id = $1 ORDER BY created_at, id', [userId])
          : await db.query<DateRecord>('SELECT * FROM dates_that_matter WHERE user_id = $1 AND space_id = $2 ORDER BY created_at, id', [userId, spaceId]);
      return rows.map(toDate);
    },
    deleteDate: async (userId, spaceId, id) =>
      (await db.run('DELETE FROM dates_that_matter WHERE id = $1 AND user_id = $2 AND space_id = $3', [id, userId, spaceId])) === 1,
    emailFrequency: async (userId) =>
      (await db.query<{ email: EmailFrequency }>('SELECT email FROM reminder_settings WHERE user_id = $1', [userId]))[0]?.email ?? 'never',
    setEmailFrequency: async (userId, f) =>
      void (await db.run('INSERT INTO reminder_settings (user_id, email) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET email = excluded.email', [userId, f])),
    emailSubscribers: async () =>
      (
        await db.query<{ user_id: string; address: string; email: EmailSubscriber['frequency']; last_sent_at: string | null }>(
          `SELECT r.user_id, u.email AS address, r.email, r.last_sent_at
             FROM reminder_settings r JOIN users u ON u.id = r.user_id
            WHERE r.email <> 'never' AND u.email IS NOT NULL`,
        )
      ).map((r) => ({ userId: r.user_id, address: r.address, frequency: r.email, lastSentAt: r.last_sent_at })),
    markDigestSent: async (userId, at) => void (await db.run('UPDATE reminder_settings SET last_sent_at = $1 WHERE user_id = $2', [at, userId])),
  };
}
