// Turns stored rows and folded state into what the API shows a given member.
import type { SpaceDetail, SpaceSummary } from '../../shared/api-types.ts';
import type { SpaceState } from '../../shared/space/types.ts';
import type { InvitationRow, SpaceRow } from '../storage/store.ts';

type Started = Exclude<SpaceState, { phase: 'none' }>;

/** The opener always sees their own space; the invitee only once they joined. */
export function canSee(row: SpaceRow, userId: string): boolean {
  if (row.openerId === userId) return true;
  return row.inviteeId === userId && (row.phase === 'open' || row.phase === 'closed');
}

export function summary(state: Started, userId: string): SpaceSummary {
  const isOpener = state.opener.id === userId;
  const hasInvitee = state.phase === 'open' || state.phase === 'closed';
  return {
    id: state.spaceId,
    phase: state.phase,
    role: isOpener ? 'opener' : 'invitee',
    friendName: state.friendName,
    otherName: isOpener ? (hasInvitee ? state.invitee.name : state.friendName) : state.opener.name,
    openedAt: state.openedAt,
    notYet: isOpener && state.phase === 'invited' && state.notYet ? { askAgainAfter: state.notYet.askAgainAfter } : null,
  };
}

export function detail(state: Started, userId: string, invitation: InvitationRow | undefined): SpaceDetail {
  const isOpener = state.opener.id === userId;
  const closed = state.phase === 'closed' ? state : null;
  return {
    ...summary(state, userId),
    note: state.note,
    invitation:
      isOpener && state.phase === 'invited' && invitation
        ? {
            expiresAt: new Date(invitation.expiresAt).toISOString(),
            answeredNotYet: state.notYet !== null,
            askAgainAfter: state.notYet?.askAgainAfter ?? null,
          }
        : null,
    closedBy: closed?.closedBy ?? null,
    lastMessage: closed?.lastMessage ?? null,
  };
}
