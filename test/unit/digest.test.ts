import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import type { Notice } from '../../shared/personal-types.ts';
import { composeDigest } from '../../server/reminders/digest.ts';

const notice = (otherName: string): Notice => ({
  kind: 'date-coming', spaceId: 's1', otherName, label: 'Her birthday', on: '2027-03-04', inDays: 3, since: '2027-03-01T00:00:00.000Z',
});

describe('the reminder email', () => {
  it('names the friend in each notice', () => {
    expect(composeDigest(en.ui, { name: 'Alex', frequency: 'daily', notices: [notice('Sam')], origin: 'https://m.example' }).text)
      .toContain('A date that matters to Sam is coming up: Her birthday');
  });

  it('says a whole sentence, not a blank, when the friend has left', () => {
    const { text } = composeDigest(en.ui, { name: 'Alex', frequency: 'daily', notices: [notice('')], origin: 'https://m.example' });
    expect(text).not.toMatch(/to {2}is|to is/);
    expect(text).toContain('A date you keep from a space whose friend has left Mend is coming up: Her birthday');
  });
});
