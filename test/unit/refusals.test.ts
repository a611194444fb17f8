import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { lookup } from '../../shared/copy.ts';
import { refusalKey } from '../../shared/refusals.ts';

describe('the words for a refused command', () => {
  it('say plainly that a closed space takes nothing more', () => {
    expect(lookup(en.ui, refusalKey('closed'))).toBe('This space is closed, so nothing more can be added.');
  });

  it('exist for every reason with words of its own, and fall back to the general sentence', () => {
    for (const reason of ['closed', 'not-your-turn', 'hear-first', 'stale-prompt', 'no-prompt', 'apology-answered', 'words-needed'])
      expect(lookup(en.ui, refusalKey(reason)), reason).toBeTruthy();
    expect(refusalKey('in-the-past')).toBe('errors.refused');
    expect(refusalKey(undefined)).toBe('errors.refused');
  });
});
