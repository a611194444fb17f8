// The page says "you are offline" only while the browser believes it is, and stops at once.
import { describe, expect, it } from 'vitest';
import { followOnline } from '../../client/lib/follow-network.ts';

describe('following whether the browser is online', () => {
  it('turns with the browser\'s offline and online events', () => {
    const target = new EventTarget();
    const online = followOnline(target);
    expect(online()).toBe(true);
    target.dispatchEvent(new Event('offline'));
    expect(online()).toBe(false);
    target.dispatchEvent(new Event('online'));
    expect(online()).toBe(true);
  });
});
