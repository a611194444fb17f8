// Round 20 of the Dutch text checks: general shapes read after held-out sets 16 and 16b. Each
// shape has paraphrases of our own that must be found and kind look-alikes sharing its words
// that must stay quiet, so a rule that fits one corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkReaders } from '../helpers/check-readers.ts';

const { kinds } = checkReaders('nl');

// Older rules that flagged kind notes, tightened in general shapes: missing the other "nog steeds
// elke keer als ik ... zie", a third person's habit ("aan je oma, die altijd ..."), an open door
// in dialect ("jai ken altijd bij ons ..."), "je blijft altijd me maatje", a memory followed by
// "daar denk ik vaak aan", what the other liked recalled ("vorige keer zei je dat je ... hield"),
// the writer's own news with a day in it, a belief taken back ("ik heb lang gedacht dat ..., maar
// eigenlijk ..."), "door jou heb ik geleerd", "het is nu even stil", "anders" as "different", an
// offer with a fallback ("als je wilt, anders geef ik hem aan ..."). Their harsh twins keep
// their notes.
describe('the Dutch gentle check keeps kind notes quiet that older rules flagged (round 20)', () => {
  it.each([
    'Ik mis je nog steeds elke keer als ik langs de haven fiets.',
    'Ik mis je echt iedere keer als ik dat liedje hoor.',
    'Elke keer als ik een kampeerbusje zie staan denk ik aan jou.',
    'Ik dacht gisteren aan je vader, die altijd zo hard om zijn eigen grappen lachte.',
    'Je ken altijd bij ons binnenlopen, dat weet je.',
    'Je blijft altijd mijn beste maatje, wat er ook gebeurd is.',
    'Weet je nog die zomer op Texel met die lekke tent? Daar denk ik nog vaak aan.',
    'Vorige keer dat je hier was zei je dat je gek was op drop, ik heb een zak voor je gekocht.',
    'Wilde je even laten weten dat ik vandaag aan je moest denken.',
    'Ik wil je zeggen dat we morgen verhuizen, het nieuwe adres stuur ik nog.',
    'Ik heb lang gedacht dat het aan jou lag, maar nu zie ik dat ik ook bang was.',
    'Ik heb altijd gedacht dat je me wat schuldig was, maar eigenlijk was dat niet zo.',
    'Door jou heb ik geleerd om eerlijk te zeggen wat ik voel.',
    'Dankzij jou heb ik ontdekt hoe fijn wandelen is.',
    'Het is nu even stil tussen ons, en dat is goed zo.',
    'Het voelt nu even wat ongemakkelijk, maar dat gaat over.',
    'Waarom zou het dit keer anders zijn dan vroeger, dacht ik, en toch is het anders.',
    'Er is nog een plekje in de auto als je zin hebt, anders vraag ik mijn zus.',
    'We hebben voor zaterdag een tafel gereserveerd, je bent welkom.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['Je komt altijd te laat, elke keer als ik iets organiseer.', 'past'],
    ['Door jou ben ik mijn baan kwijt.', 'blame'],
    ['Door jou heb ik geleerd dat ik niemand kan vertrouwen.', 'blame'],
    ['Het ligt gewoon aan jou.', 'blame'],
    ['Laat me vandaag nog weten of je komt.', 'urgency'],
    ['Ik heb voor morgen een antwoord nodig.', 'urgency'],
    ['Bel me nu even terug.', 'urgency'],
    ['Je betaalt het terug, anders stap ik naar de rechter.', 'ultimatum'],
    ['Ik geef je tot zondag, daarna ben ik weg.', 'ultimatum'],
    ['Je bent me nog steeds een excuus schuldig.', 'pressure'],
  ] as const)('keeps the note on "%s"', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});
