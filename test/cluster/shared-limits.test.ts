// The limits hold across instances: a guesser who spreads attempts over every instance meets
// the delays one instance gives, a person's command budget is one budget wherever the requests
// land, and with Redis away sign-in answers 503 "try again" (never a 500, never unlimited
// guesses) while commands go on, counted by each instance alone, until Redis is back.
import type * as Y from 'yjs';
import { afterEach, expect, it } from 'vitest';
import { CloseCode, GROUND_RULES_KEY } from '../../shared/wire.ts';
import { useCluster } from '../helpers/cluster.ts';
import { PASSWORD, signUp, uniqueName } from '../helpers/http.ts';
import { describeWith } from '../helpers/services.ts';
import { connect, providerPool, until, whenSynced } from '../helpers/sync.ts';

const pool = providerPool();
afterEach(() => pool.destroyAll());

describeWith(['postgres', 'redis', 'haproxy'], 'limits shared by several instances', () => {
  // Behind one trusted proxy, so each request can say where it comes from; a small command budget.
  // A person's sync frames: a burst of 200 across all their sockets, then one a second.
  const cluster = useCluster(
    { instances: 3, env: { TRUST_PROXY: '1', COMMAND_BURST: '10', COMMANDS_PER_SECOND: '0.01', PERSON_FRAME_BURST: '200', PERSON_FRAMES_PER_SECOND: '1' } },
    () => pool.destroyAll(),
  );
  const url = (i: number) => cluster().instances[i % cluster().instances.length]?.url as string;

  /** A sign-in from `address` sent straight to instance `i`, as a guesser reaching each would. */
  async function signIn(i: number, address: string, name: string, password: string) {
    const res = await fetch(`${url(i)}/api/sessions`, {
      method: 'POST',
      headers: { origin: cluster().origin, 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ name, password }),
    });
    const body = (await res.json()) as { error?: { code: string } };
    const retryAfter = res.headers.get('retry-after');
    return { status: res.status, code: body.error?.code, retryAfter: retryAfter === null ? null : Number(retryAfter) };
  }
  const wrong = (i: number) => `not the password ${i}`;

  it('gives a guesser spreading attempts over the instances the delays of one instance', async () => {
    const sam = await signUp(url(0), uniqueName('Sam'), cluster().origin);
    const from = '10.20.0.1';
    // Five tries, each on the next instance, then a wait, whichever instance is asked.
    for (let i = 0; i < 5; i++) expect((await signIn(i, from, sam.me.name, wrong(i))).status).toBe(401);
    for (let i = 0; i < 3; i++) expect(await signIn(i, from, sam.me.name, PASSWORD)).toMatchObject({ status: 429, retryAfter: 1 });
    // Once the wait is over, one more try, and the next wait is twice as long, everywhere.
    await until(async () => (await signIn(1, from, sam.me.name, wrong(5))).status === 401, 5_000, 'the first delay to run out');
    for (let i = 0; i < 3; i++) expect(await signIn(i, from, sam.me.name, PASSWORD)).toMatchObject({ status: 429, retryAfter: 2 });
  });

  it('lets no more parallel guesses through across instances than one instance would', async () => {
    const robin = await signUp(url(1), uniqueName('Robin'), cluster().origin);
    const answers = await Promise.all(Array.from({ length: 21 }, (_, i) => signIn(i, '10.20.0.2', robin.me.name, wrong(i))));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(16);
  });

  /** Commands alternating over the instances: how many were turned away for the budget. */
  async function commandsRefused(p: Awaited<ReturnType<typeof signUp>>, spaceId: string, count: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      // Not a command the space takes (400): the budget is spent before the body is read.
      const res = await p.at(url(i)).request('POST', `/api/spaces/${spaceId}/commands`, { id: `c${i}`, type: 'no-such-command' });
      await res.body?.cancel();
      statuses.push(res.status);
    }
    return statuses;
  }

  it('shares a person\'s command budget across instances', async () => {
    const alex = await signUp(url(0), uniqueName('Alex'), cluster().origin);
    const opened = await alex.json<{ id: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'I miss our walks.' });
    expect(opened.status).toBe(201);
    const statuses = await commandsRefused(alex, opened.body.id, 21);
    // A burst of ten in all, not ten on each of three instances.
    expect(statuses.filter((s) => s !== 429)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
  });

  it('shares a person\'s sync budget across instances (charged in batches)', async () => {
    const alex = await signUp(url(0), uniqueName('Alex'), cluster().origin);
    const sam = await signUp(url(1), uniqueName('Sam'), cluster().origin);
    const opened = await alex.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'I miss our walks.' });
    expect((await sam.json('POST', `/api/invitations/${opened.body.inviteUrl.split('/invite/')[1]}`, { answer: 'join' })).status).toBe(200);
    // Alex on two devices, each reaching another instance, writing in turns.
    const devices = [0, 1].map((i) => pool.adopt(connect(url(i), opened.body.id, 'together', alex.cookie, cluster().origin)));
    await Promise.all(devices.map((d) => whenSynced(d.provider)));
    const closes: number[] = [];
    for (const d of devices) d.provider.on('connection-close', (event: CloseEvent | null) => void (event && closes.push(event.code)));
    const text = (doc: Y.Doc) => doc.getText(GROUND_RULES_KEY);
    // Thirteen turns of ten frames each per device: 130 on each instance, under the burst of
    // 200 each would give alone, and 260 together, past the one burst they share.
    for (let turn = 0; turn < 26 && closes.length === 0; turn++) {
      const [writer, reader] = turn % 2 ? [devices[1], devices[0]] : [devices[0], devices[1]];
      if (!writer || !reader) throw new Error('two devices');
      for (let i = 0; i < 10; i++) text(writer.doc).insert(0, 'x');
      const length = text(writer.doc).length;
      await until(() => text(reader.doc).length >= length || closes.length > 0, 10_000, 'the other device to hear the turn');
    }
    await until(() => closes.length > 0, 5_000, 'a device to be told to slow down');
    expect(closes[0]).toBe(CloseCode.slowDown);
  });

  it('answers sign-in with 503 and "try again" while Redis is away, counts commands locally, and recovers', async () => {
    const sam = await signUp(url(0), uniqueName('Sam'), cluster().origin);
    const opened = await sam.json<{ id: string }>('POST', '/api/spaces', { friendName: 'Robin', note: 'I miss our walks.' });
    await cluster().redis.stop(true);
    try {
      for (let i = 0; i < 3; i++) {
        const answer = await signIn(i, '10.20.0.3', sam.me.name, PASSWORD);
        expect(answer).toMatchObject({ status: 503, code: 'unavailable' });
        expect(answer.retryAfter).toBeGreaterThan(0);
      }
      const recover = await fetch(`${url(1)}/api/accounts/recover`, {
        method: 'POST',
        headers: { origin: cluster().origin, 'content-type': 'application/json' },
        body: JSON.stringify({ name: sam.me.name, code: 'aaaa-bbbb-cccc-dddd', newPassword: PASSWORD }),
      });
      expect(recover.status).toBe(503);
      // Commands only cost capacity: each instance counts them alone meanwhile, nothing fails.
      const statuses = await commandsRefused(sam, opened.body.id, 6);
      expect(statuses.every((s) => s === 400)).toBe(true);
    } finally {
      await cluster().redis.start();
    }
    await until(async () => (await signIn(2, '10.20.0.3', sam.me.name, PASSWORD)).status === 200, 15_000, 'sign-in to work once Redis is back');
    // Nobody crashed, nothing answered 500.
    expect(cluster().errors().filter((e) => e.includes('exited') || e.includes('"unhandled"'))).toEqual([]);
  });
});
