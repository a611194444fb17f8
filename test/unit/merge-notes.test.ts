// "You always leave. You never call." gets one note quoting both, not the same note twice;
// notes that say different things stay apart.
import { describe, expect, it } from 'vitest';
import gentle from '../../content/en/checks/gentle.json';
import grammarJson from '../../content/en/checks/grammar.json';
import { mergeSameNotes } from '../../client/lib/merge-notes.ts';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { checkGentle, gentleNotes } from '../../shared/text-checks/gentle.ts';
import { gentleListsSchema } from '../../shared/text-checks/schema.ts';

const lists = gentleListsSchema.parse(gentle);
const grammar = grammarSchema.parse(grammarJson);
const notesFor = (text: string) => mergeSameNotes(gentleNotes(checkGentle(text, lists, grammar)));

describe('gentle notes, merged for the reader', () => {
  it('says "always" and "never" once, quoting both', () => {
    const before = gentleNotes(checkGentle('You always leave. You never call.', lists, grammar));
    // The check itself finds two of one kind with the same words; without merging, both show.
    expect(before.filter((n) => n.kind === before[0]?.kind).length).toBeGreaterThan(1);
    const notes = notesFor('You always leave. You never call.');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.matches.map((m) => m.toLowerCase())).toEqual(['you always', 'you never']);
  });

  it('keeps notes that say different things apart', () => {
    const notes = notesFor("answer me by tonight or we're done");
    expect(notes.map((n) => n.kind)).toHaveLength(2);
  });
});
