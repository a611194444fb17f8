// The language a draft is written in decides which checks read it (client/lib/written-in.ts).
import { describe, expect, it } from 'vitest';
import { writtenIn } from '../../client/lib/written-in.ts';

describe('writtenIn', () => {
  it('tells Dutch from English by their small words', () => {
    expect(writtenIn('Het spijt me als je je gekwetst voelde, maar jij belde ook niet.')).toBe('nl');
    expect(writtenIn('Jij doet altijd alsof er niets aan de hand is.')).toBe('nl');
    expect(writtenIn("I'm sorry if you felt hurt, but you also stopped calling me.")).toBe('en');
    expect(writtenIn('I have been tired, and I missed our walks on Sundays.')).toBe('en');
  });

  it('does not decide on too few words, or on words both languages share', () => {
    expect(writtenIn('')).toBeNull();
    expect(writtenIn('Sorry.')).toBeNull();
    expect(writtenIn('Hoi Sam')).toBeNull();
    expect(writtenIn('we was in is me')).toBeNull();
  });

  it('does not decide when the words are as much one language as the other', () => {
    expect(writtenIn('I miss you, ik mis je, and het spijt me, I am sorry.')).toBeNull();
  });
});
