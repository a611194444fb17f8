// The grammar layer of the text checks: word classes from content/<locale>/checks/grammar.json,
// the "#class" and "^" tokens of the phrase language, and each language's lists referring only
// to classes its grammar defines.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { checkGentle } from '../../shared/text-checks/gentle.ts';
import { CHECK_LANGS } from '../../shared/text-checks/content.ts';
import { classNamesIn, classesOf, grammarSchema } from '../../shared/text-checks/grammar.ts';
import { findRuleSet, readDoc } from '../../shared/text-checks/match.ts';
import { PatternError, parsePattern } from '../../shared/text-checks/pattern.ts';
import { tokenize } from '../../shared/text-checks/tokenize.ts';

const en = checkContentFor('en');
const nl = checkContentFor('nl');
const enGrammar = en.grammar ?? grammarSchema.parse({ classes: {} });

function patternsIn(value: unknown): string[] {
  if (typeof value === 'string') return [];
  if (Array.isArray(value)) return value.flatMap(patternsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      (key === 'phrases' || key === 'unless' || key === 'despite') && Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : patternsIn(v),
    );
  }
  return [];
}

describe.each(CHECK_LANGS)('content/%s/checks', (lang) => {
  it('has the same five files as every other language (model.json and apology-model.json: the trained models)', () => {
    expect(fs.readdirSync(`content/${lang}/checks`).sort()).toEqual(['apology-model.json', 'apology.json', 'gentle.json', 'grammar.json', 'model.json']);
  });

  it('refers only to word classes its grammar defines', () => {
    const content = checkContentFor(lang);
    const defined = new Set(Object.keys(content.grammar?.classes ?? {}));
    const used = [...patternsIn(content.gentle), ...patternsIn(content.apology)].flatMap(classNamesIn);
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((name) => !defined.has(name))).toEqual([]);
  });
});

describe('word classes', () => {
  it('know a past verb by its ending or by heart, and not a word that only looks like one', () => {
    for (const word of ['called', 'listened', 'came', 'forgot', 'lied']) expect(classesOf(enGrammar, word).has('past'), word).toBe(true);
    for (const word of ['need', 'have', 'red', 'indeed']) expect(classesOf(enGrammar, word).has('past'), word).toBe(false);
  });

  it('read a Dutch participle by its shape ("ge...d/t/en")', () => {
    const grammar = nl.grammar ?? grammarSchema.parse({ classes: {} });
    for (const word of ['gebeld', 'gelogen', 'gemaakt']) expect(classesOf(grammar, word).has('deelwoord'), word).toBe(true);
    for (const word of ['geen', 'gemeen', 'geleden']) expect(classesOf(grammar, word).has('deelwoord'), word).toBe(false);
  });

  it('read a Dutch separable participle by its shape ("uitge...d", "opge...t"), not an infinitive like it', () => {
    const grammar = nl.grammar ?? grammarSchema.parse({ classes: {} });
    for (const word of ['uitgenodigd', 'opgezet', 'afgezegd', 'weggejaagd']) expect(classesOf(grammar, word).has('deelwoord'), word).toBe(true);
    for (const word of ['uitgeven', 'opgeven', 'ingewikkeld']) expect(classesOf(grammar, word).has('deelwoord'), word).toBe(false);
  });

  it('read a Dutch day joined to a part of it ("vrijdag" + "avond", also as typed "vrijdagsavond") as a day', () => {
    const grammar = nl.grammar ?? grammarSchema.parse({ classes: {} });
    const days = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
    for (const day of days) for (const part of ['avond', 'middag', 'ochtend', 'nacht', 'morgen']) expect(classesOf(grammar, day + part).has('dag'), day + part).toBe(true);
    expect(classesOf(grammar, 'vrijdagsavond').has('dag')).toBe(true);
    for (const word of ['avond', 'vrijdagavondje', 'weekendavond', 'zondagskind']) expect(classesOf(grammar, word).has('dag'), word).toBe(false);
  });
});

