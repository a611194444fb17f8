// The conversation inside an open space: each one's pace, the ground rules both agree to,
// the prompt in progress with its turns, and apologies with their answers.

export type PaceKind = 'ready' | 'taking-time' | 'paused';

export interface Pace {
  kind: PaceKind;
  /** "Back around <date>", only with taking-time. */
  backAround: string | null;
  since: string;
}

/** One thing said on a prompt, in order: what a speaker shared, what the listener heard, ... */
export interface Entry {
  kind: 'share' | 'pass' | 'heard' | 'clarify' | 'confirm';
  by: string;
  text: string | null;
  at: string;
}

/**
 * Where a prompt stands. `speakers` is the order for this prompt; `half` says whose share is
 * in progress. Steps: the speaker shares (or passes); the listener writes back what they
 * heard; the speaker says "that's it" or clarifies (then the listener hears again). Then the
 * roles swap on the same prompt, and after both halves the prompt is done.
 */
export interface PromptTurn {
  deckId: string;
  promptId: string;
  openedAt: string;
  speakers: readonly [string, string];
  half: 0 | 1;
  step: 'share' | 'hear' | 'confirm' | 'done';
  entries: readonly Entry[];
}

export type ApologyResponse = 'hear-you' | 'part-lands' | 'still-need';

export interface Apology {
  id: string;
  by: string;
  text: string;
  at: string;
  answer: { response: ApologyResponse; text: string | null; at: string } | null;
}

export interface Talk {
  pace: Readonly<Record<string, Pace>>;
  /** Who speaks first on the next prompt: the invitee, unless they handed it over. */
  nextFirst: string;
  groundRules: {
    /** The text each member said yes to; both the same means agreed. */
    agreedBy: Readonly<Record<string, string>>;
    agreed: { text: string; at: string } | null;
  };
  current: PromptTurn | null;
  done: readonly PromptTurn[];
  /** A deck chosen to go to next, instead of simply the next prompt in order. */
  chosenDeck: string | null;
  apologies: readonly Apology[];
}

/** What the decider needs to know of the decks: their order and their prompts' ids. */
export interface DeckOutline {
  id: string;
  prompts: readonly string[];
}
