// The characters one person typed into a together document. Yjs names every character by the
// client id that inserted it, and the room records which person wrote with which id
// (server/sync/room.ts), so a person's characters can be told from the other's one by one.
import type * as Y from 'yjs';
import { GROUND_RULES_KEY, STATEMENT_KEY } from '../../shared/wire.ts';
import type { CoWrittenText } from '../../shared/redact.ts';

export const TOGETHER_ROOTS = [GROUND_RULES_KEY, STATEMENT_KEY] as const;

/** Deletes every character of `text` inserted under one of `clientIds`; the rest stays in its order. */
export function deleteCharactersOf(text: Y.Text, clientIds: ReadonlySet<number>): void {
  const ranges: Array<[number, number]> = [];
  let index = 0;
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !item.countable) continue;
    if (clientIds.has(item.id.client)) ranges.push([index, item.length]);
    index += item.length;
  }
  // From the end, so each index still points where it did.
  for (const [at, length] of ranges.reverse()) text.delete(at, length);
}

/** Takes one person's characters out of every together text, and says what each held before and after. */
export function deleteFromTogether(doc: Y.Doc, clientIds: ReadonlySet<number>): Record<string, CoWrittenText> {
  const texts: Record<string, CoWrittenText> = {};
  for (const root of TOGETHER_ROOTS) {
    const text = doc.getText(root);
    const before = text.toString();
    if (clientIds.size > 0) deleteCharactersOf(text, clientIds);
    texts[root] = { before, after: text.toString() };
  }
  return texts;
}
