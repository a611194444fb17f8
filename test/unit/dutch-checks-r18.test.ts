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
