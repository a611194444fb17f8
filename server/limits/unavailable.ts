// Redis, which holds the limiters' counts when several instances run, did not answer. What
// that means depends on what the limit protects:
// - limits on guessing a secret (sign-in, recovery codes, the password asked again) refuse:
//   the request gets 503 and "try again" (http/errors.ts), since letting guesses through
//   uncounted is what a guesser would wait for;
// - budgets that only protect capacity (commands, sign-ups, invitation answers, sync frames)
//   count in this instance's memory meanwhile, as one process does.
export class LimitsUnavailable extends Error {
  constructor(cause: unknown) {
    super('The limits store cannot be reached.', { cause });
    this.name = 'LimitsUnavailable';
  }
}

export const isLimitsUnavailable = (error: unknown): error is LimitsUnavailable => error instanceof LimitsUnavailable;
