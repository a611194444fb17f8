// The WebSocket handshake, run through the app and completed here.
//
// Why not @hono/node-server's upgradeWebSocket: for each socket's whole life it keeps the
// context of its upgrade (a context object with three closures and a parsed URL, the handshake
// environment, a buffer array, four listener closures): about 1.5 KB a socket, the largest part
// of what an idle space cost Mend more than the reference server (bench/README.md). Here a
// socket keeps only its handlers, found from the socket itself by listeners shared by all.
//
// The handshake still goes through the whole app (security and Origin middleware, routing,
// admission) as a request; a route that takes the socket leaves its handlers on the
// environment, and anything else the app answered is sent back as the refusal.
import { type IncomingMessage, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, type WebSocketServer } from 'ws';

/** What a socket's route does with it once the handshake is done. */
export interface SocketHandlers {
  open(ws: WebSocket): void;
  /** A frame: an ArrayBuffer for a binary one, null for text (which no client of ours sends). */
  message(data: ArrayBuffer | null, ws: WebSocket): void;
  close(): void;
}

/**
 * The environment the app sees for a handshake: `incoming` without `outgoing` is what
 * http/headers.ts takes for one (as @hono/node-server's was). A route accepts by setting `accept`.
 */
export interface UpgradeEnv {
  incoming: IncomingMessage;
  outgoing: undefined;
  accept?: SocketHandlers;
}

/** A server-side socket that knows its handlers: one field instead of closures per socket. */
export class SyncWebSocket extends WebSocket {
  handlers: SocketHandlers | null = null;
}

function onMessage(this: WebSocket, data: unknown, isBinary: boolean): void {
  (this as SyncWebSocket).handlers?.message(isBinary && data instanceof ArrayBuffer ? data : null, this);
}

function onClose(this: WebSocket): void {
  const sync = this as SyncWebSocket;
  const handlers = sync.handlers;
  sync.handlers = null;
  handlers?.close();
}

function onError(): void {
  // ws emits 'close' after 'error'; without a listener an error would throw.
}

type Fetch = (request: Request, env: UpgradeEnv) => Response | Promise<Response>;

/** Runs every WebSocket handshake `server` gets through `fetch`, and opens the accepted ones. */
export function handleUpgrades(server: Server, wss: WebSocketServer, fetch: Fetch): void {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => void upgrade(request, socket, head));

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    // A peer that resets mid-handshake must not take the process with it.
    socket.on('error', onError);
    if (request.headers.upgrade?.toLowerCase() !== 'websocket') return refuse(socket, 400);
    const env: UpgradeEnv = { incoming: request, outgoing: undefined };
    let status: number;
    try {
      const web = webRequest(request);
      if (!web) return refuse(socket, 400);
      status = (await fetch(web, env)).status;
    } catch {
      return refuse(socket, 500);
    }
    const handlers = env.accept;
    if (socket.destroyed) return;
    if (!handlers) return refuse(socket, status);
    wss.handleUpgrade(request, socket, head, (ws) => {
      socket.off('error', onError);
      const sync = ws as SyncWebSocket;
      sync.binaryType = 'arraybuffer';
      sync.handlers = handlers;
      sync.on('message', onMessage);
      sync.on('close', onClose);
      sync.on('error', onError);
      wss.emit('connection', ws, request);
      handlers.open(ws);
    });
  }
}

/** The handshake as a web request for the app; null when its target or host is not a URL. */
function webRequest(request: IncomingMessage): Request | null {
  const target = request.url ?? '/';
  // Only a path: "//host/..." would be read as another host.
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  const protocol = (request.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  let url: URL;
  try {
    url = new URL(target, `${protocol}://${request.headers.host ?? 'localhost'}`);
  } catch {
    return null;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || value === '') continue;
    try {
      headers.append(name, Array.isArray(value) ? (value[0] ?? '') : value);
    } catch {
      return null;
    }
  }
  return new Request(url, { headers });
}

/** Answers a handshake the app did not take with its status, and ends the connection. */
function refuse(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  const code = status >= 400 && status <= 599 ? status : 400;
  socket.end(`HTTP/1.1 ${code} ${STATUS_CODES[code] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
