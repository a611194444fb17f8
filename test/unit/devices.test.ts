// Device cookies: recognised only for the person and password they were issued for, until
// they expire, and only as issued; the key is made once and kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_DAYS, createDevices, loadDeviceKey } from '../../server/auth/devices.ts';

const DAY = 86_400_000;
const sam = { id: 'samsamsamsamsams', passwordHash: '$argon2id$sam' };
const devices = createDevices(Buffer.alloc(32, 7));

describe('device cookies', () => {
  it('are recognised for the person they were issued for, as the same device', () => {
    const { value } = devices.issue(sam, 0);
    const id = devices.recognise(value, sam, 1000);
    expect(id).toMatch(/^[a-z2-7]{16}$/);
    expect(value.startsWith(`${id}.`)).toBe(true);
  });

  it('are worth nothing for someone else, after a new password, altered, or expired', () => {
    const { value, expiresAt } = devices.issue(sam, 0);
    expect(devices.recognise(value, { ...sam, id: 'robinrobinrobinr' }, 0)).toBeNull();
    expect(devices.recognise(value, { ...sam, passwordHash: '$argon2id$new' }, 0)).toBeNull();
    expect(devices.recognise(value.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), sam, 0)).toBeNull();
    expect(devices.recognise(value.replace(/\.(\d+)\./, (_m, d: string) => `.${Number(d) + 1}.`), sam, 0)).toBeNull();
    expect(devices.recognise('nonsense', sam, 0)).toBeNull();
    expect(devices.recognise(undefined, sam, 0)).toBeNull();
    expect(expiresAt).toBe(DEVICE_DAYS * DAY);
    expect(devices.recognise(value, sam, expiresAt - 1)).not.toBeNull();
    expect(devices.recognise(value, sam, expiresAt)).toBeNull();
  });

  it('are signed with a key made once, readable by the server account only, and kept', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mend-key-')), 'device.key');
    const key = loadDeviceKey(file);
    expect(key.length).toBe(32);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(loadDeviceKey(file).equals(key)).toBe(true);
    const { value } = createDevices(key).issue(sam, 0);
    expect(createDevices(loadDeviceKey(file)).recognise(value, sam, 0)).not.toBeNull();
  });
});
