// Invitation links: 160 random bits, only the hash stored, valid 14 days, single use.
// Making a new link replaces the old row, so the old link stops working at once.
import type { Deps } from '../deps.ts';
import { hashSecretHex, isInvitationTokenShape, newInvitationToken } from '../auth/tokens.ts';
import type { InvitationRow, Store, Tx } from '../storage/store.ts';

export const INVITATION_DAYS = 14;

/** `via`: the transaction to write in, else the store itself. */
export async function issueInvitation(deps: Deps, spaceId: string, via: Tx | Store = deps.store): Promise<{ inviteUrl: string; row: InvitationRow }> {
  const token = newInvitationToken();
  const created = deps.now().getTime();
  const row = { spaceId, tokenHash: hashSecretHex(token), createdAt: created, expiresAt: created + INVITATION_DAYS * 86_400_000 };
  await via.putInvitation(row);
  return { inviteUrl: `${deps.config.publicOrigin}/invite/${token}`, row };
}

/** The live invitation for a token, or undefined when it is malformed, unknown or expired. */
export async function findInvitation(deps: Deps, token: string, via: Tx | Store = deps.store): Promise<InvitationRow | undefined> {
  if (!isInvitationTokenShape(token)) return undefined;
  const row = await via.invitationByTokenHash(hashSecretHex(token));
  if (!row || row.expiresAt <= deps.now().getTime()) return undefined;
  return row;
}
