// The edits of the long-history document: words inserted and ranges deleted at seeded random
// places in one shared text, each edit its own transaction (and so its own Yjs update).
import type * as Y from 'yjs';
import { GROUND_RULES_KEY } from '../shared/wire.ts';

const WORDS = ['we', 'can', 'talk', 'about', 'it', 'later', 'I', 'hear', 'you', 'sorry', 'thanks', 'okay'];

/** Mend's documents take only their own texts; the references take any name. */
export const HISTORY_TEXT = GROUND_RULES_KEY;

export function historyEdit(text: Y.Text, random: () => number): void {
  const len = text.length;
  if (len > 20 && random() < 0.2) {
    text.delete(Math.floor(random() * (len - 5)), 1 + Math.floor(random() * 4));
  } else {
    const word = WORDS[Math.floor(random() * WORDS.length)] as string;
    text.insert(Math.floor(random() * (len + 1)), `${word} `);
  }
}
