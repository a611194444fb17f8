// Round 19 of the Dutch text checks: general shapes read after held-out sets 15 and 15b (and,
// in a second phase, blind sets 19a and 19b). Each shape has paraphrases of our own that must be
// found and kind look-alikes sharing its words that must stay quiet, so a rule that fits one
// corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { checkGentle } from '../../shared/text-checks/gentle.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';
import type { ApologyItemId, ApologyState } from '../../shared/text-checks/apology.ts';

const nl = checkContentFor('nl');
const kinds = (text: string): GentleKind[] => [...new Set(checkGentle(text, nl.gentle, nl.grammar).map((f) => f.kind))];
const stateOf = (text: string, id: ApologyItemId): ApologyState | undefined =>
  checkApology(text, nl.apology, nl.grammar).items.find((item) => item.id === id)?.state;

// A change told as a plain first-person plan: a sentence that opens "ik betaal / ik breng / ik ga
// ... brengen" with what will be made good, or a time put first with the verb before "ik"
// (Dutch inversion: "zaterdag breng ik", "in juni kom ik"), or "binnen drie maanden".
describe('the Dutch apology checklist reads a plan to make it good (round 19)', () => {
  it.each([
    'Sorry dat ik je fiets heb laten vallen. Ik betaal een nieuw wiel.',
    'Het spijt me dat ik je boek kwijt ben. Ik koop een nieuwe, dezelfde druk.',
    'Sorry dat ik je zus uitlachte. Ik ga haar zelf een kaartje schrijven.',
    'Het spijt me van de lekkage. Ik leg de tegels opnieuw, op mijn kosten.',
    'Sorry dat ik over je praatte. Ik bel ze zelf om het recht te zetten.',
    'Het spijt me dat ik je verjaardag vergat. In maart kom ik je ophalen voor een etentje.',
    'Sorry dat ik de afspraak vergat. Volgende week zit ik er om negen uur.',
    'Het spijt me van het geld. Ik betaal het binnen twee maanden terug.',
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    'Sorry dat ik je fiets heb laten vallen. Ik betaalde toen niks terug.',
    'Het spijt me. Ik maak me zorgen om je.',
    'Sorry dat ik er niet was. Ik ga je missen deze zomer.',
    'Het spijt me dat ik zo boos werd. Ik bel je moeder vaak, dat weet je.',
    'Sorry voor alles. In juni was ik er gewoon niet bij met mijn hoofd.',
  ])('reads no change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).not.toBe('met');
  });
});