describe('the phrase language with grammar', () => {
  const spans = (text: string, phrases: string[]): string[] => findRuleSet(readDoc(text, enGrammar), { phrases }).map((s) => s.match);

  it('lets one "#class" rule cover many surface forms', () => {
    expect(spans('you never called, you never came, you never listened', ['you never #past'])).toEqual(['you never called', 'you never came', 'you never listened']);
    expect(spans('you never have to answer', ['you never #past'])).toEqual([]);
  });

  it('matches nothing for a class while no grammar is loaded', () => {
    expect(findRuleSet(readDoc('you never called'), { phrases: ['you never #past'] })).toEqual([]);
  });

  it('anchors "^" to the start of a sentence or clause', () => {
    expect(spans('Answer me.', ['^ answer me'])).toEqual(['Answer me']);
    expect(spans('Please, answer me', ['^ answer me'])).toEqual(['answer me']);
    expect(spans('I will answer me later', ['^ answer me'])).toEqual([]);
  });

  it('anchors "$" to the end of a sentence or clause', () => {
    expect(spans('Respond. Please.', ['^ respond $'])).toEqual(['Respond']);
    expect(spans('Fine, respond, or not', ['respond $'])).toEqual(['respond']);
    expect(spans('Respond whenever you like.', ['^ respond $'])).toEqual([]);
    expect(spans('you never know', ['never $'])).toEqual([]);
  });

  it.each(['#1', '#', 'you #pa-st', 'you ^ never', 'you $ never'])('rejects the broken pattern %j', (source) => {
    expect(() => parsePattern(source)).toThrow(PatternError);
  });
});

describe('reading grammar, not only phrases', () => {
  const kinds = (text: string): string[] => checkGentle(text, en.gentle, en.grammar).map((f) => f.kind);

  it('tells "you never + past verb" from "you never have to" and from a kindness', () => {
    expect(kinds('You never called when my mum was ill.')).toEqual(['past']);
    expect(kinds('You never have to answer this.')).toEqual([]);
    expect(kinds('You never failed to make me laugh.')).toEqual([]);
  });

  it('reads blame without "you made me", and pressure and blame in one sentence', () => {
    expect(kinds('Because of you I lost half my friends.')).toEqual(['blame']);
    expect(kinds('Because of you I started painting again.')).toEqual([]);
    expect(kinds('You have to understand how much you hurt me.').sort()).toEqual(['blame', 'pressure']);
  });

  it('reads a deadline with a threat as both, and lets an order give way to them', () => {
    expect(kinds('Answer by Friday or forget it.').sort()).toEqual(['ultimatum', 'urgency']);
  });

  it('reads the Dutch rules on Dutch words', () => {
    const nlKinds = (text: string): string[] => checkGentle(text, nl.gentle, nl.grammar).map((f) => f.kind);
    expect(nlKinds('Door jou ben ik al mijn vrienden kwijt.')).toEqual(['blame']);
    expect(nlKinds('Je hoeft hier nooit op te reageren.')).toEqual([]);
  });

  it('reads Dutch by word class and word order, so one rule covers forms it never listed', () => {
    const nlKinds = (text: string): string[] => checkGentle(text, nl.gentle, nl.grammar).map((f) => f.kind);
    expect(nlKinds('jij verknalt alles')).toEqual(['blame']);
    expect(nlKinds('jullie hebben haar weggepest')).toEqual(['blame']);
    // A fronted "als" clause turns "hoef je" round: a dismissal. "je hoeft ... als je wilt" is kind.
    expect(nlKinds('als je me weer laat zitten hoef je nooit meer te appen')).toEqual(['ultimatum']);
    expect(nlKinds('je hoeft nooit meer te appen als je dat niet wilt')).toEqual([]);
    expect(nlKinds('dankzij jou heb ik die baan gevonden')).toEqual([]);
  });
});

describe('typed spellings (grammar "spellings", round 13)', () => {
  const grammar = grammarSchema.parse({
    classes: { neg: { words: ['niet', 'nooit'] } },
    spellings: { egt: 'echt', nie: 'niet', sry: 'sorry' },
  });
  const spans = (text: string, phrases: string[], g = grammar): string[] => findRuleSet(readDoc(text, g), { phrases }).map((s) => s.match);

  it('lets a chat spelling match the word a pattern is written with, highlighting what was typed', () => {
    expect(spans('ik ben egt boos', ['(zo|echt) boos'])).toEqual(['egt boos']);
    expect(spans('sry dat ik te laat was', ['sorry dat ik'])).toEqual(['sry dat ik']);
  });

  it('gives a spelling the word classes of its standard word', () => {
    expect(spans('je belt nie', ['je belt #neg'])).toEqual(['je belt nie']);
  });

  it('still matches the spelling itself, and changes nothing for a grammar without spellings', () => {
    expect(spans('ik ben egt boos', ['egt boos'])).toEqual(['egt boos']);
    expect(spans('ik ben egt boos', ['echt boos'], grammarSchema.parse({ classes: {} }))).toEqual([]);
    expect(spans('ik ben echt boos', ['echt boos'])).toEqual(['echt boos']);
  });

  it('refuses a spelling that is not one lower-case word', () => {
    expect(grammarSchema.safeParse({ classes: {}, spellings: { 'Zo Egt': 'echt' } }).success).toBe(false);
  });
});

