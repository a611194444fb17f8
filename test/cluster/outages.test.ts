// The services behind the instances going away and coming back. Redis restarted mid-session:
// live updates resume and nothing is lost (what Redis dropped is read from PostgreSQL).
// PostgreSQL stopped: requests get a clear 503, sockets a "try again" close, no instance
// crashes, and everything recovers once it is back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPostgres, type RunningPostgres } from '../../scripts/services/postgres.ts';
import { startRedis, type RedisService } from '../../scripts/services/redis.ts';
import { CloseCode, GROUND_RULES_KEY } from '../../shared/wire.ts';
import { type Cluster, startCluster } from '../helpers/cluster.ts';
import { signUp, uniqueName } from '../helpers/http.ts';
import { describeWith } from '../helpers/services.ts';
import { connect, providerPool, until, whenSynced } from '../helpers/sync.ts';

const pool = providerPool();

describeWith(['postgres', 'redis', 'haproxy'], 'outages of Redis and PostgreSQL', () => {
  let postgres: RunningPostgres;
  let redis: RedisService;
  let cluster: Cluster;

  beforeAll(async () => {
    // Their own services, since this file stops them.
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    cluster = await startCluster({ instances: 2, redis, db: { url: postgres.url, drop: async () => {} } });
  }, 120_000);
  afterAll(async () => {
    pool.destroyAll();
    await cluster?.stop();
    await redis?.stop();
    await postgres?.stop();
  });

  async function pairAcross() {
    const [i, j] = cluster.instances.map((s) => s.url) as [string, string];
    const opener = await signUp(i, uniqueName('Alex'), cluster.origin);
    const invitee = await signUp(j, uniqueName('Sam'), cluster.origin);
    const opened = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'Hello again.' });
    expect((await invitee.json('POST', `/api/invitations/${opened.body.inviteUrl.split('/invite/')[1]}`, { answer: 'join' })).status).toBe(200);
    const a = pool.adopt(connect(i, opened.body.id, 'together', opener.cookie, cluster.origin));
    const b = pool.adopt(connect(j, opened.body.id, 'together', invitee.cookie, cluster.origin));
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    return { opener, invitee, spaceId: opened.body.id, a, b };
  }
  const text = (c: { doc: import('yjs').Doc }) => c.doc.getText(GROUND_RULES_KEY).toString();

  it('keeps both friends in step while Redis restarts, and loses nothing', async () => {
    const { a, b } = await pairAcross();
    a.doc.getText(GROUND_RULES_KEY).insert(0, 'before;');
    await until(() => text(b) === 'before;', 10_000, 'the relay to carry the first words');
    await redis.stop(true);
    // No relay now: the other instance finds the words in PostgreSQL by itself.
    a.doc.getText(GROUND_RULES_KEY).insert(0, 'during;');
    await until(() => text(b) === 'during;before;', 15_000, 'the words written while Redis was away');
    await redis.start();
    b.doc.getText(GROUND_RULES_KEY).insert(0, 'after;');
    await until(() => text(a) === 'after;during;before;', 15_000, 'live updates after Redis came back');
    expect(cluster.errors().filter((e) => e.includes('exited'))).toEqual([]);
  });

  it('answers 503 and closes sockets with "try again" while PostgreSQL is away, then recovers', async () => {
    const { opener, a, b } = await pairAcross();
    await postgres.halt();
    try {
      const res = await opener.at(cluster.origin).json<{ error: { code: string } }>('GET', '/api/spaces');
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('unavailable');
      // An edit that cannot be stored is not shared: the socket is told to try again, and the
      // client keeps the edit.
      const closes: number[] = [];
      a.provider.on('connection-close', (event: CloseEvent | null) => void (event && closes.push(event.code)));
      a.doc.getText(GROUND_RULES_KEY).insert(0, 'kept while away;');
      await until(() => closes.length > 0, 15_000, 'the socket to be told to try again');
      expect(closes[0]).toBe(CloseCode.serverError);
    } finally {
      await postgres.resume();
    }
    // Back: the client reconnects on its own and what it kept reaches the other friend.
    await until(() => text(b).includes('kept while away;'), 30_000, 'the kept edit after PostgreSQL came back');
    expect((await opener.at(cluster.origin).json('GET', '/api/spaces')).status).toBe(200);
    // No instance crashed.
    expect(cluster.errors().filter((e) => e.includes('exited'))).toEqual([]);
  });
});
