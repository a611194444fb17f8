// Starts a real Mend server on port 0 with its own temporary SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  config: Config;
  /** Stops and starts again on the same data folder and port. */
  restart(): Promise<TestServer>;
}

export async function startTestServer(overrides: Partial<Config> = {}, dataDir?: string, port = 0): Promise<TestServer> {
  process.env.MEND_QUIET = '1';
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mend-test-'));
  const base = loadConfig({});
  const config: Config = {
    ...base,
    host: '127.0.0.1',
    dataDir: dir,
    // Lighter than production so the suite stays quick; the algorithm and code path are the same.
    argon2: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
    roomIdleSeconds: 1,
    extraOrigins: [],
    // Every test person signs in from 127.0.0.1; the per-address delays have their own tests
    // (test/attacks/sign-in.test.ts), which set the production limits back.
    signInLimits: { ...base.signInLimits, perAddress: { ...base.signInLimits.perAddress, free: 1000 } },
    // And every test person signs up from there; test/attacks/sign-up.test.ts sets the limit back.
    signUpLimit: { burst: 1_000_000, everyMs: 1 },
    // Likewise every invitation answer; the per-address limit has its own test (test/attacks/).
    invitationLimits: { ...base.invitationLimits, perAddress: { burst: 100_000, perSecond: 1000 } },
    ...overrides,
  };
  // The public origin must name the real port, which is known only after listening.
  const running = await startServer(config, port);
  const origin = `http://127.0.0.1:${running.port}`;
  running.deps.config.publicOrigin = origin;
  const finalConfig = running.deps.config;
  return {
    ...running,
    url: origin,
    dataDir: dir,
    config: finalConfig,
    async restart() {
      await running.close();
      return startTestServer({ ...overrides, publicOrigin: origin }, dir, running.port);
    },
  };
}

/** Moves the server's clock; every part of the server reads `deps.now` per call. Returns an undo. */
export function shiftClock(server: RunningServer, ms: number): () => void {
  const before = server.deps.now;
  server.deps.now = () => new Date(before().getTime() + ms);
  return () => {
    server.deps.now = before;
  };
}

/**
 * A real server for a whole test file: `const app = useTestServer();` then `app.server.url`
 * inside tests. Started before the first test and stopped after the last; pass a function
 * when working out the options costs something (building the client).
 */
export function useTestServer(overrides: Partial<Config> | (() => Partial<Config>) = {}): { readonly server: TestServer } {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(typeof overrides === 'function' ? overrides() : overrides);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useTestServer: used before beforeAll ran');
      return server;
    },
  };
}
