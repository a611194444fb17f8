// Mend under test: the real startServer with the environment's configuration (the parent
// sets DATA_DIR, a lighter argon2 cost and ROOM_IDLE_SECONDS), on a free loopback port.
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/server.ts';
import { probe, serveControl } from './child.ts';

process.env.MEND_QUIET = '1';
const config = { ...loadConfig(process.env), host: '127.0.0.1' };
const running = await startServer(config, 0);
if (process.env.BENCH_PROBE === '1') {
  // Rooms and the referee call the store through this same object, so timing its methods
  // shows where a document update spends its time on the server.
  const store = running.deps.store;
  for (const method of ['appendUpdate', 'compactDoc', 'loadDoc', 'transaction'] as const) probe(store, method);
  // The registry finds or loads a room through this method; its slow calls are loads.
  probe(running.deps.rooms, 'room', 'rooms.room');
}
// The public origin must name the real port, known only after listening (as the test helper does).
// An instance of a cluster keeps the one it was given: HAProxy's, which every page would have.
if (process.env.BENCH_KEEP_PUBLIC_ORIGIN !== '1') running.deps.config.publicOrigin = `http://127.0.0.1:${running.port}`;
serveControl(running.port, { docs: () => running.deps.rooms.size, stop: () => running.close() });
