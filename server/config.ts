// Configuration from environment variables, each with a default that works on a laptop.
import path from 'node:path';
import type { AllowanceRule } from './auth/allowance.ts';
import type { AttemptLimits } from './auth/attempts.ts';
import { PERSON_BUDGET, type PersonBudgetOptions } from './sync/person-budget.ts';

export interface Config {
  port: number;
  host: string;
  /** Folder for the SQLite file and the device key; created when missing. */
  dataDir: string;
  /**
   * PostgreSQL (postgres://...): set, it is the one source of truth shared by several instances
   * (README, "Running on several machines"); unset, the embedded SQLite file in dataDir is.
   */
  databaseUrl: string | null;
  /** Redis (redis://...), which relays between instances; needed with databaseUrl. */
  redisUrl: string | null;
  /** The origin people type in their browser; Origin headers must match it. */
  publicOrigin: string;
  /** Other origins that reach the same server: on a laptop, 127.0.0.1 as well as localhost. */
  extraOrigins: string[];
  /** Where the built client lives. */
  clientDir: string;
  /** Seconds a room stays in memory after its last connection leaves. */
  roomIdleSeconds: number;
  /** Stored Yjs updates of one document before they are folded into a snapshot. */
  compactAfterUpdates: number;
  /** Spaces whose folded state the referee keeps in memory (least recently used go first). */
  cachedSpaces: number;
  /**
   * Commands one person may send to one space: a burst, then a steady rate. A person writes a
   * turn in minutes; the largest honest burst is a phone back online sending what it queued.
   */
  commandLimit: { burst: number; perSecond: number };
  /**
   * Answers that need no account ("not yet", "no thanks") to one space's invitation, and any
   * answer from one address. A friend answers once or twice; a link lives 14 days.
   */
  invitationLimits: { perLink: { burst: number; perSecond: number }; perAddress: { burst: number; perSecond: number } };
  /** Spaces one person may open in any 24 hours. */
  spacesPerDay: number;
  /** Sockets, frames, bytes and server time per person across all their sockets (sync/person-budget.ts). */
  personBudget: PersonBudgetOptions;
  /**
   * How many proxies of ours stand in front and append to X-Forwarded-For (0: none; the socket's
   * peer is the client and the header is ignored). See server/http/client-address.ts.
   */
  trustProxy: number;
  /** Growing delays after failed sign-ins and recovery codes (server/auth/attempts.ts). */
  signInLimits: AttemptLimits;
  /** Sign-ups per client address: `burst` at once, then one more every `everyMs`. */
  signUpLimit: AllowanceRule;
  /** Argon2id cost; the defaults are OWASP's current recommendation. */
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
  /** Where reminder email goes out (smtp://host:port or smtps://user:pass@host); none without it. */
  smtpUrl: string | null;
  /** The From address of reminder email; none without it. */
  mailFrom: string | null;
  /** How often the reminder scheduler looks for digests that are due. */
  reminderCheckSeconds: number;
}

const int = (value: string | undefined, fallback: number): number => {
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
};

const num = (value: string | undefined, fallback: number): number => {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Someone who mistypes gets five tries from one place, then waits 1 s, 2 s, 4 s... at most
 * 15 minutes; one address gets twenty failures across all names before waiting, up to an hour;
 * one name gets ten failures across addresses that have been failing before they all wait, up
 * to an hour. Failures are forgotten a day after the last one. At the caps that is under a
 * hundred guesses a day at one name from one address, and about 24 from everywhere else.
 */
function signInLimits(env: NodeJS.ProcessEnv): AttemptLimits {
  const rule = (free: number, maxDelayMs: number) => ({ free, firstDelayMs: SECOND, maxDelayMs, forgetMs: DAY });
  return {
    perPair: rule(int(env.SIGNIN_FAILURES_PER_NAME_AND_ADDRESS, 5), 15 * MINUTE),
    perAddress: rule(int(env.SIGNIN_FAILURES_PER_ADDRESS, 20), HOUR),
    perName: rule(int(env.SIGNIN_FAILURES_PER_NAME, 10), HOUR),
    // Each table holds at most this many keys, about half a kilobyte each (see key-table.ts).
    maxKeys: Math.max(100, int(env.LIMITER_KEYS, 100_000)),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 3000);
  const publicOrigin = (env.PUBLIC_ORIGIN ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    extraOrigins: env.EXTRA_ORIGINS
      ? env.EXTRA_ORIGINS.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean)
      : env.PUBLIC_ORIGIN
        ? []
        : [`http://127.0.0.1:${port}`],
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    publicOrigin,
    clientDir: path.resolve(env.CLIENT_DIR ?? 'dist/client'),
    roomIdleSeconds: int(env.ROOM_IDLE_SECONDS, 10),
    compactAfterUpdates: int(env.COMPACT_AFTER_UPDATES, 500),
    cachedSpaces: int(env.CACHED_SPACES, 1_000),
    commandLimit: { burst: int(env.COMMAND_BURST, 30), perSecond: num(env.COMMANDS_PER_SECOND, 1) },
    invitationLimits: {
      perLink: { burst: int(env.INVITATION_ANSWER_BURST, 5), perSecond: num(env.INVITATION_ANSWERS_PER_SECOND, 1 / 600) },
      perAddress: { burst: int(env.INVITATION_ADDRESS_BURST, 30), perSecond: num(env.INVITATION_ADDRESS_PER_SECOND, 1 / 10) },
    },
    spacesPerDay: int(env.SPACES_PER_DAY, 10),
    personBudget: {
      maxSockets: int(env.PERSON_MAX_SOCKETS, PERSON_BUDGET.maxSockets),
      upgradeBurst: int(env.PERSON_UPGRADE_BURST, PERSON_BUDGET.upgradeBurst),
      upgradesPerSecond: num(env.PERSON_UPGRADES_PER_SECOND, PERSON_BUDGET.upgradesPerSecond),
      framesPerSecond: num(env.PERSON_FRAMES_PER_SECOND, PERSON_BUDGET.framesPerSecond),
      frameBurst: int(env.PERSON_FRAME_BURST, PERSON_BUDGET.frameBurst),
      bytesPerSecond: num(env.PERSON_BYTES_PER_SECOND, PERSON_BUDGET.bytesPerSecond),
      byteBurst: int(env.PERSON_BYTE_BURST, PERSON_BUDGET.byteBurst),
      workMsPerSecond: num(env.PERSON_WORK_MS_PER_SECOND, PERSON_BUDGET.workMsPerSecond),
      workBurstMs: int(env.PERSON_WORK_BURST_MS, PERSON_BUDGET.workBurstMs),
    },
    trustProxy: Math.max(0, int(env.TRUST_PROXY, 0)),
    signInLimits: signInLimits(env),
    // Three at once (a household, a couple of tries), then five an hour.
    signUpLimit: { burst: int(env.SIGNUP_BURST, 3), everyMs: HOUR / Math.max(1, int(env.SIGNUPS_PER_HOUR, 5)) },
    argon2: {
      memoryCost: int(env.ARGON2_MEMORY_KIB, 19_456),
      timeCost: int(env.ARGON2_TIME_COST, 2),
      parallelism: 1,
    },
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || null,
    reminderCheckSeconds: int(env.REMINDER_CHECK_SECONDS, 600),
  };
}

export const isHttps = (config: Config) => config.publicOrigin.startsWith('https://');

/** Email goes out only when both the server and the From address are configured. */
export const sendsMail = (config: Config) => config.smtpUrl !== null && config.mailFrom !== null;
