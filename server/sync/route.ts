// The WebSocket endpoint: /sync/spaces/:id/:doc, where :doc is log, together or mine.
// Origin is checked by middleware before this (a foreign page is refused outright). Session
// and membership are checked before any document byte is sent; a refusal accepts the socket
// and closes it at once with a 44xx code, which the stock client takes as final.
import { type Context, Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import type { WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import { docAccess, notebookDocName } from '../../shared/access.ts';
import { CloseCode, NOTEBOOK, isDocKind, isSpaceId } from '../../shared/wire.ts';
import { readCookie, sessionCookieName } from '../auth/cookies.ts';
import { isHttps } from '../config.ts';
import type { Deps } from '../deps.ts';
import { handleNotFound } from '../http/errors.ts';
import { isHandshake } from '../http/headers.ts';
import { logError } from '../log.ts';
import { createFrameBudget } from './frame-budget.ts';
import type { Connection, Room, SyncSocket } from './room.ts';


/** A reader that stops reading must not make the server hold its backlog forever. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Time for a close frame to reach the other side before the socket is ended. */
const CLOSE_GRACE_MS = 500;
/** The stock client sends back every presence change it hears; the server relays one a second
 *  per clientID, so a person's honest echoes stay far below this. */
const ECHOES_PER_SECOND = 30;
const ECHO_BURST = 150;

function adapt(context: WSContext<WebSocket>): SyncSocket {
  const ws = context.raw as WebSocket;
  return {
    send(data) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.close(CloseCode.goingAway, 'too slow');
      ws.send(data);
    },
    close(code, reason) {
      if (ws.readyState !== ws.CONNECTING && ws.readyState !== ws.OPEN) return;
      ws.close(code, reason);
      // Nothing more from this socket is wanted: stop reading it, so that megabytes a flood
      // already sent are not unmasked and parsed only to be dropped. The close frame still goes
      // out; the other side's answer is not read, so the socket is ended a moment later.
      ws.pause();
      setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
    },
  };
}

type Admission =
  | { ok: true; sessionId: string; docName: string; conn: Omit<Connection, 'socket'> }
  | { ok: false; code: number; reason: string };

export function syncRoutes(deps: Deps) {
  const cookieName = sessionCookieName({ https: isHttps(deps.config) });

  const person = (cookieHeader: string | undefined) => {
    const session = deps.sessions.validate(readCookie(cookieHeader, cookieName));
    const user = session ? deps.store.userById(session.userId) : undefined;
    return session && user ? { session, user } : null;
  };

  const admitNotebook = (cookieHeader: string | undefined, kind: string): Admission => {
    const who = person(cookieHeader);
    if (!who) return { ok: false, code: CloseCode.unauthorized, reason: 'sign in first' };
    if (kind !== NOTEBOOK) return { ok: false, code: CloseCode.notFound, reason: 'no such document' };
    const { session, user } = who;
    return {
      ok: true,
      sessionId: session.id,
      docName: notebookDocName(user.id),
      conn: { userId: user.id, name: user.displayName, canWrite: true, clientIds: new Set() },
    };
  };

  const admit = (cookieHeader: string | undefined, spaceId: string, kind: string): Admission => {
    const who = person(cookieHeader);
    if (!who) return { ok: false, code: CloseCode.unauthorized, reason: 'sign in first' };
    const { session, user } = who;
    if (!isSpaceId(spaceId) || !isDocKind(kind)) return { ok: false, code: CloseCode.notFound, reason: 'no such document' };
    const access = docAccess(deps.store.spaceById(spaceId), user.id, kind);
    if (!access.ok) return { ok: false, code: access.code, reason: access.reason };
    return {
      ok: true,
      sessionId: session.id,
      docName: access.docName,
      conn: {
        userId: user.id,
        name: user.displayName,
        canWrite: access.canWrite,
        // The together document is read-only only once the space closed; the log always is.
        writeRefusal: kind === 'together' ? CloseCode.spaceClosed : CloseCode.forbidden,
        clientIds: new Set(),
      },
    };
  };

  /** One handler for every document: admission decides which document and what rights. */
  const socketFor = (decide: (c: Context) => Admission) =>
    upgradeWebSocket((c) => {
      const admission = decide(c);
      const budget = createFrameBudget();
      // Echoes of the other person's presence are free, but not endless.
      const echoes = createFrameBudget(ECHOES_PER_SECOND, ECHO_BURST);
      let joined: { room: Room; conn: Connection; sessionId: string } | null = null;
      let holdsSlot = false;
      return {
        onOpen(_event, ws) {
          const socket = adapt(ws as WSContext<WebSocket>);
          if (!admission.ok) return socket.close(admission.code, admission.reason);
          if (!deps.rooms.budgets.open(admission.conn.userId)) return socket.close(CloseCode.slowDown, 'too many connections');
          holdsSlot = true;
          const conn: Connection = { ...admission.conn, socket };
          try {
            joined = { room: deps.rooms.connect(admission.docName, admission.sessionId, conn), conn, sessionId: admission.sessionId };
          } catch (error) {
            logError('room load failed', error);
            socket.close(CloseCode.serverError, 'try again');
          }
        },
        onMessage(event, ws) {
          const raw = (ws as WSContext<WebSocket>).raw as WebSocket;
          // A socket already closing gets no more work done for it.
          if (!joined || raw.readyState !== raw.OPEN) return;
          const socket = adapt(ws as WSContext<WebSocket>);
          const data = event.data;
          if (!(data instanceof ArrayBuffer)) return socket.close(CloseCode.badFrame, 'binary frames only');
          const frame = new Uint8Array(data);
          const { room, conn } = joined;
          if (room.isFree(conn, frame)) {
            if (!echoes.take()) return socket.close(CloseCode.slowDown, 'too many messages');
          } else if (!budget.take() || deps.rooms.budgets.spend(conn.userId, frame.length) !== 'ok') {
            return socket.close(CloseCode.slowDown, 'too many messages');
          }
          deps.rooms.frames.push(conn.userId, () => {
            const started = performance.now();
            room.receive(conn, frame);
            // What crafted frames cost is time, whatever their size: charged to their sender.
            if (!deps.rooms.budgets.spendWork(conn.userId, performance.now() - started)) socket.close(CloseCode.slowDown, 'too much work');
          });
        },
        onClose() {
          if (joined) deps.rooms.disconnect(joined.sessionId, joined.room, joined.conn);
          joined = null;
          if (holdsSlot && admission.ok) deps.rooms.budgets.close(admission.conn.userId);
          holdsSlot = false;
        },
        onError() {
          // ws emits 'close' after 'error'; the room is left there.
        },
      };
    });

  return new Hono()
    // Only a real handshake reaches the socket handlers; anything else under /sync (a plain GET,
    // an Upgrade header without "Connection: upgrade", an unknown path) is a JSON 404, never the
    // app's HTML: an upgrade answered 200 looks like success to a client, which retries forever.
    .use('*', async (c, next) => (isHandshake(c) ? next() : handleNotFound(c)))
    .get('/spaces/:id/:doc', socketFor((c) => admit(c.req.header('cookie'), c.req.param('id') ?? '', c.req.param('doc') ?? '')))
    // A person's own notebook (the reflection written before a space exists), addressed by the
    // session alone, so nobody can name another person's.
    .get('/me/:doc', socketFor((c) => admitNotebook(c.req.header('cookie'), c.req.param('doc') ?? '')))
    .all('*', handleNotFound);
}
