// What every view of a shared space reads: the one live sync of its documents, who is who,
// and whether it is closed. Made once per space by the page, so moving between the
// conversation, rebuilding and deciding never opens the documents again.
import { type Accessor, createContext, useContext } from 'solid-js';
import type { Rebuild, SpaceState, Talk } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { type SpaceActions, createSpaceActions } from '../lib/space-actions.ts';
import type { SpaceSync } from './create-space-sync.ts';

export type Shared = Extract<SpaceState, { phase: 'open' | 'closed' }>;

export interface SpaceScope {
  spaceId: string;
  myId: string;
  sync: SpaceSync;
  shared: Accessor<Shared | null>;
  talk: Accessor<Talk | null>;
  rebuild: Accessor<Rebuild | null>;
  otherId: Accessor<string>;
  otherName: Accessor<string>;
  closed: Accessor<boolean>;
  /** "You" for this person, the other's name for them. */
  nameOf(id: string): string;
  /** Each panel sends through its own, so a refusal is said beside the panel it came from. */
  newActions(): SpaceActions;
  refetch(): void;
}

export function createSpaceScope(opts: {
  spaceId: string;
  myId: string;
  sync: SpaceSync;
  otherName: Accessor<string>;
  closedByDetail: Accessor<boolean>;
  refetch: () => void;
}): SpaceScope {
  const shared = () => {
    const s = opts.sync.state();
    return s.phase === 'open' || s.phase === 'closed' ? s : null;
  };
  const otherId = () => {
    const s = shared();
    return s ? (s.opener.id === opts.myId ? s.invitee.id : s.opener.id) : '';
  };
  return {
    spaceId: opts.spaceId,
    myId: opts.myId,
    sync: opts.sync,
    shared,
    talk: () => shared()?.talk ?? null,
    rebuild: () => shared()?.rebuild ?? null,
    otherId,
    otherName: opts.otherName,
    closed: () => opts.sync.state().phase === 'closed' || opts.closedByDetail(),
    nameOf: (id) => (id === opts.myId ? t('space.you') : opts.otherName()),
    newActions: () => createSpaceActions(opts.spaceId, opts.myId),
    refetch: opts.refetch,
  };
}

const SpaceContext = createContext<SpaceScope>();
export const SpaceProvider = SpaceContext.Provider;

export function useSpace(): SpaceScope {
  const scope = useContext(SpaceContext);
  if (!scope) throw new Error('useSpace() outside a shared space');
  return scope;
}
