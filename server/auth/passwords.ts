// Password hashing with argon2id. @node-rs/argon2 runs on libuv's thread pool, so a sign-in
// never blocks the event loop that serves everyone else's sync traffic.
import { hash, verify } from '@node-rs/argon2';

export interface Argon2Cost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export interface Passwords {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Spends the same time as a real verify, so an unknown name answers like a wrong password. */
  verifyNobody(password: string): Promise<false>;
}

export function createPasswords(cost: Argon2Cost): Passwords {
  const options = { ...cost, algorithm: 2 /* Argon2id */ } as const;
  let dummy: Promise<string> | null = null;
  return {
    hash: (password) => hash(password, options),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
    async verifyNobody(password) {
      dummy ??= hash('a password nobody has', options);
      await verify(await dummy, password).catch(() => false);
      return false;
    },
  };
}
