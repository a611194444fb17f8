// How stored rows read back, the same for both engines: their columns are named and typed
// alike (SQLite's migrations.ts, PostgreSQL's pg-migrations.ts), so one mapping serves both.
import { isLanguage } from '../../shared/languages.ts';
import type { Phase } from '../../shared/space/types.ts';
import type { DateRow, InvitationRow, SpaceRow, UserRow } from './store.ts';

export interface UserRecord {
  id: string;
  name: string;
  display_name: string | null;
  password_hash: string;
  email: string | null;
  created_at: string;
  language: string | null;
}

/** A language this server does not speak (or none) reads as not chosen, so English. */
export const toUser = (r: UserRecord | undefined): UserRow | undefined =>
  r && {
    id: r.id,
    name: r.name,
    displayName: r.display_name ?? r.name,
    passwordHash: r.password_hash,
    email: r.email,
    createdAt: r.created_at,
    language: isLanguage(r.language) ? r.language : null,
  };

export interface SpaceRecord {
  id: string;
  opener_id: string;
  invitee_id: string | null;
  phase: string;
  created_at: string;
}

export const toSpace = (r: SpaceRecord): SpaceRow => ({
  id: r.id,
  openerId: r.opener_id,
  inviteeId: r.invitee_id,
  phase: r.phase as Phase,
  createdAt: r.created_at,
});

export interface InvitationRecord {
  space_id: string;
  token_hash: string;
  expires_at: number;
  created_at: number;
}

export const toInvitation = (r: InvitationRecord): InvitationRow => ({
  spaceId: r.space_id,
  tokenHash: r.token_hash,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

export interface DateRecord {
  id: string;
  user_id: string;
  space_id: string;
  label: string;
  month: number;
  day: number;
  remind_days_before: number;
  created_at: string;
}

export const toDate = (r: DateRecord): DateRow => ({
  id: r.id,
  userId: r.user_id,
  spaceId: r.space_id,
  label: r.label,
  month: r.month,
  day: r.day,
  remindDaysBefore: r.remind_days_before,
  createdAt: r.created_at,
});
