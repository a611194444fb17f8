// The WebSocket endpoint: /sync/spaces/:id/:doc, where :doc is log, together or mine.
// Origin is checked by middleware before this (a foreign page is refused outright). Session
// and membership are checked before any document byte is sent; a refusal accepts the socket
// and closes it at once with a 44xx code, which the stock client takes as final.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { docAccess, notebookDocName } from '../../shared/access.ts';
import { CloseCode, NOTEBOOK, isDocKind, isSpaceId } from '../../shared/wire.ts';
import { readCookie, sessionCookieName } from '../auth/cookies.ts';
import { isHttps } from '../config.ts';
import type { Deps } from '../deps.ts';
import { handleNotFound } from '../http/errors.ts';
import { isHandshake } from '../http/headers.ts';
import { logError } from '../log.ts';
import { FRAMES_PER_SECOND, FRAME_BURST, type Rate, WHOLE, takeFrom } from './frame-budget.ts';
import type { Connection, Room, SyncSocket } from './room.ts';
import { corkForTurn } from './turn-cork.ts';
import type { SocketHandlers, UpgradeEnv } from './upgrade.ts';


/** A reader that stops reading must not make the server hold its backlog forever. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Time for a close frame to reach the other side before the socket is ended. */
const CLOSE_GRACE_MS = 500;
/** The stock client sends back every presence change it hears; the server relays one a second
 *  per clientID, so a person's honest echoes stay far below this. */
const ECHOES: Rate = { perSecond: 30, burst: 150 };
const FRAMES: Rate = { perSecond: FRAMES_PER_SECOND, burst: FRAME_BURST };
/** Frames a client may send while its document loads (the stock client sends two or three). */
const MAX_EARLY_FRAMES = 64;

/** The room's view of one socket: a class, so each socket costs one small object. */
class WsSocket implements SyncSocket {
  constructor(private readonly ws: WebSocket) {}

  send(data: Uint8Array): void {
    const ws = this.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.close(CloseCode.goingAway, 'too slow');
    // A group commit shares many updates in one go: they leave in one write (turn-cork.ts).
    const raw = (ws as unknown as { _socket?: Socket })._socket;
    if (raw) corkForTurn(raw);
    ws.send(data);
  }

  close(code: number, reason: string): void {
    const ws = this.ws;
    if (ws.readyState !== ws.CONNECTING && ws.readyState !== ws.OPEN) return;
    ws.close(code, reason);
    // Nothing more from this socket is wanted: stop reading it, so that megabytes a flood
    // already sent are not unmasked and parsed only to be dropped. The close frame still goes
    // out; the other side's answer is not read, so the socket is ended a moment later.
    ws.pause();
    setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
  }
}

type Admission =
  | { ok: true; sessionId: string; docName: string; conn: Omit<Connection, 'socket'> }
  | { ok: false; code: number; reason: string };

/**
 * The handlers of one socket, as a class: the socket finds them through one field
 * (upgrade.ts), so each socket costs one object instead of closures and their scope.
 */
class SocketEvents implements SocketHandlers {
  private room: Room | null = null;
  private conn: Connection | null = null;
  private sessionId = '';
  /** The person whose socket slot this socket holds, once it holds one. */
  private slotOf: string | null = null;
  /** The socket's own frame budget: the time its bucket is whole again (frame-budget.ts). */
  private budget = WHOLE;
  /** Echoes of the other person's presence are free, but not endless. */
  private echoes = WHOLE;
  /** Frames that arrived while the room loaded: ws buffers nothing, so they wait here. */
  private early: ArrayBuffer[] | null = null;
  private ended = false;

  constructor(
    private readonly deps: Deps,
    private admission: Admission | null,
  ) {}

  open(raw: WebSocket): void {
    const pending = this.admission;
    this.admission = null;
    if (!pending) return;
    const socket = new WsSocket(raw);
    // Frames may come before the room is ready; they wait, in order, until it is.
    this.early = [];
    void this.join(pending, socket, raw).catch((error: unknown) => {
      logError('room load failed', error);
      this.early = null;
      socket.close(CloseCode.serverError, 'try again');
    });
  }

