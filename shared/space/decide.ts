// The referee's rules: given the state and a command from an actor, the events to append or
// the reason it is refused. Pure, so the server enforces exactly what the tests prove.
import { assertNever } from './evolve.ts';
import { decideRebuild } from './rebuild-decide.ts';
import { decideTalk } from './talk-decide.ts';
import type { Command, DecideContext, Decision, RebuildCommand, RefusalCode, SpaceState } from './types.ts';

const refuse = (code: RefusalCode): Decision => ({ ok: false, code });

const NOTHING_SEALED = { checkin: {}, reassessment: {} } as const;

const REBUILD_COMMANDS = new Set<string>([
  'propose-meeting', 'answer-meeting', 'move-meeting', 'share-meeting-line', 'propose-commitment', 'answer-commitment',
  'revise-commitment', 'keep-commitment', 'notice-commitment', 'choose-rhythm', 'ask-checkin', 'answer-checkin',
  'start-reassessment', 'choose-reassessment', 'mark-statement',
]);
const isRebuildCommand = (c: Command): c is RebuildCommand => REBUILD_COMMANDS.has(c.type);

export const isMember = (state: SpaceState, userId: string): boolean =>
  (state.phase === 'open' || state.phase === 'closed') &&
  (state.opener.id === userId || state.invitee.id === userId);

export function decide(state: SpaceState, command: Command, ctx: DecideContext): Decision {
  const { actor, now: at } = ctx;
  switch (command.type) {
    case 'open': {
      if (state.phase !== 'none') return refuse('already-exists');
      if (!ctx.spaceId) return refuse('no-space');
      return {
        ok: true,
        events: [
          {
            type: 'space-opened',
            at,
            by: actor.id,
            spaceId: ctx.spaceId,
            openerName: actor.name,
            friendName: command.friendName,
            note: command.note,
          },
        ],
      };
    }
    case 'answer-invitation': {
      if (state.phase === 'none') return refuse('no-space');
      if (state.phase !== 'invited') return refuse('already-answered');
      if (state.opener.id === actor.id) return refuse('own-invitation');
      const { answer } = command;
      switch (answer) {
        case 'join':
          return { ok: true, events: [{ type: 'friend-joined', at, by: actor.id, name: actor.name }] };
        case 'not-yet':
          // The last answer counts: the same "not yet" again changes nothing and adds nothing to
          // the log, so a link holder without an account cannot grow it by repeating themself.
          if (state.notYet && state.notYet.askAgainAfter === (command.askAgainAfter ?? null)) return { ok: true, events: [] };
          return {
            ok: true,
            events: [{ type: 'invitation-deferred', at, by: actor.id, askAgainAfter: command.askAgainAfter ?? null }],
          };
        case 'no-thanks':
          return { ok: true, events: [{ type: 'invitation-declined', at, by: actor.id }] };
        default:
          return assertNever(answer);
      }
    }
    case 'leave': {
      if (state.phase === 'none') return refuse('no-space');
      if (state.phase === 'closed') return refuse('closed');
      if (state.phase !== 'open') return refuse('not-open');
      if (!isMember(state, actor.id)) return refuse('not-a-member');
      return {
        ok: true,
        events: [{ type: 'space-closed', at, by: actor.id, lastMessage: command.lastMessage?.trim() || null }],
      };
    }
    default: {
      if (state.phase === 'closed') return refuse('closed');
      if (state.phase !== 'open') return refuse('not-open');
      if (!isMember(state, actor.id)) return refuse('not-a-member');
      const otherId = state.opener.id === actor.id ? state.invitee.id : state.opener.id;
      if (isRebuildCommand(command))
        return decideRebuild(state.rebuild, command, { actor, otherId, now: at, talk: state.talk, sealed: ctx.sealed ?? NOTHING_SEALED });
      return decideTalk(state.talk, command, { actor, otherId, inviteeId: state.invitee.id, now: at, decks: ctx.decks ?? [] });
    }
  }
}
