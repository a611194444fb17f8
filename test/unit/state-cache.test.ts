import { describe, expect, it } from 'vitest';
import { fold } from '../../shared/space/evolve.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { createStateCache } from '../../server/spaces/state-cache.ts';
import type { LogMark } from '../../server/storage/store.ts';

const opened = (note: string): SpaceEvent => ({ type: 'space-opened', at: '2026-01-01T00:00:00Z', by: 'u1', spaceId: 's1', openerName: 'Alex', friendName: 'Sam', note });
const deferred = (askAgainAfter: string): SpaceEvent => ({ type: 'invitation-deferred', at: '2026-01-02T00:00:00Z', by: 'guest', askAgainAfter });

/** A log in memory with the same contract as the store's logSince, counting events handed out. */
function fakeLog() {
  const logs = new Map<string, { version: number; events: SpaceEvent[] }>();
  let handedOut = 0;
  return {
    logs,
    get handedOut() {
      return handedOut;
    },
    async logSince(spaceId: string, since: LogMark | null) {
      const log = logs.get(spaceId);
      if (!log) return undefined;
      const mark = { seq: log.events.length, version: log.version };
      const whole = since === null || since.version !== mark.version || since.seq > mark.seq;
      const events = log.events.slice(whole ? 0 : (since as LogMark).seq);
      handedOut += events.length;
      return { mark, events, whole };
    },
  };
}

describe('the state cache', () => {
  it('reads only the events after what it keeps', async () => {
    const log = fakeLog();
    log.logs.set('s1', { version: 0, events: [opened('hello')] });
    const cache = createStateCache(log, 10);
    expect((await cache.read('s1')).state.phase).toBe('invited');
    log.logs.get('s1')?.events.push(deferred('2026-03-01'));
    const { state } = (await cache.read('s1'));
    expect(state).toEqual(fold(log.logs.get('s1')?.events ?? []));
    expect(log.handedOut).toBe(2);
  });

  it('folds again from the start when the log was rewritten or is shorter than what it keeps', async () => {
    const log = fakeLog();
    log.logs.set('s1', { version: 0, events: [opened('hello'), deferred('2026-03-01')] });
    const cache = createStateCache(log, 10);
    await cache.read('s1');
    log.logs.set('s1', { version: 1, events: [opened(''), deferred('2026-03-01')] });
    expect((await cache.read('s1')).state).toMatchObject({ note: '' });
    // A write remembered and then rolled back: the log is behind the kept mark.
    cache.advance('s1', { seq: 5, version: 1 }, fold([opened('never committed')]));
    expect((await cache.read('s1')).state).toMatchObject({ note: '' });
  });

  it('keeps nothing read through a transaction: what it saw may be rolled back and its place taken', async () => {
    const log = fakeLog();
    log.logs.set('s1', { version: 0, events: [opened('hello')] });
    const cache = createStateCache(log, 10);
    await cache.read('s1');
    // Inside a batch of transactions, one sees another's event that is not committed yet...
    const inBatch = fakeLog();
    inBatch.logs.set('s1', { version: 0, events: [opened('hello'), deferred('2026-03-01')] });
    expect((await cache.read('s1', inBatch)).state.phase).toBe('invited');
    // ...which is rolled back, and another event is committed in the same place.
    const other = deferred('2026-04-01');
    log.logs.get('s1')?.events.push(other);
    expect((await cache.read('s1')).state).toEqual(fold([opened('hello'), other]));
  });

  it('forgets a space that is gone, and keeps at most the spaces it was given', async () => {
    const log = fakeLog();
    for (const id of ['a', 'b', 'c']) log.logs.set(id, { version: 0, events: [opened(id)] });
    const cache = createStateCache(log, 2);
    for (const id of ['a', 'b', 'c']) await cache.read(id);
    expect(cache.size).toBe(2);
    log.logs.delete('c');
    expect((await cache.read('c'))).toEqual({ state: { phase: 'none' }, mark: null });
    expect(cache.size).toBe(1);
  });
});
