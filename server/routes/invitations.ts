// The invitee's side of an invitation link. Reading it changes nothing (a link preview must
// not consume it); answering "join" needs an account and uses the link up.
import { Hono } from 'hono';
import type { AnswerResult, InvitationView } from '../../shared/api-types.ts';
import { answerInvitationBody } from '../../shared/schemas.ts';
import type { Actor } from '../../shared/space/types.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { actorOf } from './session-helpers.ts';
import { readJson } from '../http/body.ts';
import { clientAddress } from '../http/client-address.ts';
import { fail } from '../http/errors.ts';
import { tooMany } from '../http/rate.ts';
import { findInvitation } from './invitation-links.ts';

const gone = () => fail(404, 'invitation-gone', 'This invitation link is no longer open.');

export function invitationRoutes(deps: Deps) {
  const { referee } = deps;
  return new Hono<AppEnv>()
    .get('/:token', async (c) => {
      const invitation = await findInvitation(deps, c.req.param('token'));
      const state = invitation ? await referee.state(invitation.spaceId) : null;
      if (!invitation || state?.phase !== 'invited') throw gone();
      return c.json<InvitationView>({
        openerName: state.opener.name,
        friendName: state.friendName,
        note: state.note,
        expiresAt: new Date(invitation.expiresAt).toISOString(),
        yours: c.get('user')?.id === state.opener.id,
      });
    })
    .post('/:token', async (c) => {
      const now = deps.now().getTime();
      const fromHere = await deps.limits.invitationAddresses.take(clientAddress(c, deps.config.trustProxy), now);
      if (fromHere > 0) throw tooMany(c, fromHere, 'slow-down', 'There have been a lot of answers from here in a short time. Please wait a little, then try again.');
      const token = c.req.param('token');
      const body = await readJson(c, answerInvitationBody);
      const user = c.get('user');
      if (body.answer === 'join' && !user) throw fail(401, 'unauthorized', 'Please sign up or sign in to join.');
      const invitation = await findInvitation(deps, token);
      if (!invitation) throw gone();
      // Answers that need no account are limited per link; joining needs an account and uses the
      // link up, so a flood of "not yet" cannot keep the friend it was meant for from joining.
      if (body.answer !== 'join') {
        const wait = await deps.limits.invitationLinks.take(invitation.spaceId, now);
        if (wait > 0) throw tooMany(c, wait, 'slow-down', 'This invitation has had a lot of answers in a short time. Please wait a little, then try again.');
      }
      // Declining needs no account: nobody should have to sign up to say no.
      const actor: Actor = user ? actorOf(user) : { id: 'guest', name: 'guest' };
      const { spaceId } = invitation;
      const result = await referee.run({
        spaceId,
        actor,
        command: { type: 'answer-invitation', answer: body.answer, askAgainAfter: body.askAgainAfter },
        alongside: async (tx, state) => {
          // Checked again inside the transaction: of twenty racing joins, one finds the link.
          const live = await findInvitation(deps, token, tx);
          if (!live || live.spaceId !== spaceId || state.phase !== 'invited') throw gone();
          if (body.answer !== 'not-yet') await tx.deleteInvitation(live.spaceId);
        },
      });
      if (!result.ok) {
        if (result.code === 'already-answered') throw gone();
        throw fail(409, 'refused', 'This invitation cannot be answered from this account.', result.code);
      }
      return c.json<AnswerResult>({ answer: body.answer, spaceId: body.answer === 'join' ? spaceId : null });
    });
}
