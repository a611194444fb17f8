// When the other person deleted their account, every sentence about them is a whole sentence
// written for that case, never "the friend who left" pasted into a sentence made for a name.
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { keysOf, lookup } from '../../shared/copy.ts';
import { labelOf, t } from '../../client/lib/copy.ts';
import { loadLanguage } from '../../client/lib/locale.ts';

beforeAll(() => loadLanguage('en'));

// Controls and waiting notes that address the other person; a closed space shows none of them.
const ADDRESSING = [
  /^invitationLink\./, /^invite\./, /^spaces\.phase\.invited$/, /^space\.(waitingTitle|presenceToggle|presenceHint|leaveBody|lastMessage)$/,
  /^round\.(waitShare|handOver)$/, /^meeting\.after\.line$/, /^checkins\.q\./, /^checkins\.sealed(Hint)?$/, /^reassess\.sealed(Hint)?$/,
];

// The readable copy, email and calendar file are written on the server, which says who left in its own words.
const withName = keysOf(en.ui).filter((k) => !/^(left|export|exportStory|reminders|calendar)\./.test(k) && (lookup(en.ui, k) ?? '').includes('{name}'));

describe('sentences about a friend who left', () => {
  it('has a whole sentence for every one where the name is not where a sentence starts', () => {
    const missing = withName.filter((k) => {
      const text = lookup(en.ui, k) ?? '';
      const midSentence = text.replace(/(^|[.?:]\s+)\{name\}(?!'s)/g, '').includes('{name}');
      return midSentence && !ADDRESSING.some((r) => r.test(k)) && lookup(en.ui, `left.${k}`) === undefined;
    });
    expect(missing).toEqual([]);
  });

  it('every twin answers a sentence that exists', () => {
    const orphans = keysOf(en.ui).filter((k) => k.startsWith('left.') && lookup(en.ui, k.slice('left.'.length)) === undefined);
    expect(orphans).toEqual([]);
  });

  it('never pastes a possessive or a lower-case word after a full stop', () => {
    for (const key of withName.filter((k) => !ADDRESSING.some((r) => r.test(k)))) {
      const text = t(key, { name: '', rhythm: 'every week', measure: 'Safe', date: '1 May', text: 'call', mode: 'in person', time: 'noon', me: 'Sam' });
      expect(text, key).not.toMatch(/who left's/);
      expect(text, key).not.toMatch(/[.?]\s+[a-z]/);
    }
  });

  it('reads the listed sentences whole', () => {
    expect(t('apologies.from', { name: '' })).toBe('An apology from the friend who left');
    expect(t('dates.private', { name: '' })).toBe('Only you can see these.');
    expect(t('upcoming.inSpace', { name: '' })).toBe('In your space with a friend who has left Mend');
    expect(t('events.shared', { name: '' })).toBe('The friend who left answered a prompt.');
    expect(t('apologies.from', { name: 'Sam' })).toBe("Sam's apology");
    expect(labelOf('')).toBe('The friend who left');
  });

  it('does not promise a name the calendar file no longer holds', () => {
    expect(t('meeting.calendarHint', { name: 'Sam' })).toMatch(/your friend's name/);
    expect(t('meeting.calendarHint', { name: '' })).not.toMatch(/name/);
  });

  it('does not call words with the leaver\'s lines taken out "these words" you both agreed to', () => {
    for (const key of ['rules.bothAgreed', 'rules.bothAgreedEmpty', 'statement.bothMarked']) {
      if (key !== 'rules.bothAgreedEmpty') expect(t(key, { name: 'Sam' })).toMatch(/these/);
      expect(t(key, { name: '' })).toMatch(/taken out when they left Mend/);
      expect(t(key, { name: '' })).not.toMatch(/these/);
    }
  });
});
