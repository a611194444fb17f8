// Schemas for the phrase lists and copy behind the gentle-language check and the apology
// checklist (content/<locale>/checks/). Every pattern must parse and every line of copy must
// sound like Mend, so a broken list fails `npm test`, not a person's evening.
import { z } from 'zod';
import { patternProblem } from './pattern.ts';

export const GENTLE_KINDS = ['pressure', 'blame', 'ultimatum', 'urgency', 'past'] as const;
export type GentleKind = (typeof GENTLE_KINDS)[number];

export const APOLOGY_ITEM_IDS = ['namesAct', 'namesEffect', 'ownsIt', 'asksNothing', 'doesDifferently'] as const;
export type ApologyItemId = (typeof APOLOGY_ITEM_IDS)[number];

/** What an apology can meet (the act, its effect, owning it, a change) and be flagged for (a
 *  general sorry, a hedge, asking something back): the corpus's labels, and the apology model's. */
export const APOLOGY_MEETS = ['act', 'effect', 'owns', 'change'] as const;
export const APOLOGY_FLAGS = ['vague', 'hedge', 'asks'] as const;
export type ApologyMeet = (typeof APOLOGY_MEETS)[number];
export type ApologyFlagKind = (typeof APOLOGY_FLAGS)[number];
export const APOLOGY_LABELS = [...APOLOGY_MEETS, ...APOLOGY_FLAGS] as const;
export type ApologyLabel = ApologyMeet | ApologyFlagKind;

