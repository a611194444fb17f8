import { describe, expect, it } from 'vitest';
import { earlierAgreement } from '../../client/lib/agreed-words.ts';

const at = '2026-11-01T10:00:00.000Z';

describe('the words both marked earlier', () => {
  it('are shown when the text has changed since', () => {
    expect(earlierAgreement({ text: 'Slower.', at }, 'Slower, and kinder.')).toEqual({ text: 'Slower.', at });
  });

  it('are not shown while they are the text now', () => {
    expect(earlierAgreement({ text: 'Slower.', at }, 'Slower.')).toBeNull();
    expect(earlierAgreement(null, 'Slower.')).toBeNull();
  });

  it('are not shown as an empty quote when their words were taken out', () => {
    expect(earlierAgreement({ text: '', at }, 'Slower.')).toBeNull();
    expect(earlierAgreement({ text: '  ', at }, 'Slower.')).toBeNull();
  });
});
