// The rules of rebuilding. Meetings are proposed only when both are ready; promises are
// the maker's to keep and the other's to notice; check-ins and reassessments are sealed:
// an answer is kept beside the log and enters it only in one reveal, once both answered.
import { assertNever } from './evolve.ts';
import type { CheckinAnswer, Rebuild, ReassessmentChoice, Seal, SealedView } from './rebuild-types.ts';
import { bothReady } from './talk-rules.ts';
import type { Talk } from './talk-types.ts';
import type { Actor, Decision, RebuildCommand, RebuildEvent, RefusalCode } from './types.ts';

const refuse = (code: RefusalCode): Decision => ({ ok: false, code });
const accept = (...events: RebuildEvent[]): Decision => ({ ok: true, events });

export interface RebuildContext {
  actor: Actor;
  otherId: string;
  now: string;
  talk: Talk;
  sealed: SealedView;
}

/** A meeting is always ahead; `now` comes from the referee's clock, not the client's. */
const inThePast = (when: string, now: string): boolean => {
  const t = Date.parse(now);
  return Number.isFinite(t) && Date.parse(when) < t;
};

const next = (prefix: string, count: number) => `${prefix}${count + 1}`;

/** The rounds an answer would go to now: the open one, or the one it would open. */
export const roundIds = (r: Rebuild): { checkin: string; reassessment: string } => ({
  checkin: r.checkin?.id ?? next('k', r.checkins.length),
  reassessment: r.reassessment?.id ?? next('r', r.reassessments.length),
});

