// The relay over Redis pub/sub (ioredis): one channel per document, one for control messages.
// Redis holds nothing: a publish nobody hears is gone, which is why rooms catch up from
// PostgreSQL on a gap, on a reconnect and on a periodic check.
import { randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Redis } from 'ioredis';
import { logError, logInfo } from '../log.ts';
import { type ControlMessage, parseControl } from './control.ts';
import type { DocListener, Relay } from './relay.ts';

const DOC_PREFIX = 'mend:doc:';
const CONTROL = 'mend:control';
const enum Kind {
  update = 0,
  awareness = 1,
}

/** Connects, or throws a plain error saying Redis could not be reached. */
export async function openRedisRelay(url: string): Promise<Relay> {
  const self = randomBytes(8).toString('hex');
  const options = {
    // Publishing while Redis is away fails at once instead of queueing without bound; the
    // periodic check against PostgreSQL delivers what was not relayed.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
    lazyConnect: true,
  };
  const pub = new Redis(url, options);
  // The subscriber must queue its SUBSCRIBEs while reconnecting, and resubscribes by itself.
  const sub = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null });
  for (const client of [pub, sub]) client.on('error', () => {});
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    pub.disconnect();
    sub.disconnect();
    throw new Error(`Redis could not be reached at the address in REDIS_URL (${(error as Error).message}). Start Redis, or unset REDIS_URL to run as one process.`);
  }

  const docs = new Map<string, DocListener>();
  const controlListeners: ((message: ControlMessage) => void)[] = [];
  const reconnectListeners: (() => void)[] = [];
  let lost = false;
  let closing = false;

  sub.on('close', () => {
    if (!lost && !closing) logInfo('relay lost; catching up from the database until it is back');
    lost = true;
  });
  sub.on('ready', () => {
    if (!lost) return;
    lost = false;
    logInfo('relay back');
    for (const listener of reconnectListeners) listener();
  });
  await sub.subscribe(CONTROL);

  sub.on('messageBuffer', (channelBytes: Buffer, message: Buffer) => {
    const channel = channelBytes.toString();
    try {
      if (channel === CONTROL) return receiveControl(message.toString());
      if (!channel.startsWith(DOC_PREFIX)) return;
      const listener = docs.get(channel.slice(DOC_PREFIX.length));
      if (!listener) return;
      const d = decoding.createDecoder(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
      if (decoding.readVarString(d) === self) return;
      const kind = decoding.readVarUint(d);
      if (kind === Kind.update) {
        const seq = decoding.readVarUint(d);
        listener.update(seq, decoding.readVarUint8Array(d));
      } else if (kind === Kind.awareness) listener.awareness(decoding.readVarUint8Array(d));
    } catch (error) {
      // One bad message must not stop the relay for every other document.
      logError('a relayed message could not be read', error);
    }
  });

  function receiveControl(raw: string): void {
    const sep = raw.indexOf(' ');
    if (sep < 0 || raw.slice(0, sep) === self) return;
    const message = parseControl(raw.slice(sep + 1));
    if (!message) return logError('a control message could not be read', null);
    for (const listener of controlListeners) listener(message);
  }

  const publish = (channel: string, payload: Buffer | string) => {
    pub.publish(channel, payload).catch(() => {
      // Not relayed: the other instances find it in PostgreSQL within a second.
    });
  };

  const frame = (write: (e: encoding.Encoder) => void): Buffer => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, self);
    write(e);
    return Buffer.from(encoding.toUint8Array(e));
  };

  return {
    shared: true,
    publishUpdate(doc, seq, update) {
      publish(DOC_PREFIX + doc, frame((e) => {
        encoding.writeVarUint(e, Kind.update);
        encoding.writeVarUint(e, seq);
        encoding.writeVarUint8Array(e, update);
      }));
    },
    publishAwareness(doc, message) {
      publish(DOC_PREFIX + doc, frame((e) => {
        encoding.writeVarUint(e, Kind.awareness);
        encoding.writeVarUint8Array(e, message);
      }));
    },
    publishControl(message) {
      publish(CONTROL, `${self} ${JSON.stringify(message)}`);
    },
    hold(doc, listener) {
      if (!docs.has(doc)) sub.subscribe(DOC_PREFIX + doc).catch(() => {});
      docs.set(doc, listener);
    },
    letGo(doc, listener) {
      if (docs.get(doc) !== listener) return;
      docs.delete(doc);
      sub.unsubscribe(DOC_PREFIX + doc).catch(() => {});
    },
    onControl: (listener) => void controlListeners.push(listener),
    onReconnect: (listener) => void reconnectListeners.push(listener),
    async close() {
      closing = true;
      docs.clear();
      sub.disconnect();
      pub.disconnect();
    },
  };
}
