// Round 18 of the Dutch text checks: shapes read after blind sets 14, 14b, 18a and 18b. Each
// shape has the writer's own paraphrases that must be found and kind look-alikes sharing its
// words that must stay quiet, so a rule that fits one corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { checkGentle } from '../../shared/text-checks/gentle.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';

const nl = checkContentFor('nl');
const kinds = (text: string): GentleKind[] => [...new Set(checkGentle(text, nl.gentle, nl.grammar).map((f) => f.kind))];

// A consequence or burden laid on the other in ordinary words: "omdat jij ... niet ..., stond ik
// alleen", "dankzij jou weet heel X nu", "dat komt door hoe jij", "daar heb jij aan bijgedragen",
// "jouw gedrag heeft ... gesplitst", "jij gaf me het gevoel dat", "jij hebt het kapotgemaakt",
// "het is jij die ...", "te wijten aan uw handelwijze". Thanks, help and a feeling of welcome stay quiet.
describe('the Dutch gentle check reads a consequence laid on the other (round 18)', () => {
  it.each([
    'Omdat jij de huur niet overmaakte, kreeg ik een boete van de verhuurder.',
    'Doordat jij nooit terugbelde, zat ik de hele avond in mijn eentje te wachten.',
    'dankzij jou weet de halve school nu dat ik gezakt ben',
    'Dankzij jou heb ik geen vrienden meer op mijn werk, bedankt hoor.',
    'Dat het feest in duigen viel komt echt door hoe jij je gedroeg.',
    'Dat mijn zus niet meer belt, daar heb jij flink aan bijgedragen.',
    'Jouw gestook heeft de familie in twee kampen gesplitst.',
    'je gaf me het gevoel dat ik er niet bij hoorde',
    'Jij hebt ons weekend verpest, en dat weet je best.',
    'het is jij die de hele boel heeft laten ontsporen',
    'De ontstane problemen zijn geheel te wijten aan uw handelwijze.',
    'Jij maakte van mijn afscheid een circus.',
    'Jij vertelde het aan iedereen, en daardoor keek mijn baas me raar aan.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Dankzij jou heb ik die baan gekregen, ik ben je eeuwig dankbaar.',
    'Omdat jij niet kon, zijn we een week later gegaan en dat was prima.',
    'Je gaf me het gevoel dat ik welkom was.',
    'Je liet me even zitten zodat ik kon uitrusten.',
    'Dat het zo goed ging komt door jou.',
    'Het kwam niet door jou, echt niet.',
    'Jouw woorden hebben me zo goed gedaan.',
    'Ik heb dat zelf verpest, niet jij.',
    'Dankzij jou ben ik weer gelukkig, bedankt.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// An old wrong brought back without altijd/nooit/weet je nog: a short year ("in '09"), "ook al
// eens" beside a deed, "sinds ... weet ik hoe jij bent", "ik ben niet vergeten wat er ...",
// "draag ik nog steeds mee", "iedereen heeft het er nog steeds over", a count or list ("de derde
// keer sinds", "ik kan ze zo opnoemen", "een lijstje van alles wat je"), "het voorval van 2019",
// "hoe zat het ook alweer met ... in 2012", "sindsdien vertrouw ik je niet meer". A fond memory,
// thanks, a shopping list and "ook al" as "although" stay quiet.
describe('the Dutch gentle check reads an old wrong brought back in plain words (round 18)', () => {
  it.each([
    "In '07 heb je me ook al laten zitten met de verhuizing.",
    'Je hebt ook al eens mijn diploma-uitreiking overgeslagen.',
    'Sinds die avond in de kroeg weet ik precies hoe jij bent.',
    'Ik ben niet vergeten wat er op mijn veertigste gebeurde.',
    'Dat je mijn bruiloft liet schieten, draag ik nog steeds mee.',
    'De hele straat heeft het nog altijd over die ruzie van jou.',
    'Dit is de vierde keer sinds de zomer.',
    'Ik heb een lijstje van alles wat je me hebt aangedaan.',
    'Je vergissingen? Ik kan ze zo opnoemen.',
    'Ik herinner u aan het incident van maart 2021.',
    'Hoe zat het ook alweer met die lening van vorig jaar?',
    'Sindsdien vertrouw ik je gewoon niet meer.',
    'Denk je nou echt dat ik dat vergeten ben?',
    'En dat van iemand die destijds mijn vriend heeft ingepikt.',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'Door jou ben ik gaan zwemmen, dat vergeet ik nooit.',
    'Je was een goede gastvrouw, ook al liep het anders dan gepland.',
    'Ik ben niet vergeten wat je voor me deed toen ik ziek was.',
    'Sinds de cursus weet ik precies hoe ik mijn fiets moet plakken.',
    'Ik heb een lijstje van alles wat we nog moeten kopen.',
    'Dit is de derde keer dat ik hier kom en het blijft mooi.',
    'Die ruzie van vorig jaar is gelukkig helemaal bijgelegd.',
    'Vergeet niet je jas mee te nemen morgen.',
    'Je bent nog altijd dezelfde lieve meid als vroeger.',
    'Ik heb het toen zelf verknald, daar zit ik nog steeds mee.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// An ultimatum whose sanction is told as a plain plan, in any order: "..., of je hoeft hier niet
// meer te komen", "of ik zet je van de lijst", a condition told verb-first ("Blijf je zo doen, dan
// zoek ik een ander"), "dan hoef je ook niet te komen", "dan is het over", "ik vertel het als jij
// het niet doet", "dan zie ik je voortaan bij de rechter". Offers, a new date and a condition of
// ability or wish ("Kun je niet, dan hoef je niet te komen") stay quiet.
describe('the Dutch gentle check reads a sanction told as a plain plan (round 18)', () => {
  it.each([
    'Je zegt sorry tegen mijn zus, of je hoeft hier niet meer binnen te komen.',
    'Geef de sleutel terug of je ligt uit de vereniging.',
    'Ruim je spullen op, of ik zet je van de bewonerslijst af.',
    'Lieg je nog een keer, dan zoek ik een ander maatje voor de ronde.',
    'Als jij weer niet komt opdagen, vraag ik de coach om een andere partner.',
    'Blijf je zo doen, dan stap ik uit het bestuur.',
    'Kom je niet naar de repetitie, dan hoef je ook niet mee op tournee.',
    'Als je nu niet eerlijk bent, dan is het over tussen ons.',
    'Ik ga het aan je moeder vertellen als jij het niet zelf doet.',
    'Als je niet meewerkt, zie ik je voortaan alleen nog bij de notaris.',
    'Als je me nog een keer zo behandelt, dan ga je voortaan alleen naar de training.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'Kun je zaterdag niet, dan hoef je ook niet te komen hoor.',
    'Heb je geen tijd, dan zoek ik wel een andere datum.',
    'Zal ik je ophalen, of ik haal je van het station?',
    'Past het niet, dan zoeken we een ander restaurant.',
    'Als je wilt, zoek ik een andere oppas voor de kinderen.',
    'Blijf je slapen, dan haal ik morgen verse broodjes.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
