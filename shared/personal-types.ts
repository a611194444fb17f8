// Response shapes of the routes that belong to one person: dates that matter, reminders,
// notices and the export of their copy.
import type { Me } from './api-types.ts';
import type { DateThatMatters } from './dates.ts';
import type { EmailFrequency } from './personal-schemas.ts';
import type { CheckinAnswer, Phase, ReassessmentChoice, Role, SpaceEvent } from './space/types.ts';

/** A date as its keeper sees it, with the day it next falls on. */
export interface DateView extends DateThatMatters {
  /** `YYYY-MM-DD` of the next time it falls (today included). */
  next: string;
  inDays: number;
}

export interface ReminderSettings {
  email: EmailFrequency;
  /** True when email can actually go out: the person gave an address and the server sends mail. */
  canEmail: boolean;
}

/**
 * Something that may need the person. A notice goes into email too, so it carries only what
 * its reader wrote or chose and neutral facts, never the other person's writing. Each kind
 * has its words at `notices.<kind>` in content, filled from the notice's own fields.
 */
export type Notice = {
  kind: 'date-coming' | 'date-today';
  spaceId: string;
  otherName: string;
  /** The reader's own label for the date. */
  label: string;
  /** `YYYY-MM-DD`. */
  on: string;
  inDays: number;
  /** When it started to need the person; a digest carries only notices newer than the last one. */
  since: string;
};

/** One space as I see it, with what is mine alone beside it. */
export interface SpaceExport {
  id: string;
  role: Role;
  phase: Phase;
  friendName: string;
  otherName: string;
  openedAt: string;
  /** The log exactly as the space shows it (the log document both members sync). */
  events: SpaceEvent[];
  /** The texts both write together (ground rules, "our friendship now"), by key. */
  together: Record<string, string>;
  /** My private reflection for this space, by section id. */
  reflection: Record<string, string>;
  /** My private drafts in this space, by draft key. */
  drafts: Record<string, string>;
  /** My answers sealed until both have answered. */
  sealed: { checkin: CheckinAnswer | null; reassessment: ReassessmentChoice | null };
  dates: DateThatMatters[];
}

export interface ExportFile {
  format: 'mend-export';
  version: 1;
  exportedAt: string;
  me: Me;
  spaces: SpaceExport[];
  /** The reflection written before reaching out, not yet moved to a space, by section id. */
  reflectionBeforeReachingOut: Record<string, string>;
}
