// What the clients do while the server is being killed: each inserts unique markers into the
// together document, and each member proposes commands with client-made ids, resending an
// unanswered one with the same id (as the app's offline outbox does).
import type * as Y from 'yjs';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY } from '../../shared/wire.ts';
import type { Person } from '../helpers/http.ts';
import type { Rng } from '../helpers/random.ts';

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const MARKER = /\[[a-z]\d+\]/g;

/** Null when `text` is exactly the expected markers, each once, in any order; else why not. */
export function markersExactlyOnce(text: string, expected: ReadonlySet<string>): string | null {
  const found = text.match(MARKER) ?? [];
  if (found.join('').length !== text.length) return 'the text holds something other than whole markers';
  const seen = new Set<string>();
  for (const m of found) {
    if (seen.has(m)) return `${m} appears twice`;
    if (!expected.has(m)) return `${m} was never made`;
    seen.add(m);
  }
  const missing = [...expected].filter((m) => !seen.has(m));
  return missing.length === 0 ? null : `${missing.length} markers missing, e.g. ${missing.slice(0, 3).join(' ')}`;
}

/**
 * One client typing: a marker every 10-40 ms (about 40 frames a second, fast typing), always
 * between whole markers. Faster would trip the server's frame budget (60 a second per
 * socket, server/sync/frame-budget.ts), whose close (1013) costs a reconnect.
 */
export class MarkerEditor {
  readonly made: string[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tag: string,
    private readonly doc: Y.Doc,
    private readonly rng: Rng,
  ) {}

  start(): void {
    if (!this.timer) this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.insertOne();
      this.schedule();
    }, this.rng.int(10, 40));
  }

  private insertOne(): void {
    const text = this.doc.getText(GROUND_RULES_KEY);
    const current = text.toString();
    const spots = [0];
    for (let i = current.indexOf(']'); i >= 0; i = current.indexOf(']', i + 1)) spots.push(i + 1);
    const marker = `[${this.tag}${this.made.length}]`;
    text.insert(this.rng.pick(spots), marker);
    this.made.push(marker);
  }
}

interface PaceCommand {
  id: string;
  type: 'set-pace';
  pace: 'taking-time';
  /** Unique per command, so each one can be found in the log. */
  backAround: string;
}

const DAY_MS = 86_400_000;
const dayAfter2030 = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * DAY_MS).toISOString().slice(0, 10);

/** Every command sent, by what the server answered; a command without an answer is pending. */
export class CommandLedger {
  readonly acked = new Map<string, string>();
  readonly pending = new Map<string, { member: Person; command: PaceCommand }>();
  readonly refused: string[] = [];
  sent = 0;
  private next = 0;

  constructor(
    private readonly seed: number,
    private readonly spaceId: string,
  ) {}

  fresh(who: string): PaceCommand {
    const n = this.next++;
    return { id: `k${this.seed}-${who}-${n}`, type: 'set-pace', pace: 'taking-time', backAround: dayAfter2030(n) };
  }

  /** Sends once; true when the server answered 2xx. */
  async send(member: Person, command: PaceCommand): Promise<boolean> {
    this.sent++;
    let status = 0;
    try {
      const res = await member.request('POST', `/api/spaces/${this.spaceId}/commands`, command);
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch {
      // No answer (the server died mid-request or is down): it may or may not have been applied.
    }
    if (status >= 200 && status < 300) {
      this.acked.set(command.id, command.backAround);
      this.pending.delete(command.id);
      return true;
    }
    if (status === 0 || status >= 500) this.pending.set(command.id, { member, command });
    else this.refused.push(`${command.id}: HTTP ${status}`);
    return false;
  }

  /** Resends every unanswered command with its own id until the server answers it. */
  async resendPending(): Promise<void> {
    for (const [id, { member, command }] of [...this.pending]) {
      let answered = false;
      for (let attempt = 0; attempt < 50 && !answered; attempt++) answered = await this.send(member, command);
      if (!answered) throw new Error(`command ${id} got no 2xx answer in 50 tries`);
    }
  }

  /** Null when each acknowledged command is in `events` exactly once and nothing else is. */
  difference(events: readonly SpaceEvent[]): string | null {
    const counts = new Map<string, number>();
    for (const e of events) if (e.type === 'pace-set' && e.backAround) counts.set(e.backAround, (counts.get(e.backAround) ?? 0) + 1);
    for (const [id, day] of this.acked) {
      const n = counts.get(day) ?? 0;
      if (n !== 1) return `command ${id} was acknowledged but is in the log ${n} times`;
    }
    if (this.pending.size === 0 && counts.size !== this.acked.size)
      return `the log holds ${counts.size} commands, ${this.acked.size} were acknowledged`;
    return null;
  }
}

/** One member proposing commands one after another; an unanswered one is resent first. */
export class Commander {
  private running: Promise<void> | null = null;
  private active = false;

  constructor(
    private readonly who: string,
    private readonly member: Person,
    private readonly ledger: CommandLedger,
    private readonly rng: Rng,
  ) {}

  start(): void {
    if (this.running) return;
    this.active = true;
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.active = false;
    await this.running;
    this.running = null;
  }

  private async loop(): Promise<void> {
    while (this.active) {
      const mine = [...this.ledger.pending.values()].find((p) => p.member === this.member);
      await this.ledger.send(this.member, mine?.command ?? this.ledger.fresh(this.who));
      await pause(this.rng.int(5, 50));
    }
  }
}
