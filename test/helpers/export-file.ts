// One exported file for tests that render a copy: the reader Sam, one space whose parts a test
// sets, everything else empty.
import type { ExportFile, SpaceExport } from '../../shared/personal-types.ts';

export function exportFileOf(space: Partial<SpaceExport>, opts: { at: string; readerId: string }): ExportFile {
  return {
    format: 'mend-export',
    version: 1,
    exportedAt: opts.at,
    me: { id: opts.readerId, name: 'Sam', displayName: 'Sam', email: null, language: null },
    reflectionBeforeReachingOut: {},
    spaces: [
      {
        id: 'ssssssssssssssss', role: 'invitee', phase: 'open', friendName: 'Sam', otherName: 'Alex', openedAt: opts.at,
        events: [], together: {}, reflection: {}, drafts: {}, sealed: { checkin: null, reassessment: null }, dates: [],
        ...space,
      },
    ],
  };
}
