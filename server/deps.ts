// What the app is built from. Tests build it with a temporary SQLite file and cheap argon2.
import type { Passwords } from './auth/passwords.ts';
import type { RateLimiter } from './auth/rate-limit.ts';
import type { Sessions, ValidSession } from './auth/sessions.ts';
import type { Config } from './config.ts';
import type { TokenBuckets } from './http/rate.ts';
import type { Referee } from './spaces/referee.ts';
import type { Store, UserRow } from './storage/store.ts';
import type { RoomRegistry } from './sync/registry.ts';

export interface Deps {
  config: Config;
  store: Store;
  passwords: Passwords;
  sessions: Sessions;
  rooms: RoomRegistry;
  referee: Referee;
  limits: {
    byName: RateLimiter;
    byAddress: RateLimiter;
    /** Commands, per person and space. */
    commands: TokenBuckets;
    /** Invitation answers, per space's link and per address. */
    invitationLinks: TokenBuckets;
    invitationAddresses: TokenBuckets;
  };
  now: () => Date;
}

export interface AppEnv {
  Variables: {
    session: ValidSession | null;
    user: UserRow | null;
  };
}
