// Schemas for the words people read in the rounds and the private reflection:
// prompt decks, the reflection guide, and the feelings-and-needs lists in
// content/<locale>/. A test checks every content file against them, so a broken
// deck fails `npm test`, not someone's evening. Pure: no I/O, no DOM.
import { z } from 'zod';

/** Fewest prompts a deck may hold: enough for a pair to pass a few and still talk. */
export const MIN_PROMPTS_PER_DECK = 6;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const contentIdSchema = z.string().regex(KEBAB_CASE, 'Use a kebab-case id, like "catching-up".');

/** Text a person reads: never blank, never padded. */
const copySchema = z
  .string()
  .min(1)
  .refine((text) => text.trim() === text, 'Copy must not start or end with spaces.');

/** Values that appear more than once, each reported once, in order of first repeat. */
function findDuplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

export const promptSchema = z.strictObject({
  id: contentIdSchema,
  text: copySchema,
  /** A short optional nudge shown under the prompt, e.g. "A small moment is enough." */
  hint: copySchema.optional(),
});

export const deckSchema = z
  .strictObject({
    id: contentIdSchema,
    /** Position on the path from light to deep; lower comes first. */
    order: z.number().int().nonnegative(),
    title: copySchema,
    intro: copySchema,
    prompts: z.array(promptSchema).min(MIN_PROMPTS_PER_DECK),
  })
  .superRefine((deck, ctx) => {
    for (const id of findDuplicates(deck.prompts.map((prompt) => prompt.id))) {
      ctx.addIssue({ code: 'custom', path: ['prompts'], message: `Prompt id "${id}" appears more than once.` });
    }
  });

/** A locale's decks together: ids and orders must not collide. */
export const deckListSchema = z.array(deckSchema).superRefine((decks, ctx) => {
  for (const id of findDuplicates(decks.map((deck) => deck.id))) {
    ctx.addIssue({ code: 'custom', message: `Deck id "${id}" appears more than once.` });
  }
  for (const order of findDuplicates(decks.map((deck) => String(deck.order)))) {
    ctx.addIssue({ code: 'custom', message: `Deck order ${order} appears more than once.` });
  }
});

export const reflectionSectionSchema = z.strictObject({
  id: contentIdSchema,
  title: copySchema,
  prompt: copySchema,
  hint: copySchema.optional(),
});

/** The private reflection the opener writes before inviting. Only its author ever sees it. */
export const reflectionGuideSchema = z
  .strictObject({
    title: copySchema,
    intro: copySchema,
    sections: z.array(reflectionSectionSchema).min(1),
  })
  .superRefine((guide, ctx) => {
    for (const id of findDuplicates(guide.sections.map((section) => section.id))) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `Section id "${id}" appears more than once.` });
    }
  });

export const wordGroupSchema = z.strictObject({
  group: copySchema,
  words: z.array(copySchema).min(1),
});

/** A list of groups where no word appears twice, compared without regard to case. */
const wordGroupListSchema = z
  .array(wordGroupSchema)
  .min(1)
  .superRefine((groups, ctx) => {
    const words = groups.flatMap((group) => group.words.map((word) => word.toLowerCase()));
    for (const word of findDuplicates(words)) {
      ctx.addIssue({ code: 'custom', message: `"${word}" appears more than once in this list.` });
    }
  });

/** Words to borrow when naming a feeling or a need. A word may be in both lists, not twice in one. */
export const wordListsSchema = z.strictObject({
  feelings: wordGroupListSchema,
  needs: wordGroupListSchema,
});

export type Prompt = z.infer<typeof promptSchema>;
export type Deck = z.infer<typeof deckSchema>;
export type ReflectionSection = z.infer<typeof reflectionSectionSchema>;
export type ReflectionGuide = z.infer<typeof reflectionGuideSchema>;
export type WordGroup = z.infer<typeof wordGroupSchema>;
export type WordLists = z.infer<typeof wordListsSchema>;

/** Decks from light to deep, as a new array; equal orders fall back to id so the result is stable. */
export function sortDecks<T extends Pick<Deck, 'id' | 'order'>>(decks: readonly T[]): T[] {
  return [...decks].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The prompt with this id in the deck with this id, or undefined if either is missing. */
export function findPrompt(decks: readonly Deck[], deckId: string, promptId: string): Prompt | undefined {
  return decks.find((deck) => deck.id === deckId)?.prompts.find((prompt) => prompt.id === promptId);
}
