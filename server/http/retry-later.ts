// The one way to say "not now" over HTTP: 429, a Retry-After in whole seconds, and a sentence
// that says roughly how long, in words a person reads on a hard evening.
import type { Context } from 'hono';
import { type ApiError, fail } from './errors.ts';

/** "a few seconds", "a minute", "about 5 minutes", "about an hour", "about 3 hours". */
export function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 10) return 'a few seconds';
  if (seconds <= 60) return 'a minute';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 55) return `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours <= 1 ? 'about an hour' : `about ${hours} hours`;
}

/**
 * A 429 to throw. `sentence` says why, with `{wait}` where the wait goes, for example
 * "To keep accounts safe, the next try can be in {wait}."
 */
export function retryLater(c: Context, retryAfterMs: number, sentence: string, code = 'too-many-attempts'): ApiError {
  c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  return fail(429, code, sentence.replace('{wait}', waitWords(retryAfterMs)));
}
