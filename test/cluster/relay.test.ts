// The Redis relay between instances, against a real redis-server: what one instance publishes
// reaches the others (never itself), malformed messages are dropped, and after Redis restarts
// the relay says so (rooms then catch up from PostgreSQL) and carries messages again.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startRedis, type RedisService } from '../../scripts/services/redis.ts';
import type { ControlMessage } from '../../server/cluster/control.ts';
import { openRedisRelay } from '../../server/cluster/redis-relay.ts';
import type { Relay } from '../../server/cluster/relay.ts';
import { describeWith } from '../helpers/services.ts';

describeWith(['redis'], 'the relay over Redis', () => {
  let redis: RedisService;
  let a: Relay;
  let b: Relay;

  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([openRedisRelay(redis.url), openRedisRelay(redis.url)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  const heard = () => {
    const updates: [number, number[]][] = [];
    const presence: number[][] = [];
    return { updates, presence, listener: { update: (seq: number, u: Uint8Array) => void updates.push([seq, [...u]]), awareness: (m: Uint8Array) => void presence.push([...m]) } };
  };

  it('carries updates and presence to the instances that hold the document, not back to the sender', async () => {
    const atA = heard();
    const atB = heard();
    a.hold('space:x:together', atA.listener);
    b.hold('space:x:together', atB.listener);
    // Subscribing is asynchronous: publish until B hears, then check what exactly arrived.
    await vi.waitFor(() => {
      a.publishUpdate('space:x:together', 7, new Uint8Array([1, 2, 3]));
      expect(atB.updates.length).toBeGreaterThan(0);
    });
    expect(atB.updates[0]).toEqual([7, [1, 2, 3]]);
    a.publishAwareness('space:x:together', new Uint8Array([9]));
    await vi.waitFor(() => expect(atB.presence).toEqual([[9]]));
    expect(atA.updates).toEqual([]);
    expect(atA.presence).toEqual([]);
  });

  it('stops delivering a document once let go', async () => {
    const atB = heard();
    b.hold('space:y:together', atB.listener);
    // A listener that was replaced does not let go of its successor's document.
    b.letGo('space:y:together', heard().listener);
    await vi.waitFor(() => {
      a.publishUpdate('space:y:together', 1, new Uint8Array([1]));
      expect(atB.updates.length).toBeGreaterThan(0);
    });
    b.letGo('space:y:together', atB.listener);
    a.publishUpdate('space:y:together', 2, new Uint8Array([2]));
    // A marker on a channel B still holds proves the publish above had its chance to arrive.
    const marker = heard();
    b.hold('space:z:together', marker.listener);
    await vi.waitFor(() => {
      a.publishUpdate('space:z:together', 1, new Uint8Array([0]));
      expect(marker.updates.length).toBeGreaterThan(0);
    });
    expect(atB.updates.map(([seq]) => seq)).not.toContain(2);
  });

  it('delivers control messages to the other instances, and drops malformed ones', async () => {
    const got: ControlMessage[] = [];
    b.onControl((m) => got.push(m));
    const raw = new Redis(redis.url);
    await raw.publish('mend:control', 'someone {"type":"end-session"}');
    await raw.publish('mend:control', 'garbage');
    await raw.publish('mend:doc:space:x:together', Buffer.from([255, 255, 255]));
    raw.disconnect();
    a.publishControl({ type: 'end-session', sessionId: 's1' });
    await vi.waitFor(() => expect(got).toEqual([{ type: 'end-session', sessionId: 's1' }]));
  });

  it('says when it is back after Redis restarts, and carries messages again', async () => {
    let back = 0;
    b.onReconnect(() => back++);
    const atB = heard();
    b.hold('space:r:together', atB.listener);
    await redis.stop(true);
    // Published while Redis is away: lost from the relay (PostgreSQL has it), never thrown.
    a.publishUpdate('space:r:together', 1, new Uint8Array([1]));
    await redis.start();
    await vi.waitFor(() => expect(back).toBe(1), { timeout: 15_000 });
    await vi.waitFor(() => {
      a.publishUpdate('space:r:together', 2, new Uint8Array([2]));
      expect(atB.updates.map(([seq]) => seq)).toContain(2);
    }, { timeout: 15_000 });
  });
});
