// What the app is built from. Tests build it with a temporary SQLite file and cheap argon2.
import type { Passwords } from './auth/passwords.ts';
import type { Allowance } from './auth/allowance.ts';
import type { AttemptGuard, ConfirmGuard } from './auth/attempts.ts';
import type { Devices } from './auth/devices.ts';
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
  /** Browsers that signed in before, counted apart by the limiters. */
  devices: Devices;
  rooms: RoomRegistry;
  referee: Referee;
  /** Each limiter apart, so that flooding one cannot empty another. */
  limits: {
    signIn: AttemptGuard;
    recovery: AttemptGuard;
    /** The password asked again while signed in (deleting the account, changing the password), per person. */
    confirm: ConfirmGuard;
    /** Sign-ups, per client address. */
    signUp: Allowance;
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
