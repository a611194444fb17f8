// Response shapes of the HTTP API, shared so the client reads exactly what the server sends.
import type { Language } from './languages.ts';
import type { Phase, Role, SpaceEvent } from './space/types.ts';

export interface Me {
  id: string;
  /** The name this person signs in with; unique here, shown to nobody else. */
  name: string;
  /** The name the friend sees; need not be unique. */
  displayName: string;
  email: string | null;
  /** The language this person chose; null until they choose (the browser's is used meanwhile). */
  language: Language | null;
}

/** GET /api/sessions/current: the person signed in on this browser, or null; never a 401. */
export interface CurrentSession {
  me: Me | null;
}

export interface SignUpResult {
  me: Me;
  recoveryCodes: string[];
}

export interface SpaceSummary {
  id: string;
  phase: Phase;
  role: Role;
  friendName: string;
  /** The other member's display name once they joined; else the name the opener gave. */
  otherName: string;
  openedAt: string;
  /** To the opener while the invitation is out: the friend said "not yet" (and perhaps until when). */
  notYet: { askAgainAfter: string | null } | null;
}

export interface SpaceDetail extends SpaceSummary {
  note: string;
  /** The invitation link, shown to the opener while the invitation is open and only once made. */
  invitation: { expiresAt: string; answeredNotYet: boolean; askAgainAfter: string | null } | null;
  closedBy: string | null;
  lastMessage: string | null;
}

export interface OpenSpaceResult {
  id: string;
  inviteUrl: string;
}

export interface InvitationView {
  openerName: string;
  friendName: string;
  note: string;
  expiresAt: string;
  /** The person reading is the one who made it: the page is a preview, not a choice. */
  yours: boolean;
}

export interface AnswerResult {
  answer: 'join' | 'not-yet' | 'no-thanks';
  spaceId: string | null;
}

export interface CommandResult {
  events: SpaceEvent[];
}