export function decideRebuild(r: Rebuild, command: RebuildCommand, ctx: RebuildContext): Decision {
  const { now: at } = ctx;
  const by = ctx.actor.id;
  switch (command.type) {
    case 'propose-meeting':
      if (!bothReady(ctx.talk)) return refuse('not-both-ready');
      if (inThePast(command.when, at)) return refuse('in-the-past');
      return accept({ type: 'meeting-proposed', at, by, meetingId: next('m', r.meetings.length), when: command.when, mode: command.mode, place: command.place ?? null });
    case 'answer-meeting': {
      const m = r.meetings.find((x) => x.id === command.meetingId);
      if (!m) return refuse('no-meeting');
      if (m.proposal.by === by) return refuse('own-proposal');
      if (m.status !== 'proposed') return refuse('not-proposed');
      return accept({ type: 'meeting-answered', at, by, meetingId: m.id, answer: command.answer });
    }
    case 'move-meeting': {
      const m = r.meetings.find((x) => x.id === command.meetingId);
      if (!m) return refuse('no-meeting');
      if (inThePast(command.when, at)) return refuse('in-the-past');
      return accept({ type: 'meeting-proposed', at, by, meetingId: m.id, when: command.when, mode: command.mode, place: command.place ?? null });
    }
    case 'share-meeting-line': {
      const m = r.meetings.find((x) => x.id === command.meetingId);
      if (!m) return refuse('no-meeting');
      if (m.status !== 'agreed') return refuse('not-agreed');
      if (m.lines[by] !== undefined) return refuse('already-shared');
      return accept({ type: 'meeting-line-shared', at, by, meetingId: m.id, text: command.text });
    }
    case 'propose-commitment':
      return accept({ type: 'commitment-proposed', at, by, commitmentId: next('c', r.commitments.length), text: command.text, due: command.due ?? null });
    case 'answer-commitment': {
      const c = r.commitments.find((x) => x.id === command.commitmentId);
      if (!c) return refuse('no-commitment');
      if (c.by === by) return refuse('not-theirs');
      if (c.status !== 'proposed') return refuse('wrong-status');
      return accept({ type: 'commitment-answered', at, by, commitmentId: c.id, answer: command.answer, suggestion: command.answer === 'suggest' ? (command.suggestion ?? null) : null });
    }
    case 'revise-commitment': {
      const c = r.commitments.find((x) => x.id === command.commitmentId);
      if (!c) return refuse('no-commitment');
      if (c.by !== by) return refuse('not-yours');
      if (c.status !== 'proposed' && c.status !== 'change-suggested') return refuse('wrong-status');
      return accept({ type: 'commitment-revised', at, by, commitmentId: c.id, text: command.text, due: command.due ?? null });
    }
    case 'keep-commitment': {
      const c = r.commitments.find((x) => x.id === command.commitmentId);
      if (!c) return refuse('no-commitment');
      if (c.by !== by) return refuse('not-yours');
      if (c.status !== 'accepted') return refuse('wrong-status');
      return accept({ type: 'commitment-kept', at, by, commitmentId: c.id });
    }
    case 'notice-commitment': {
      const c = r.commitments.find((x) => x.id === command.commitmentId);
      if (!c) return refuse('no-commitment');
      if (c.by === by) return refuse('not-theirs');
      if (c.status !== 'kept') return refuse('wrong-status');
      if (c.noticedAt) return refuse('already-noticed');
      return accept({ type: 'commitment-noticed', at, by, commitmentId: c.id });
    }
    case 'choose-rhythm': {
      const events: RebuildEvent[] = [{ type: 'rhythm-chosen', at, by, rhythm: command.rhythm }];
      if (r.rhythm.chosenBy[ctx.otherId] === command.rhythm && r.rhythm.agreed !== command.rhythm)
        events.push({ type: 'rhythm-agreed', at, by, rhythm: command.rhythm });
      return accept(...events);
    }
    case 'ask-checkin':
      if (r.checkin) return refuse('round-open');
      return accept({ type: 'checkin-opened', at, by, checkinId: next('k', r.checkins.length) });
    case 'answer-checkin': {
      const answer: CheckinAnswer = { safe: command.safe, seen: command.seen, appreciated: command.appreciated, note: command.note ?? null };
      // Answering when none is open opens one: a check-in is there whenever either is ready.
      const roundId = roundIds(r).checkin;
      const opened: RebuildEvent[] = r.checkin ? [] : [{ type: 'checkin-opened', at, by, checkinId: roundId }];
      return sealOrReveal('checkin', roundId, answer, opened, ctx, (answers) => ({ type: 'checkin-revealed', at, by, checkinId: roundId, answers }));
    }
    case 'start-reassessment':
      if (r.reassessment) return refuse('round-open');
      return accept({ type: 'reassessment-opened', at, by, reassessmentId: next('r', r.reassessments.length) });
    case 'choose-reassessment': {
      const choice: ReassessmentChoice = { now: command.now, hope: command.hope, words: command.words ?? null };
      const roundId = roundIds(r).reassessment;
      const opened: RebuildEvent[] = r.reassessment ? [] : [{ type: 'reassessment-opened', at, by, reassessmentId: roundId }];
      return sealOrReveal('reassessment', roundId, choice, opened, ctx, (choices) => ({ type: 'reassessment-revealed', at, by, reassessmentId: roundId, choices }));
    }
    case 'mark-statement': {
      const events: RebuildEvent[] = [{ type: 'statement-marked', at, by, text: command.text }];
      if (r.statement.markedBy[ctx.otherId] === command.text && r.statement.agreed?.text !== command.text)
        events.push({ type: 'statement-agreed', at, by, text: command.text });
      return accept(...events);
    }
    default:
      return assertNever(command);
  }
}

/** Seals this person's answer; if the other's is already sealed, reveals both at once. */
function sealOrReveal<K extends keyof SealedView>(
  kind: K,
  roundId: string,
  mine: SealedView[K][string],
  opened: RebuildEvent[],
  ctx: RebuildContext,
  reveal: (both: Record<string, SealedView[K][string]>) => RebuildEvent,
): Decision {
  const seal: Seal = { kind, roundId, payload: mine };
  const theirs = ctx.sealed[kind][ctx.otherId];
  if (theirs === undefined) return { ok: true, events: opened, seal };
  const both = { [ctx.otherId]: theirs, [ctx.actor.id]: mine } as Record<string, SealedView[K][string]>;
  return { ok: true, events: [...opened, reveal(both)], seal, unseal: { kind, roundId } };
}