describe('a dot inside a word (round 15)', () => {
  const texts = (text: string): string[] => tokenize(text).map((w) => w.text);
  const breaks = (text: string): boolean[] => tokenize(text).map((w) => w.breakBefore);

  it('keeps an amount or a time with a dot in it as one word, not two sentences', () => {
    expect(texts('je bent me nog 3.800 euro schuldig')).toEqual(['je', 'bent', 'me', 'nog', '3800', 'euro', 'schuldig']);
    expect(breaks('om 9.30 uur bellen')).toEqual([true, false, false, false]);
  });

  it('reads a dotted abbreviation of single letters as one word, highlighting what was typed', () => {
    expect(texts('Z.s.m. terugbellen a.u.b.')).toEqual(['zsm', 'terugbellen', 'aub']);
    const [first] = tokenize('Z.s.m. terugbellen');
    expect(first && 'Z.s.m. terugbellen'.slice(first.start, first.end)).toBe('Z.s.m');
    expect(breaks('Z.s.m. terugbellen')).toEqual([true, true]);
  });

  it('still ends a sentence at a dot between words, with or without a space', () => {
    expect(breaks('ok.dan bel ik')).toEqual([true, true, false, false]);
    expect(breaks('ik wacht. k.heb tijd')).toEqual([true, false, true, true, false]);
    expect(texts('Het is 3. Niet 4.')).toEqual(['het', 'is', '3', 'niet', '4']);
  });
});

describe('"despite" patterns (round 15)', () => {
  const spans = (text: string, despite?: string[]): string[] =>
    findRuleSet(readDoc(text, nl.grammar), { phrases: ['[door jou]'], unless: ['door jou ... (blij|vriendin)'], ...(despite ? { despite } : {}) }).map((s) => s.match);

  it('void an unless match they overlap, so a kind word that is lost cancels nothing', () => {
    expect(spans('door jou ben ik mijn vriendin kwijt')).toEqual([]);
    expect(spans('door jou ben ik mijn vriendin kwijt', ['vriendin kwijt'])).toEqual(['door jou']);
  });

  it('void an unless match they directly follow, and leave one further away alone', () => {
    expect(spans('door jou ben ik blij zonder baan', ['zonder baan'])).toEqual(['door jou']);
    expect(spans('door jou ben ik blij, ook al ben ik zonder baan', ['zonder baan'])).toEqual([]);
  });

  it('change nothing where no unless matched', () => {
    expect(spans('door jou zit ik zonder baan', ['zonder baan'])).toEqual(['door jou']);
  });
});

describe('spellings that hold only before a word of a class (grammar "spellingsBefore", round 15)', () => {
  const grammar = grammarSchema.parse({
    classes: { je: { words: ['jij'] }, tweede: { words: ['höbs', 'moos'] } },
    spellings: { höbs: 'hebt' },
    spellingsBefore: { doe: { word: 'jij', before: 'tweede' } },
  });
  const spans = (text: string, phrases: string[]): string[] => findRuleSet(readDoc(text, grammar), { phrases }).map((s) => s.match);

  it('reads Limburgish "doe" as "jij" before a second-person verb, highlighting what was typed', () => {
    expect(spans('doe höbs mich laote zitte', ['#je hebt'])).toEqual(['doe höbs']);
    expect(spans('doe moos bellen', ['jij moos'])).toEqual(['doe moos']);
  });

  it('leaves the order "doe" alone anywhere else, and across the end of a sentence', () => {
    expect(spans('doe normaal', ['#je normaal'])).toEqual([]);
    expect(spans('ik doe. höbs', ['#je höbs'])).toEqual([]);
    expect(spans('doe normaal', ['doe normaal'])).toEqual(['doe normaal']);
  });

  it('refuses a rule that does not name a class', () => {
    expect(grammarSchema.safeParse({ classes: {}, spellingsBefore: { doe: { word: 'jij', before: '#x' } } }).success).toBe(false);
  });
});
