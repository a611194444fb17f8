// The space belongs to both friends: no copy calls it one person's ("Join Alex's space"), which
// would tell the one who was invited that they are a guest in it (walkthrough 17).
import { describe, expect, it } from 'vitest';
import { readableTexts } from '../helpers/content-text.ts';

const OWNED: Record<string, RegExp> = {
  en: /\{\w+\}'s space/i,
  nl: /ruimte van \{\w+\}/i,
};

describe('a shared space is nobody\'s own', () => {
  for (const [language, owned] of Object.entries(OWNED)) {
    it(`no ${language} copy calls the space one person's`, () => {
      expect(readableTexts(language).filter(({ text }) => owned.test(text)).map(({ where }) => where)).toEqual([]);
    });
  }
});
