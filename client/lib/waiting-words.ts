// What the person whose move it is not is told about the prompt in progress. While the other
// is paused or taking their time, nothing is expected of them, and the words say so instead
// of saying they are reading or writing.
import type { PaceKind } from '../../shared/space/talk-types.ts';
import type { expectedMove } from '../../shared/space/talk-rules.ts';

type Expected = ReturnType<typeof expectedMove>;

const WAITING = { share: 'round.waitShare', hear: 'round.waitHear', confirm: 'round.waitConfirm' } as const;

/** The content key for the one who waits, or null when the move is theirs or none is expected. */
export function waitingKey(expected: Expected, myId: string, otherPace: PaceKind | undefined): string | null {
  if (!expected || expected.who === myId) return null;
  if (expected.resting) return otherPace === 'taking-time' ? 'paceRest.takingTime' : 'paceRest.paused';
  return WAITING[expected.move];
}

/** Said beside my own move while the other rests: my words may wait a while for them. */
export const wordsWaitKey = (expected: Expected, myId: string, otherResting: boolean): string | null =>
  expected?.who === myId && otherResting ? 'paceRest.wordsWait' : null;
