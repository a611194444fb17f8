// This person's own sealed answers in the open check-in and reassessment, read from the server
// (the log never holds them). Read again whenever a round opens or is revealed, and after
// answering; the other's sealed answers never reach this page.
import { createResource } from 'solid-js';
import { type MySealed, api } from '../lib/api.ts';
import { useSpace } from './space-scope.ts';

export type Sealed = ReturnType<typeof createSealed>;

export function createSealed() {
  const space = useSpace();
  const rounds = () => {
    const r = space.rebuild();
    return r ? `${r.checkin?.id ?? '-'}:${r.reassessment?.id ?? '-'}:${r.checkins.length}:${r.reassessments.length}` : '';
  };
  // Offline, what is sealed is unknown (null): the page then says nothing rather than guess.
  const [sealed, { refetch }] = createResource(rounds, () => api.sealed(space.spaceId).catch((): MySealed | null => null));
  return { sealed, refetch: () => void refetch() };
}