/** A phrase in the syntax of shared/text-checks/pattern.ts; the issue names what is wrong. */
const patternSchema = z.string().superRefine((source, ctx) => {
  const problem = patternProblem(source);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** Words a person reads: trimmed, no exclamation marks, never a "warning" (VOICE.md). */
const copySchema = z
  .string()
  .min(1)
  .refine((text) => text.trim() === text, 'Copy must not start or end with spaces.')
  .refine((text) => !text.includes('!'), 'Mend copy uses no exclamation marks.')
  .refine((text) => !/\bwarning\b/i.test(text), 'Mend nudges; it never warns.');

const idSchema = z.string().regex(/^[a-z]+\.[a-zA-Z]+$/, 'Use an id like "pressure.demand".');

/** Phrases that count, and phrases that cancel them where they match over the same words. */
const ruleSetSchema = z.object({
  phrases: z.array(patternSchema).min(1),
  unless: z.array(patternSchema).optional(),
  /** Optional: patterns that void an unless match they overlap, so a kind word that is itself
   *  lost or negated ("door jou ben ik mijn beste vriendin kwijt") does not cancel a phrase. */
  despite: z.array(patternSchema).optional(),
});

function uniqueIds(rules: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const { id } of rules) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Duplicate id "${id}".` });
    seen.add(id);
  }
}

const gentleRuleSchema = ruleSetSchema.extend({
  id: idSchema,
  kind: z.enum(GENTLE_KINDS),
  explanation: copySchema,
  suggestion: copySchema,
  /** Kinds this rule gives way to: where one of them is found in the same sentence, this
   *  rule's finding is left out ("answer me tonight" is about the rush, not a second note). */
  yieldsTo: z.array(z.enum(GENTLE_KINDS)).optional(),
  /** Kinds this rule gives way to only within the same clause (one that a finding of theirs
   *  touches; a clause ends at , : ; a dash or the end of a sentence): "answer me now" is
   *  the rush alone, while "it's urgent, call me" keeps the order in its own clause too. */
  yieldsInClauseTo: z.array(z.enum(GENTLE_KINDS)).optional(),
  /** Optional: a rule read over two sentences. Its phrases count only where one of these
   *  matches in the sentence before (a one- or two-word sentence between, "Nee?", is passed
   *  over), and the finding then runs from there: "Wil je nog vrienden zijn? Dan kom je
   *  zaterdag." is one threat told in two sentences, where each alone is only a question and a
   *  plan. */
  afterSentence: ruleSetSchema.optional(),
});

export const gentleListsSchema = z
  .object({
    privacy: copySchema,
    kinds: z.record(z.enum(GENTLE_KINDS), z.object({ label: copySchema })),
    /** Optional: the words of a note from the trained model (shared/text-checks/guess.ts). It
     *  cannot say which rule or why, so each kind has a general line and a general way out, and
     *  every guess says it is one. Without them the model's guesses are not shown. */
    guess: z
      .object({
        onlyGuess: copySchema,
        kinds: z.record(z.enum(GENTLE_KINDS), z.object({ explanation: copySchema, suggestion: copySchema })),
      })
      .optional(),
    rules: z.array(gentleRuleSchema).min(1),
    /** Optional: where one of these matches, a new clause begins at its first word for
     *  yieldsInClauseTo, as after a comma ("stop avoiding me and ring me now" is two orders: the
     *  first keeps its own note). A finding that runs across such a join belongs to the part
     *  after its last join, where its deadline or threat is. Matching itself is not cut. */
    clauseJoins: ruleSetSchema.optional(),
    /** Optional: a memory asked about and then told fondly ("Remember Christmas 2015? Best one
     *  ever."). Where a sentence with a `recall` match has only past findings, and `fond`
     *  matches after the recall in that sentence or anywhere in the next or the previous one (a
     *  sentence with no finding of its own), the past findings of the first sentence stand down,
     *  unless it tells a wrong (`grievance`: "remember when you forgot my 30th? good times" is
     *  sarcasm). */
    fondMemory: z.object({ recall: ruleSetSchema, fond: ruleSetSchema, grievance: ruleSetSchema }).optional(),
  })
  .superRefine((lists, ctx) => {
    uniqueIds(lists.rules, ctx);
    for (const kind of GENTLE_KINDS) {
      if (!lists.rules.some((rule) => rule.kind === kind)) {
        ctx.addIssue({ code: 'custom', message: `No rule looks for "${kind}".` });
      }
    }
  });

/** A reason to look again, with the phrases that raise it. */
const flagSchema = ruleSetSchema.extend({
  id: idSchema,
  reason: copySchema,
});
const flagsSchema = z.array(flagSchema).min(1).superRefine(uniqueIds);

const itemCopy = { label: copySchema, met: copySchema, missing: copySchema };

export const apologyListsSchema = z.object({
  privacy: copySchema,
  /** Optional: the words for what the trained model guesses (shared/text-checks/apology-model.ts),
   *  per label: an item it reads as met, or a flag it raises. It cannot point at the words or
   *  say which rule, so each says it is a guess. Without them the model's guesses are not shown. */
  guess: z
    .object({
      onlyGuess: copySchema,
      labels: z.object(Object.fromEntries(APOLOGY_LABELS.map((l) => [l, copySchema])) as Record<ApologyLabel, typeof copySchema>),
    })
    .optional(),
  items: z.object({
    namesAct: z.object({
      ...itemCopy,
      finds: ruleSetSchema,
      flags: flagsSchema,
      /** Optional: when set, owning it with no act named ("I'm sorry.", "that was on me", "I
       *  messed up") is flagged as a general sorry with this reason, even where no flag phrase
       *  matches. Without it, only the flag phrases raise the item (as before round 13). */
      ownedWithoutAct: copySchema.optional(),
      /** Optional: shapes of a named deed that the act phrases may not know ("ah slagged yer
       *  cooking", "I've been turning up late to book club"): where one is found, a sorry is
       *  not called general by ownedWithoutAct, though the act is not counted as met either.
       *  Both languages say a bare sorry is general this one way (round 15). */
      deeds: ruleSetSchema.optional(),
    }),
    namesEffect: z.object({ ...itemCopy, finds: ruleSetSchema }),
    ownsIt: z.object({ ...itemCopy, finds: ruleSetSchema, flags: flagsSchema }),
    asksNothing: z.object({ ...itemCopy, flags: flagsSchema }),
    doesDifferently: z.object({ ...itemCopy, finds: ruleSetSchema }),
  }),
});

export type GentleLists = z.infer<typeof gentleListsSchema>;
export type GentleRule = GentleLists['rules'][number];
export type ApologyLists = z.infer<typeof apologyListsSchema>;
export type ApologyFlag = z.infer<typeof flagSchema>;
