// Rebuilding over weeks and deciding together: meeting again, small promises, sealed
// check-ins, and the sealed reassessment with the statement both write.

export type MeetingMode = 'in-person' | 'video';

export interface MeetingProposal {
  by: string;
  /** When they would meet, as an ISO date-time. */
  when: string;
  mode: MeetingMode;
  /** A place or a call link they choose; Mend never makes one. */
  place: string | null;
  proposedAt: string;
}

export interface Meeting {
  id: string;
  proposal: MeetingProposal;
  status: 'proposed' | 'agreed' | 'not-yet';
  agreedAt: string | null;
  /** One line each may share after meeting. */
  lines: Readonly<Record<string, string>>;
}

export interface Commitment {
  id: string;
  /** Who makes the promise. */
  by: string;
  text: string;
  due: string | null;
  at: string;
  status: 'proposed' | 'accepted' | 'declined' | 'change-suggested' | 'kept';
  suggestion: string | null;
  /** When the other last answered it (accepted, declined, or suggested a change). */
  answeredAt: string | null;
  keptAt: string | null;
  noticedAt: string | null;
}

export type Rhythm = 'weekly' | 'fortnightly' | 'monthly' | 'on-request';

export type Score = 1 | 2 | 3 | 4 | 5;

export interface CheckinAnswer {
  safe: Score;
  seen: Score;
  appreciated: Score;
  note: string | null;
}

export interface RevealedCheckin {
  id: string;
  openedAt: string;
  revealedAt: string;
  answers: Readonly<Record<string, CheckinAnswer>>;
}

export type FriendshipShape = 'closer' | 'close-differently' | 'lighter' | 'pause' | 'parting';

export interface ReassessmentChoice {
  now: FriendshipShape;
  hope: FriendshipShape;
  words: string | null;
}

export interface RevealedReassessment {
  id: string;
  revealedAt: string;
  choices: Readonly<Record<string, ReassessmentChoice>>;
}

export interface Rebuild {
  meetings: readonly Meeting[];
  commitments: readonly Commitment[];
  rhythm: { chosenBy: Readonly<Record<string, Rhythm>>; agreed: Rhythm | null };
  /** The check-in round waiting for answers; its answers are sealed on the server, not here. */
  checkin: { id: string; openedAt: string } | null;
  checkins: readonly RevealedCheckin[];
  reassessment: { id: string; openedAt: string } | null;
  reassessments: readonly RevealedReassessment[];
  /** "Our friendship now": marked as theirs by each, agreed when both marked the same words. */
  statement: { markedBy: Readonly<Record<string, string>>; agreed: { text: string; at: string } | null };
}

/** What is sealed on the server for the open rounds, passed to the decider by the referee. */
export interface SealedView {
  checkin: Readonly<Record<string, CheckinAnswer>>;
  reassessment: Readonly<Record<string, ReassessmentChoice>>;
}

export type SealKind = keyof SealedView;

/** A sealed answer the referee stores beside (never in) the log. */
export interface Seal {
  kind: SealKind;
  roundId: string;
  payload: CheckinAnswer | ReassessmentChoice;
}
