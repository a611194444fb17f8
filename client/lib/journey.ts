// Where the two are, as named steps. The furthest step reached is "here"; a step before it is
// marked done only if the pair really took it, since nothing is locked and steps can be
// skipped: a pair who went straight to small promises never met, and the path must not say so.
import type { Rebuild, Talk } from '../../shared/space/types.ts';

export const JOURNEY_STEPS = ['journey.joined', 'journey.groundRules', 'journey.rounds', 'journey.meeting', 'journey.rebuilding', 'journey.deciding'] as const;

export type StepState = 'done' | 'current' | 'upcoming';

function taken(talk: Talk | null, rebuild: Rebuild | null): boolean[] {
  return [
    true,
    Boolean(talk?.groundRules.agreed),
    Boolean(talk && talk.done.length > 0),
    Boolean(rebuild?.meetings.some((m) => m.status === 'agreed')),
    Boolean(rebuild && (rebuild.commitments.length > 0 || rebuild.checkins.length > 0 || rebuild.checkin)),
    Boolean(rebuild && (rebuild.reassessments.length > 0 || rebuild.reassessment || rebuild.statement.agreed)),
  ];
}

function furthest(talk: Talk | null, rebuild: Rebuild | null): number {
  if (!talk?.groundRules.agreed) return 1;
  const steps = taken(talk, rebuild);
  for (const i of [5, 4, 3]) if (steps[i]) return i;
  return 2;
}

/** A closed space has no "here" any more: the path shows only the steps the pair took. */
export function journeySteps(talk: Talk | null, rebuild: Rebuild | null, closed = false): { key: (typeof JOURNEY_STEPS)[number]; state: StepState }[] {
  const here = furthest(talk, rebuild);
  const steps = taken(talk, rebuild);
  if (closed) return JOURNEY_STEPS.map((key, i) => ({ key, state: steps[i] ? 'done' : 'upcoming' }));
  return JOURNEY_STEPS.map((key, i) => ({ key, state: i === here ? 'current' : i < here && steps[i] ? 'done' : 'upcoming' }));
}
