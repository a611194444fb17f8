// Takes a person's words out of a space's log when they delete their account, and keeps
// everything else: the order of events, who did what and when, and every choice made (a
// pace, a score, an answer), so the log still folds to the same shape for the one who stays.
//
// It is generic on purpose: event types added later are redacted without touching this file.
// A string is kept only when it is structural (type, at, by, an id) or looks like a code or
// a date, which a person does not write; any other string is theirs and is emptied. A few
// keys are always writing, however short (a one-word place is still a place).
import type { SpaceEvent } from './space/types.ts';
import { GROUND_RULES_KEY, STATEMENT_KEY } from './wire.ts';

/** Keys that are never writing. */
const STRUCTURAL = new Set(['type', 'at', 'by', 'to', 'speakers', 'redacted']);
/** Keys that are always writing, whatever they hold. */
export const WRITING_KEYS = new Set([
  'text', 'note', 'lastMessage', 'place', 'link', 'name', 'openerName', 'friendName',
  'words', 'line', 'message', 'statement', 'suggestion', 'label', 'title',
]);
const isIdKey = (key: string) => key === 'id' || /Ids?$/.test(key);
/** Choices and ids ("hear-you", "in-person", a user id): chosen from a list, never typed. */
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Dates and date-times, as the log writes them. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isWriting = (key: string, value: string): boolean => {
  if (STRUCTURAL.has(key) || isIdKey(key)) return false;
  if (WRITING_KEYS.has(key)) return true;
  return !((value.length <= 40 && CODE.test(value)) || ISO_TIME.test(value));
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface Who {
  userId: string;
  /** The other members' ids: a map keyed by one of them holds that person's words, not ours. */
  others: ReadonlySet<string>;
}

/**
 * Redacts what `who.userId` owns inside `value`. Ownership passes down and changes where a
 * nested object says who wrote it (`by`) or sits under a member's id (a reveal holding both
 * people's answers, whoever's command revealed them).
 */
function redactValue(key: string, value: Json, owned: boolean, who: Who): { value: Json; changed: boolean } {
  if (typeof value === 'string') {
    if (!owned || value === '' || !isWriting(key, value)) return { value, changed: false };
    return { value: '', changed: true };
  }
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const r = redactValue(key, item, owned, who);
      changed ||= r.changed;
      return r.value;
    });
    return { value: changed ? items : value, changed };
  }
  if (value !== null && typeof value === 'object') {
    const mine = typeof value.by === 'string' ? value.by === who.userId : owned;
    let changed = false;
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      const childOwned = k === who.userId ? true : who.others.has(k) ? false : mine;
      const r = redactValue(k, v, childOwned, who);
      changed ||= r.changed;
      out[k] = r.value;
    }
    return { value: changed ? out : value, changed };
  }
  return { value, changed: false };
}

/** Everyone else who acted in the log: the other member (and a guest who declined). */
export const otherActors = (events: readonly SpaceEvent[], userId: string): Set<string> =>
  new Set(events.map((e) => e.by).filter((id) => id !== userId));

/** The event with `userId`'s words emptied and `redacted: true`; the same object when nothing of theirs is in it. */
export function redactEvent<E extends SpaceEvent>(event: E, userId: string, others: ReadonlySet<string> = new Set()): E {
  const r = redactValue('', event as unknown as Json, false, { userId, others });
  return r.changed ? ({ ...(r.value as object), redacted: true } as unknown as E) : event;
}

export function redactEvents(events: readonly SpaceEvent[], userId: string): SpaceEvent[] {
  const others = otherActors(events, userId);
  return events.map((e) => redactEvent(e, userId, others));
}

/** True for an event whose author's words were taken out when they deleted their account. */
export const isRedacted = (event: SpaceEvent): boolean => (event as { redacted?: unknown }).redacted === true;

/** Events that copy the words of a together document as they stood when they were agreed, by that document's root. */
const CO_WRITTEN: Readonly<Record<string, string>> = {
  'ground-rules-accepted': GROUND_RULES_KEY,
  'ground-rules-agreed': GROUND_RULES_KEY,
  'statement-marked': STATEMENT_KEY,
  'statement-agreed': STATEMENT_KEY,
};

/** A together text before and after one person's characters were taken out of it. */
export interface CoWrittenText {
  before: string;
  after: string;
}

/**
 * Agreed copies of words two people wrote together, after one of them left: each character is
 * its typist's, whoever marked the words. A copy of the words as they stand becomes the words
 * as they stand now; an older copy is emptied, because whose characters it held is no longer
 * known. `redacted` is `events` after redactEvents; the copies are judged from `events`.
 */
export function redactCoWritten(
  events: readonly SpaceEvent[],
  redacted: readonly SpaceEvent[],
  texts: Readonly<Record<string, CoWrittenText>>,
): SpaceEvent[] {
  return redacted.map((event, i) => {
    const original = events[i];
    const root = original && CO_WRITTEN[original.type];
    if (!original || !root || !('text' in original)) return event;
    const text = texts[root];
    const kept = original.text === '' ? '' : text && original.text === text.before ? text.after : '';
    return kept === original.text ? original : ({ ...original, text: kept, redacted: true } as unknown as SpaceEvent);
  });
}