  private async join(admission: Admission, socket: WsSocket, raw: WebSocket): Promise<void> {
    if (!admission.ok) return socket.close(admission.code, admission.reason);
    const { deps } = this;
    if (!deps.rooms.budgets.open(admission.conn.userId)) return socket.close(CloseCode.slowDown, 'too many connections');
    this.slotOf = admission.conn.userId;
    const conn: Connection = { ...admission.conn, socket };
    const room = await deps.rooms.room(admission.docName);
    if (this.ended) return;
    // Let go between its load and now (a failure elsewhere): the client tries again.
    if (!deps.rooms.connect(room, admission.sessionId, conn)) throw new Error('room let go while joining');
    this.room = room;
    this.conn = conn;
    this.sessionId = admission.sessionId;
    const early = this.early ?? [];
    this.early = null;
    for (const data of early) this.handle(data, raw);
  }

  message(data: ArrayBuffer | null, raw: WebSocket): void {
    if (this.early) {
      if (raw.readyState !== raw.OPEN) return;
      if (!(data instanceof ArrayBuffer)) return new WsSocket(raw).close(CloseCode.badFrame, 'binary frames only');
      if (this.early.length >= MAX_EARLY_FRAMES) return new WsSocket(raw).close(CloseCode.slowDown, 'too many messages');
      this.early.push(data);
      return;
    }
    this.handle(data, raw);
  }

  private handle(data: ArrayBuffer | null, raw: WebSocket): void {
    const { room, conn, deps } = this;
    // A socket already closing gets no more work done for it.
    if (!room || !conn || raw.readyState !== raw.OPEN) return;
    const socket = conn.socket;
    if (!(data instanceof ArrayBuffer)) return socket.close(CloseCode.badFrame, 'binary frames only');
    const frame = new Uint8Array(data);
    const now = Date.now();
    if (room.isFree(conn, frame)) {
      const echoes = takeFrom(this.echoes, 1, ECHOES, now);
      if (echoes === null) return socket.close(CloseCode.slowDown, 'too many messages');
      this.echoes = echoes;
    } else {
      const budget = takeFrom(this.budget, 1, FRAMES, now);
      if (budget === null || deps.rooms.budgets.spend(conn.userId, frame.length) !== 'ok') return socket.close(CloseCode.slowDown, 'too many messages');
      this.budget = budget;
    }
    deps.rooms.frames.push(conn.userId, () => {
      const started = performance.now();
      room.receive(conn, frame);
      // What crafted frames cost is time, whatever their size: charged to their sender.
      if (!deps.rooms.budgets.spendWork(conn.userId, performance.now() - started)) socket.close(CloseCode.slowDown, 'too much work');
    });
  }

  close(): void {
    this.ended = true;
    this.early = null;
    if (this.room && this.conn) this.deps.rooms.disconnect(this.sessionId, this.room, this.conn);
    this.room = null;
    this.conn = null;
    if (this.slotOf !== null) this.deps.rooms.budgets.close(this.slotOf);
    this.slotOf = null;
    this.admission = null;
  }
}

export function syncRoutes(deps: Deps) {
  const cookieName = sessionCookieName({ https: isHttps(deps.config) });

  const person = async (cookieHeader: string | undefined) => {
    const session = await deps.sessions.validate(readCookie(cookieHeader, cookieName));
    const user = session ? await deps.store.userById(session.userId) : undefined;
    return session && user ? { session, user } : null;
  };

  const admitNotebook = async (cookieHeader: string | undefined, kind: string): Promise<Admission> => {
    const who = await person(cookieHeader);
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

  const admit = async (cookieHeader: string | undefined, spaceId: string, kind: string): Promise<Admission> => {
    const who = await person(cookieHeader);
    if (!who) return { ok: false, code: CloseCode.unauthorized, reason: 'sign in first' };
    const { session, user } = who;
    if (!isSpaceId(spaceId) || !isDocKind(kind)) return { ok: false, code: CloseCode.notFound, reason: 'no such document' };
    const access = docAccess(await deps.store.spaceById(spaceId), user.id, kind);
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

  /** The database could not be asked (stopped, restarting): the socket opens only to say "try
   *  again", a close the stock client answers by reconnecting a moment later. */
  const unreachable = (error: unknown): Admission => {
    logError('admission failed', error);
    return { ok: false, code: CloseCode.serverError, reason: 'try again' };
  };

  /** One handler for every document: admission decides which document and what rights. */
  const socketFor = (decide: (c: Context) => Promise<Admission>): MiddlewareHandler => async (c, next) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') return next();
    // Everything the socket needs is read now; the handlers keep only what admission returned.
    // The handshake is completed by upgrade.ts once the app has answered.
    (c.env as UpgradeEnv).accept = new SocketEvents(deps, await decide(c).catch(unreachable));
    return c.body(null);
  };

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
