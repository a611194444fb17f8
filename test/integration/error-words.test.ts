// Every message a person can meet comes from content/: the server says what went wrong by code
// (and, for a refused field, by field and kind); the client finds the words. The schema
// library's own messages ("Invalid email address") never reach a person.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { lookup } from '../../shared/copy.ts';
import { ERROR_CODES } from '../../shared/errors.ts';
import { VALIDATION_KINDS } from '../../shared/validation.ts';
import { validationText } from '../../client/lib/copy.ts';
import { loadLanguage } from '../../client/lib/locale.ts';
import { person, PASSWORD, signUp, uniqueName } from '../helpers/http.ts';
import { cmd } from '../helpers/rounds.ts';
import { openSpacePair } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();
beforeAll(() => loadLanguage('en'));

const serverFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? serverFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });

interface Refusal { error: { code: string; reason?: string; kind?: string; limit?: number } }

describe('error words', () => {
  it('has words for every error code, including every code the server throws', () => {
    const codes = new Set<string>(ERROR_CODES);
    for (const file of serverFiles('server')) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\b(?:fail\(\d+|tooMany\(c, \w+|errorBody\()\s*,?\s*'([a-z-]+)'/g)) codes.add(m[1] as string);
      for (const m of source.matchAll(/retryLater\([^;]*'([a-z-]+)'\)/g)) codes.add(m[1] as string);
    }
    const missing = [...codes].filter((c) => !lookup(en.ui, `errors.${c}`));
    expect(missing).toEqual([]);
  });

  it('has words for every kind of refused field', () => {
    expect(VALIDATION_KINDS.filter((k) => !lookup(en.ui, `validation.${k}`))).toEqual([]);
  });

  it('says a bad email address in our words, not the schema library\'s', async () => {
    const res = await person(app.server.url).json<Refusal>('POST', '/api/accounts', { name: uniqueName('Robin'), password: PASSWORD, email: 'not an address' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation', reason: 'email', kind: 'format' });
    const words = validationText(res.body.error.reason ?? '', res.body.error.kind, res.body.error.limit);
    expect(words).toBe('That email address does not look quite right. Could you check it?');
  });

  it('says a short password and a long promise with their bounds', async () => {
    const short = await person(app.server.url).json<Refusal>('POST', '/api/accounts', { name: uniqueName('Robin'), password: 'short' });
    expect(short.body.error).toMatchObject({ reason: 'password', kind: 'too-short', limit: 10 });
    expect(validationText('password', 'too-short', 10)).toBe('Please use at least 10 characters.');

    const { opener, spaceId } = await openSpacePair(app.server.url);
    const long = await cmd(opener, spaceId, { type: 'propose-commitment', text: 'x'.repeat(5000) });
    expect(long.status).toBe(400);
    const body = long.body as Refusal;
    expect(body.error).toMatchObject({ reason: 'text', kind: 'too-long' });
    expect(validationText('text', body.error.kind, body.error.limit)).toMatch(/^Please keep this under \d+ characters\.$/);
  });

  it('names a name that cannot be seen by its kind', async () => {
    const opener = await signUp(app.server.url);
    const res = await opener.json<Refusal>('POST', '/api/spaces', { friendName: '\u200b', note: 'Hello.' });
    expect(res.body.error).toMatchObject({ reason: 'friendName' });
    expect(['invisible', 'hidden-characters', 'empty']).toContain(res.body.error.kind);
  });
});
