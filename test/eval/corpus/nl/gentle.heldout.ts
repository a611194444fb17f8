// Nederlandse held-out zinnen (gentle). Set 3 was measured once in round 7 and then moved into
// gentle.tuning.ts for round 8; the next set is written blind, committed before any
// measurement, and never tuned on.
import type { GentleLine } from '../types.ts';

export const lines: readonly GentleLine[] = [];
