// Folds rebuilding events into Rebuild. Pure; sealed answers never pass through here
// until the one reveal event that carries both.
import type { Commitment, Meeting, Rebuild } from './rebuild-types.ts';
import type { RebuildEvent } from './types.ts';

export const initialRebuild = (): Rebuild => ({
  meetings: [],
  commitments: [],
  rhythm: { chosenBy: {}, agreed: null },
  checkin: null,
  checkins: [],
  reassessment: null,
  reassessments: [],
  statement: { markedBy: {}, agreed: null },
});

const updateMeeting = (r: Rebuild, id: string, fn: (m: Meeting) => Meeting): Rebuild => ({
  ...r,
  meetings: r.meetings.map((m) => (m.id === id ? fn(m) : m)),
});

const updateCommitment = (r: Rebuild, id: string, fn: (c: Commitment) => Commitment): Rebuild => ({
  ...r,
  commitments: r.commitments.map((c) => (c.id === id ? fn(c) : c)),
});

export function evolveRebuild(r: Rebuild, e: RebuildEvent): Rebuild {
  switch (e.type) {
    case 'meeting-proposed': {
      const proposal = { by: e.by, when: e.when, mode: e.mode, place: e.place, proposedAt: e.at };
      // Moving a meeting is a new proposal on the same meeting: the other answers again.
      if (r.meetings.some((m) => m.id === e.meetingId))
        return updateMeeting(r, e.meetingId, (m) => ({ ...m, proposal, status: 'proposed', agreedAt: null }));
      return { ...r, meetings: [...r.meetings, { id: e.meetingId, proposal, status: 'proposed', agreedAt: null, lines: {} }] };
    }
    case 'meeting-answered':
      return updateMeeting(r, e.meetingId, (m) =>
        e.answer === 'accept' ? { ...m, status: 'agreed', agreedAt: e.at } : { ...m, status: 'not-yet' },
      );
    case 'meeting-line-shared':
      return updateMeeting(r, e.meetingId, (m) => ({ ...m, lines: { ...m.lines, [e.by]: e.text } }));
    case 'commitment-proposed':
      return {
        ...r,
        commitments: [
          ...r.commitments,
          { id: e.commitmentId, by: e.by, text: e.text, due: e.due, at: e.at, status: 'proposed', suggestion: null, answeredAt: null, keptAt: null, noticedAt: null },
        ],
      };
    case 'commitment-answered':
      return updateCommitment(r, e.commitmentId, (c) => ({
        ...c,
        status: e.answer === 'accept' ? 'accepted' : e.answer === 'decline' ? 'declined' : 'change-suggested',
        suggestion: e.suggestion,
        answeredAt: e.at,
      }));
    case 'commitment-revised':
      return updateCommitment(r, e.commitmentId, (c) => ({ ...c, text: e.text, due: e.due, status: 'proposed' }));
    case 'commitment-kept':
      return updateCommitment(r, e.commitmentId, (c) => ({ ...c, status: 'kept', keptAt: e.at }));
    case 'commitment-noticed':
      return updateCommitment(r, e.commitmentId, (c) => ({ ...c, noticedAt: e.at }));
    case 'rhythm-chosen':
      return { ...r, rhythm: { ...r.rhythm, chosenBy: { ...r.rhythm.chosenBy, [e.by]: e.rhythm } } };
    case 'rhythm-agreed':
      return { ...r, rhythm: { ...r.rhythm, agreed: e.rhythm } };
    case 'checkin-opened':
      return { ...r, checkin: { id: e.checkinId, openedAt: e.at } };
    case 'checkin-revealed':
      return {
        ...r,
        checkin: null,
        checkins: [...r.checkins, { id: e.checkinId, openedAt: r.checkin?.openedAt ?? e.at, revealedAt: e.at, answers: e.answers }],
      };
    case 'reassessment-opened':
      return { ...r, reassessment: { id: e.reassessmentId, openedAt: e.at } };
    case 'reassessment-revealed':
      return { ...r, reassessment: null, reassessments: [...r.reassessments, { id: e.reassessmentId, revealedAt: e.at, choices: e.choices }] };
    case 'statement-marked':
      return { ...r, statement: { ...r.statement, markedBy: { ...r.statement.markedBy, [e.by]: e.text } } };
    case 'statement-agreed':
      return { ...r, statement: { ...r.statement, agreed: { text: e.text, at: e.at } } };
  }
}

const REBUILD_EVENTS = new Set<string>([
  'meeting-proposed', 'meeting-answered', 'meeting-line-shared', 'commitment-proposed', 'commitment-answered',
  'commitment-revised', 'commitment-kept', 'commitment-noticed', 'rhythm-chosen', 'rhythm-agreed', 'checkin-opened',
  'checkin-revealed', 'reassessment-opened', 'reassessment-revealed', 'statement-marked', 'statement-agreed',
]);

export const isRebuildEvent = (e: { type: string }): e is RebuildEvent => REBUILD_EVENTS.has(e.type);
