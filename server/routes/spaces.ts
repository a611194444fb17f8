// Spaces: open one (with its first invitation link), list mine, read one, replace or revoke
// the link, and send commands to the referee.
import { Hono } from 'hono';
import type { CommandResult, OpenSpaceResult, SpaceSummary } from '../../shared/api-types.ts';
import { docName } from '../../shared/access.ts';
import { openSpaceBody, spaceCommandBody } from '../../shared/schemas.ts';
import { GROUND_RULES_KEY, STATEMENT_KEY } from '../../shared/wire.ts';
import { newId } from '../auth/tokens.ts';
import { languageOf, refusalWords } from '../content.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { actorOf } from './session-helpers.ts';
import { readJson } from '../http/body.ts';
import { fail } from '../http/errors.ts';
import { requireUser } from '../http/auth.ts';
import { tooMany } from '../http/rate.ts';
import { meetingCalendar } from './calendar.ts';
import { issueInvitation } from './invitation-links.ts';
import { visibleSpace } from './space-access.ts';
import { canSee, detail, summary } from './space-views.ts';


const DAY_MS = 86_400_000;

const togetherText = async (deps: Deps, spaceId: string, key: string): Promise<string> =>
  (await deps.rooms.current(docName(spaceId, 'together'))).doc.getText(key).toString();

export function spaceRoutes(deps: Deps) {
  const { store, referee } = deps;


  const started = async (id: string) => {
    const state = await referee.state(id);
    if (state.phase === 'none') throw fail(404, 'not-found', 'There is no space here for you.');
    return state;
  };

  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const user = requireUser(c);
      const body = await readJson(c, openSpaceBody);
      const spaceId = newId();
      let inviteUrl = '';
      const result = await referee.run({
        spaceId,
        actor: actorOf(user),
        command: { type: 'open', friendName: body.friendName, note: body.note },
        creates: true,
        alongside: async (tx) => {
          // Each space is a link someone may be sent; a handful a day is more than anyone needs.
          // Counted inside the transaction, so two requests at once cannot both squeeze past it.
          const now = deps.now();
          const opened = await tx.openedSince(user.id, new Date(now.getTime() - DAY_MS).toISOString());
          if (opened.count >= deps.config.spacesPerDay) {
            const wait = opened.first ? (Date.parse(opened.first) + DAY_MS - now.getTime()) / 1000 : DAY_MS / 1000;
            throw tooMany(c, wait, 'too-many-spaces', 'You have opened several spaces today. You can open another tomorrow.');
          }
          await tx.createSpace({ id: spaceId, openerId: user.id, inviteeId: null, phase: 'invited', createdAt: deps.now().toISOString() });
          inviteUrl = (await issueInvitation(deps, spaceId, tx)).inviteUrl;
        },
      });
      if (!result.ok) throw fail(409, 'refused', 'That space could not be opened.', result.code);
      return c.json<OpenSpaceResult>({ id: spaceId, inviteUrl }, 201);
    })
    .get('/', async (c) => {
      const user = requireUser(c);
      const list: SpaceSummary[] = [];
      for (const row of await store.spacesOf(user.id)) {
        if (!canSee(row, user.id)) continue;
        const state = await referee.state(row.id);
        if (state.phase !== 'none') list.push(summary(state, user.id));
      }
      return c.json(list);
    })
    .get('/:id', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      return c.json(detail(await started(row.id), user.id, await store.invitationOf(row.id)));
    })
    .post('/:id/invitation', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      if (row.openerId !== user.id || row.phase !== 'invited')
        throw fail(409, 'refused', 'A new link can be made only while your invitation is open.', 'not-invited');
      return c.json<Pick<OpenSpaceResult, 'inviteUrl'>>({ inviteUrl: (await issueInvitation(deps, row.id)).inviteUrl }, 201);
    })
    .delete('/:id/invitation', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      if (row.openerId !== user.id) throw fail(404, 'not-found', 'There is no space here for you.');
      await store.deleteInvitation(row.id);
      return c.body(null, 204);
    })
    // Only the asker's own sealed answers: what they said, before both are revealed together.
    .get('/:id/sealed', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      return c.json(await referee.mySealed(row.id, user.id));
    })
    .get('/:id/meetings/:meetingId/calendar.ics', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      const state = await started(row.id);
      const meeting = state.phase === 'open' || state.phase === 'closed' ? state.rebuild.meetings.find((m) => m.id === c.req.param('meetingId')) : undefined;
      if (!meeting || meeting.status !== 'agreed') throw fail(404, 'not-found', 'There is no agreed meeting here.');
      const other = state.opener.id === user.id && 'invitee' in state ? state.invitee.name : state.opener.name;
      c.header('Content-Type', 'text/calendar; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="meeting-${meeting.id}.ics"`);
      return c.body(meetingCalendar(meeting, row.id, other, deps.config.publicOrigin, deps.now(), languageOf(user)));
    })
    .post('/:id/commands', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      // Before reading the body: a flood is turned away at the cost of one lookup (in Redis when
      // several instances run, so spreading commands across them gains nothing).
      const wait = await deps.limits.commands.take(`${user.id}:${row.id}`, deps.now().getTime());
      if (wait > 0) throw tooMany(c, wait, 'slow-down', 'That was a lot in a short time. Please wait a moment, then try again.');
      const { id: commandId, ...command } = await readJson(c, spaceCommandBody);
      // Agreement is to the words as they stand in the shared document, not to a client's copy.
      const key = command.type === 'agree-ground-rules' ? GROUND_RULES_KEY : command.type === 'mark-statement' ? STATEMENT_KEY : null;
      if (key && 'text' in command && command.text !== (await togetherText(deps, row.id, key)))
        throw fail(409, 'refused', 'These words changed a moment ago. Please read them again.', 'ground-rules-changed');
      const result = await referee.run({ spaceId: row.id, actor: actorOf(user), command, commandId });
      if (!result.ok && result.code === 'id-reused')
        throw fail(409, 'id-reused', 'This was sent before with different content, so nothing was changed. Please try again.');
      if (!result.ok) throw fail(409, 'refused', refusalWords(result.code, languageOf(user)), result.code);
      return c.json<CommandResult>({ events: result.events });
    });
}
