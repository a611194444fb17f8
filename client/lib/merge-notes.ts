// Two rules of one kind that say the same thing ("you always", "you never") become one note
// that quotes both, so the writer is not told the same sentence twice.
import type { GentleNote } from '../../shared/text-checks/gentle.ts';

export function mergeSameNotes(notes: readonly GentleNote[]): GentleNote[] {
  const out: GentleNote[] = [];
  for (const note of notes) {
    const same = out.findIndex((o) => o.kind === note.kind && o.explanation === note.explanation && o.suggestion === note.suggestion);
    const kept = out[same];
    if (kept) out[same] = { ...kept, matches: [...new Set([...kept.matches, ...note.matches])] };
    else out.push(note);
  }
  return out;
}
