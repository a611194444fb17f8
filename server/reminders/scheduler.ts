// Sends each person who asked for it at most one digest per chosen period, and only when
// something new needs them. Cheap: one query finds who has email on, and the clock is
// deps.now, read at each tick, so a test can move time. Quiet about a space while the person
// has paused there; notices that came and went while paused stay in the app, not in email.
import type { Notice } from '../../shared/personal-types.ts';
import type { Deps } from '../deps.ts';
import { logError } from '../log.ts';
import { languageOf, loadContent } from '../content.ts';
import type { EmailSubscriber } from '../storage/store.ts';
import { composeDigest } from './digest.ts';
import type { Mailer } from './mailer.ts';
import { noticesFor, pausedIn, stateCache } from './notices.ts';
import { timesIn } from '../export/times.ts';

const PERIOD_MS: Record<EmailSubscriber['frequency'], number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };

export interface Reminders {
  /** Sends every digest that is due now; resolves with how many went out. */
  tick(): Promise<number>;
  /** Stops the interval and waits for a digest being sent, so storage can close after it. */
  stop(): Promise<void>;
}

export function createReminders(deps: Deps, mailer: Mailer | null, everyMs: number): Reminders {
  let running: Promise<number> | null = null;

  async function sendDue(): Promise<number> {
    if (!mailer) return 0;
    const now = deps.now();
    const stateOf = stateCache(deps);
    let sent = 0;
    for (const sub of await deps.store.emailSubscribers()) {
      if (sub.lastSentAt && now.getTime() - Date.parse(sub.lastSentAt) < PERIOD_MS[sub.frequency]) continue;
      const user = await deps.store.userById(sub.userId);
      if (!user) continue;
      const notices: Notice[] = [];
      for (const n of await noticesFor(deps, user, now, stateOf))
        if (!pausedIn(await stateOf(n.spaceId), user.id) && (!sub.lastSentAt || n.since > sub.lastSentAt)) notices.push(n);
      if (notices.length === 0) continue;
      const language = languageOf(user);
      const mail = composeDigest(loadContent(language).bundle.ui, {
        name: user.displayName, frequency: sub.frequency, notices, origin: deps.config.publicOrigin, day: timesIn('UTC', language).day,
      });
      try {
        await mailer.send({ to: sub.address, ...mail });
        await deps.store.markDigestSent(user.id, now.toISOString());
        sent++;
      } catch (error) {
        // Not marked sent, so the next tick tries again; one bad address does not stop the rest.
        // Only the SMTP error code is logged: a server's message can quote the address.
        const code = (error as { code?: unknown } | null)?.code;
        logError('reminder not sent', new Error('smtp'), { code: typeof code === 'string' ? code : 'unknown' });
      }
    }
    return sent;
  }

  // Ticks never overlap: a slow SMTP server makes the next tick wait, not send twice.
  const tick = () => (running ??= sendDue().finally(() => (running = null)));
  const timer = mailer ? setInterval(() => void tick().catch((error: unknown) => logError('reminders failed', error)), everyMs) : null;
  timer?.unref();

  return {
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
      mailer?.close();
    },
  };
}
