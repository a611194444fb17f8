// "This browser has signed in as this person before": a signed cookie that lets the owner past
// the delays someone else's guessing put on their name and address (OWASP's device cookies,
// "Slow down online guessing attacks with device cookies"). Without it, a guesser who shares
// Sam's address (a flat, an office, a phone network's shared address) could keep Sam waiting.
// A browser holding one is counted on its own: five tries, then growing waits, like anyone.
//
// The cookie holds a random id and an expiry day, MACed with the person's id and password hash
// under a key kept in the data folder. It names nobody (the person's id is only inside the
// MAC), grants nothing but being counted apart, is worth nothing for any other account, and a
// new password makes every earlier one worthless (a thief's included).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { randomToken } from './tokens.ts';

export const DEVICE_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;
const KEY_BYTES = 32;

/** The MAC key, made on first start (0600, like the database) and kept across restarts. */
export function loadDeviceKey(file: string): Buffer {
  // On PostgreSQL nothing else makes the data folder; it holds only this key then.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, crypto.randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = fs.readFileSync(file);
  if (key.length < KEY_BYTES) throw new Error(`${file} is shorter than ${KEY_BYTES} bytes; remove it to make a new one.`);
  return key;
}

/** Whose device: the person's id and their current password hash. */
export interface DeviceOwner {
  id: string;
  passwordHash: string;
}

export interface Devices {
  /** A new cookie value for a browser where `owner` just proved who they are. */
  issue(owner: DeviceOwner, now: number): { value: string; expiresAt: number };
  /** The device's id when `value` was issued for `owner` (and this password) and has not expired. */
  recognise(value: string | undefined, owner: DeviceOwner, now: number): string | null;
}

export function createDevices(key: Buffer): Devices {
  const mac = (owner: DeviceOwner, id: string, day: number) =>
    encodeBase32LowerCaseNoPadding(
      crypto.createHmac('sha256', key).update(`${owner.id}\n${owner.passwordHash}\n${id}\n${day}`).digest().subarray(0, 16),
    );
  return {
    issue(owner, now) {
      const id = randomToken(10);
      const day = Math.floor(now / DAY_MS) + DEVICE_DAYS;
      return { value: `${id}.${day}.${mac(owner, id, day)}`, expiresAt: day * DAY_MS };
    },
    recognise(value, owner, now) {
      const parts = value ? /^([a-z2-7]{16})\.(\d{1,7})\.([a-z2-7]{26})$/.exec(value) : null;
      if (!parts) return null;
      const [, id = '', dayText = '', given = ''] = parts;
      const day = Number(dayText);
      if (day * DAY_MS <= now) return null;
      const expected = mac(owner, id, day);
      return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(given)) ? id : null;
    },
  };
}
