// What one instance tells every other one to end, so that access, revocation and erasure hold
// across instances as they do in one process. Received from the relay, so checked like any input.
import { z } from 'zod';

const id = z.string().min(1).max(200);

export const ControlMessage = z.discriminatedUnion('type', [
  /** Signed out: that session's sockets close everywhere. */
  z.object({ type: z.literal('end-session'), sessionId: id }),
  /** A document was rewritten in PostgreSQL (erasure): copies in memory are dropped and reloaded. */
  z.object({ type: z.literal('evict'), doc: id }),
  /** A space closed: its together document becomes read-only on every open socket. */
  z.object({ type: z.literal('revoke-writes'), doc: id }),
]);
export type ControlMessage = z.infer<typeof ControlMessage>;

export function parseControl(raw: string): ControlMessage | null {
  try {
    const parsed = ControlMessage.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
