// How instances hear each other. PostgreSQL decides and keeps everything; the relay only tells
// the other instances, fast, what was just committed (a document's update with its sequence
// number), who is here now (presence, never stored), and what must end (a session signed out,
// an account deleted, a space closed). A message the relay loses costs time, never words: every
// instance checks its documents against PostgreSQL (server/cluster/catch-up.ts).
//
// One process alone (the embedded SQLite mode) has nobody to tell: `soloRelay` does nothing.
import type { ControlMessage } from './control.ts';

export interface DocListener {
  /** A committed update of the document, from another instance. */
  update(seq: number, update: Uint8Array): void;
  /** A presence (awareness) message from another instance's sockets. */
  awareness(message: Uint8Array): void;
}

export interface Relay {
  /** True when other instances may exist: rooms then check their sequence numbers. */
  readonly shared: boolean;
  publishUpdate(doc: string, seq: number, update: Uint8Array): void;
  publishAwareness(doc: string, message: Uint8Array): void;
  publishControl(message: ControlMessage): void;
  /** Starts hearing a document (an instance holds its room); one listener per document. */
  hold(doc: string, listener: DocListener): void;
  /** Stops hearing a document, unless a newer listener (a reloaded room) took it over. */
  letGo(doc: string, listener: DocListener): void;
  onControl(listener: (message: ControlMessage) => void): void;
  /** Called after the relay came back from an outage: anything may have been missed. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

export const soloRelay = (): Relay => ({
  shared: false,
  publishUpdate() {},
  publishAwareness() {},
  publishControl() {},
  hold() {},
  letGo() {},
  onControl() {},
  onReconnect() {},
  close: async () => {},
});
