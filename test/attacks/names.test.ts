// A name is how each friend knows who they are talking to. It must not hide characters (direction
// overrides, zero-width, unassigned or private-use ones), be invisible, or pass for someone else's
// name with letters from another script that look the same.
import { describe, expect, it } from 'vitest';
import { openSpace, PASSWORD, person, signUp, uniqueName } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();
const signUpAs = (name: string) => person(app.server.url).json<{ error?: { code: string; message: string } }>('POST', '/api/accounts', { name, password: PASSWORD });

const HIDDEN = {
  'a right-to-left override': 'Robin \u202Enamdoo',
  'a left-to-right isolate': 'Robin \u2066Wood\u2069',
  'a right-to-left mark': 'Robin\u200F Wood',
  'a zero-width space': 'Rob\u200Bin Wood',
  'a zero-width joiner': 'Rob\u200Din Wood',
  'a soft hyphen': 'Rob\u00ADin Wood',
  'a byte order mark': 'Robin\uFEFF Wood',
  'a private-use character': 'Robin \uE000Wood',
  'an unassigned code point': 'Robin \u0378Wood',
  'a lone surrogate': 'Robin \uD800Wood',
  'a Hangul filler': 'Robin\u3164Wood',
  'a combining grapheme joiner': 'Robin\u034F Wood',
};
const INVISIBLE = { 'only Hangul fillers': '\u3164\u3164', 'only a braille blank': '\u2800', 'only combining marks': '\u0301\u0302', 'only no-break spaces': '\u00A0\u2003' };

describe('a name', () => {
  for (const [what, name] of Object.entries(HIDDEN))
    it(`is refused with ${what}, at sign-up and as a friend's name`, async () => {
      const res = await signUpAs(name);
      expect(res.status).toBe(400);
      expect(res.body.error?.message).not.toContain('!');
      const opener = await signUp(app.server.url);
      expect((await opener.json('POST', '/api/spaces', { friendName: name, note: 'Hello.' })).status).toBe(400);
    });

  for (const [what, name] of Object.entries(INVISIBLE))
    it(`is refused when it shows nothing: ${what}`, async () => {
      expect((await signUpAs(name)).status).toBe(400);
    });

  it('is refused when it looks like a name already taken', async () => {
    const base = uniqueName('Sam Porter');
    await signUp(app.server.url, base);
    const lookAlikes = [
      base.replace('S', '\u0405').replace('a', '\u0430'), // Cyrillic DZE and A
      base.replace('o', '\u03BF'), // Greek omicron
      base.replace('o', '0'),
      base.replace('m', 'rn'),
      base.toUpperCase().replace('P', '\u0420'), // Cyrillic ER, in capitals
      base.replace(' ', '\u2003'), // an em space
      base.replace('a', '\uFF41'), // fullwidth a
    ];
    for (const name of lookAlikes) {
      const res = await signUpAs(name);
      expect(res.status, JSON.stringify(name)).toBe(409);
      expect(res.body.error?.code).toBe('name-taken');
    }
  });

  it('may be written in any script, and signs in as it was written', async () => {
    for (const name of [uniqueName('Сергей'), uniqueName('Ζωή'), uniqueName('Zoe\u0301'), uniqueName('李小龍'), uniqueName('Ali ❤️')]) {
      const me = await signUp(app.server.url, name);
      expect((await person(app.server.url).json('POST', '/api/sessions', { name, password: PASSWORD })).status, name).toBe(200);
      await openSpace(me);
    }
  });
});
