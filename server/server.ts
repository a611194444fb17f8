// Starts a Mend server: storage, rooms, the app, HTTP and WebSockets on one port.
// Used by main.ts, by the integration tests (port 0) and by the benchmark.
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { Limits } from '../shared/wire.ts';
import { createApp } from './app.ts';
import { manageConnections } from './http/connections.ts';
import { createPasswords } from './auth/passwords.ts';
import { createDevices, loadDeviceKey } from './auth/devices.ts';
import { SWEEP_EVERY_MS, sweepExpiredSessions } from './auth/session-sweep.ts';
import { createSessions } from './auth/sessions.ts';
import type { Config } from './config.ts';
import { logError } from './log.ts';
import type { Deps } from './deps.ts';
import { createLimits } from './limits/open-limits.ts';
import { openRedisLimits, type RedisLimits } from './limits/redis-limits.ts';
import { loadContent } from './content.ts';
import { LANGUAGES } from '../shared/languages.ts';
import { createMailer } from './reminders/mailer.ts';
import { createReminders, type Reminders } from './reminders/scheduler.ts';
import { createReferee } from './spaces/referee.ts';
import { openStorage } from './storage/open-store.ts';
import { RoomRegistry } from './sync/registry.ts';
import { SYNC_LIMITS } from './sync/limits.ts';
import { createSharedCharges } from './sync/shared-person-budget.ts';
import { SyncWebSocket, handleUpgrades } from './sync/upgrade.ts';

export interface RunningServer {
  url: string;
  port: number;
  deps: Deps;
  /** The reminder scheduler; its interval runs only when SMTP is configured. */
  reminders: Reminders;
  close(): Promise<void>;
}

export async function startServer(config: Config, port = config.port): Promise<RunningServer> {
  const { store, relay } = await openStorage(config);
  const deviceKey = loadDeviceKey(path.join(config.dataDir, 'device.key'));
  // Several instances count limits together in Redis; one process counts them in memory.
  let redisLimits: RedisLimits | null = null;
  if (relay.shared && config.redisUrl) {
    try {
      redisLimits = await openRedisLimits(config.redisUrl, deviceKey);
    } catch (error) {
      await relay.close();
      await store.close();
      throw error;
    }
  }
  const sharedCharges = redisLimits ? createSharedCharges(redisLimits, config.personBudget) : null;
  const rooms = new RoomRegistry(store, {
    idleMs: config.roomIdleSeconds * 1000,
    keepaliveMs: 10_000,
    compactAfterUpdates: config.compactAfterUpdates,
    ...SYNC_LIMITS,
    personBudget: config.personBudget,
    sharedCharges,
  }, relay);
  // Every language's content is checked before anyone is served, not when a Dutch email is due.
  for (const language of LANGUAGES) loadContent(language);
  // One clock, read through deps on every call, so a test can move time for every part at once.
  const now = () => deps.now();
  const deps: Deps = {
    config,
    store,
    passwords: createPasswords(config.argon2),
    sessions: createSessions(store, () => now().getTime()),
    devices: createDevices(deviceKey),
    rooms,
    referee: createReferee(store, rooms, now, loadContent().decks, { cachedSpaces: config.cachedSpaces }),
    limits: createLimits(config, redisLimits),
    now: () => new Date(),
  };
  const mailer = config.smtpUrl && config.mailFrom ? createMailer(config.smtpUrl, config.mailFrom) : null;
  const reminders = createReminders(deps, mailer, config.reminderCheckSeconds * 1000);
  const app = createApp(deps);
  const wss = new WebSocketServer({ noServer: true, maxPayload: Limits.frameBytes, WebSocket: SyncWebSocket });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  handleUpgrades(server, wss, (request, env) => app.fetch(request, env));
  const connections = manageConnections(server);
  await new Promise<void>((resolve) => server.listen(port, config.host, resolve));
  const actualPort = (server.address() as AddressInfo).port;

  // Dead peers (a phone that lost signal) are found by ws pings and dropped.
  const alive = new WeakSet<object>();
  // One listener for every socket (ws calls it with the socket as `this`), not a closure each.
  const markAlive = function (this: object) {
    alive.add(this);
  };
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', markAlive);
  });
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
  }, 30_000);
  pinger.unref();
  const sweeper = setInterval(() => void sweepExpiredSessions(deps).catch((error: unknown) => logError('session sweep failed', error)), SWEEP_EVERY_MS);
  sweeper.unref();

  return {
    url: `http://${config.host}:${actualPort}`,
    port: actualPort,
    deps,
    reminders,
    async close() {
      clearInterval(pinger);
      clearInterval(sweeper);
      // Stop taking connections first, and close the WebSocketServer so that an upgrade still
      // in its handshake is refused (503): otherwise it joins a room after the terminate below
      // and holds the stop open until the client itself gives up (30 s for the stock client).
      const stopped = connections.close();
      wss.close();
      await reminders.stop();
      const flushed = rooms.close();
      for (const ws of wss.clients) ws.terminate();
      await stopped;
      await flushed;
      sharedCharges?.close();
      await redisLimits?.close();
      await relay.close();
      await store.close();
    },
  };
}
