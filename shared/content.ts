// A locale's content, validated once when it is loaded, and the deck outline the referee
// needs. The bundle itself is imported from content/<locale>/index.ts by whoever needs it.
// The text checks' content is not part of it: see shared/text-checks/content.ts.
import { z } from 'zod';
import { copySchema } from './copy-schema.ts';
import { deckListSchema, reflectionGuideSchema, sortDecks, wordListsSchema } from './decks.ts';
import type { DeckOutline } from './space/talk-types.ts';

export const contentBundleSchema = z.strictObject({
  ui: copySchema,
  decks: deckListSchema,
  reflection: reflectionGuideSchema,
  words: wordListsSchema,
});

export type ContentBundle = z.infer<typeof contentBundleSchema>;

export const parseContent = (raw: unknown): ContentBundle => contentBundleSchema.parse(raw);

export const deckOutline = (bundle: Pick<ContentBundle, 'decks'>): DeckOutline[] =>
  sortDecks(bundle.decks).map((d) => ({ id: d.id, prompts: d.prompts.map((p) => p.id) }));
