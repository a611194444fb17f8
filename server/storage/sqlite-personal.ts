// Dates that matter and email settings in SQLite. Every query names the keeper, so no
// route can reach another person's rows by guessing an id.
import type { Db, Sync } from './db.ts';
import type { EmailFrequency, EmailSubscriber, PersonalStore } from './store.ts';
import { type DateRecord, toDate } from './rows.ts';

export function sqlitePersonal(db: Db): Sync<PersonalStore> {
  const insertDate = db.prepare(
    'INSERT INTO dates_that_matter (id, user_id, space_id, label, month, day, remind_days_before, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const datesOfSpace = db.prepare<[string, string], DateRecord>(
    'SELECT * FROM dates_that_matter WHERE user_id = ? AND space_id = ? ORDER BY created_at, id',
  );
  const datesOfUser = db.prepare<[string], DateRecord>('SELECT * FROM dates_that_matter WHERE user_id = ? ORDER BY created_at, id');
  const deleteDate = db.prepare('DELETE FROM dates_that_matter WHERE id = ? AND user_id = ? AND space_id = ?');
  const frequency = db.prepare<[string], { email: EmailFrequency }>('SELECT email FROM reminder_settings WHERE user_id = ?');
  const setFrequency = db.prepare(
    'INSERT INTO reminder_settings (user_id, email) VALUES (?, ?) ON CONFLICT(user_id) DO UPDATE SET email = excluded.email',
  );
  const subscribers = db.prepare<[], { user_id: string; address: string; email: EmailSubscriber['frequency']; last_sent_at: string | null }>(
    `SELECT r.user_id, u.email AS address, r.email, r.last_sent_at
       FROM reminder_settings r JOIN users u ON u.id = r.user_id
      WHERE r.email != 'never' AND u.email IS NOT NULL`,
  );
  const markSent = db.prepare('UPDATE reminder_settings SET last_sent_at = ? WHERE user_id = ?');

  return {
    addDate: (d) => void insertDate.run(d.id, d.userId, d.spaceId, d.label, d.month, d.day, d.remindDaysBefore, d.createdAt),
    datesOf: (userId, spaceId) => (spaceId === undefined ? datesOfUser.all(userId) : datesOfSpace.all(userId, spaceId)).map(toDate),
    deleteDate: (userId, spaceId, id) => deleteDate.run(id, userId, spaceId).changes === 1,
    emailFrequency: (userId) => frequency.get(userId)?.email ?? 'never',
    setEmailFrequency: (userId, f) => void setFrequency.run(userId, f),
    emailSubscribers: () =>
      subscribers.all().map((r) => ({ userId: r.user_id, address: r.address, frequency: r.email, lastSentAt: r.last_sent_at })),
    markDigestSent: (userId, at) => void markSent.run(at, userId),
  };
}
