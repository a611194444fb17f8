// Round 18 of the Dutch text checks: shapes read after blind sets 14, 14b, 18a and 18b. Each
// shape has the writer's own paraphrases that must be found and kind look-alikes sharing its
// words that must stay quiet, so a rule that fits one corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkReaders } from '../helpers/check-readers.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';

const { kinds, stateOf, flagsOf } = checkReaders('nl');

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

// The apology checklist: a change promised in any words (a time put first, "voortaan", "ik ...
// nooit meer", a repair already done, "ik laat het corrigeren"); an effect told as a story of what
// the other had to go through; hedges in every shape ("sorry dat je het gevoel hebt", "voor zover",
// "als dat door mij kwam", "wat moest ik anders", "maar jij had ook"); asks as a question about
// meeting again or a hope to be forgiven. A sorry that names its deed in a shape the act phrases
// do not list ("ik was niet op je feest", "ik had niet ... mogen ...") is no general sorry.
describe('the Dutch apology checklist reads change, effect, hedges and asks in every shape (round 18)', () => {
  it.each([
    'Sorry dat ik je vergat op te halen. Volgende week breng ik je elke dag zelf naar de training.',
    'Het spijt me dat ik je fiets heb geleend zonder vragen. Morgen staat hij weer voor je deur.',
    'Sorry dat ik je voor gek zette. Ik maak nooit meer grappen over je werk.',
    'Het spijt me dat ik die foto deelde. Ik heb hem net verwijderd.',
    'Sorry voor de kras op je auto, ik laat het bij de garage repareren.',
    'Het spijt me dat ik over je loog. Ik ga het morgen tegen de hele groep rechtzetten.',
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    'Sorry dat ik de sleutel hield. Jij moest daardoor twee nachten bij je zus slapen.',
    'Het spijt me dat ik het doorvertelde. Ik weet dat je daarna maanden niet meer naar de kantine durfde.',
    'Sorry dat ik niet kwam. Je hebt het van iemand anders moeten horen.',
  ])('reads an effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).toBe('met');
  });

  it.each([
    'Sorry dat je het gevoel hebt dat ik er nooit ben.',
    'Ik bied mijn excuses aan voor zover ik iets verkeerd heb gedaan.',
    'Sorry als dat door mij kwam.',
    'Het spijt me dat ik de afspraak afzegde, maar wat moest ik anders.',
    'Het spijt me, maar jij had mij ook eerder kunnen bellen.',
    'Perdón als jij voelde dat ik je niet serieus nam.',
  ])('flags a hedge in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });

  it.each([
    'Sorry dat ik je verjaardag miste. Gaan we binnenkort weer samen eten?',
    'Het spijt me van je feest. Ik hoop dat je me een tweede kans wilt geven.',
    'Sorry dat ik zo uitviel. Effe een bakkie doen?',
  ])('flags an ask in "%s"', (text) => {
    expect(stateOf(text, 'asksNothing')).toBe('flagged');
  });

  it.each([
    'Ik was niet op jouw housewarming. Jij had voor mij gekookt en alles bleef over. Het spijt me.',
    'Ik had niet achter je rug om met je baas over je ziekteverlof mogen praten. Dat was fout.',
    "Ik ga niet 'sorry als' zeggen, want ik weet dat ik je gekwetst heb met die opmerking over je moeder. Het spijt me.",
    "Sorry dat ik je afdeed als 'maar een stagiair', waar iedereen bij stond.",
    'Het spijt me dat ik niet op de begrafenis was, ik was bang en dat is geen excuus. Ik ga zaterdag met je naar het graf.',
    'Sorry dat ik zo laat terugschrijf. Vanaf nu antwoord ik binnen een dag.',
  ])('raises no flag on the sound apology "%s"', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });
});

// Pressure told politely or as what is owed: "je mag me op z'n minst even antwoorden", "ik wil
// wel dat je toegeeft", "ik verzoek je de notulen te tekenen", "dat ben je de club verplicht",
// "is dat nou zo moeilijk", "dat kost je niks", "dus jij lost het op", "dus breng het terug",
// "om eindelijk eens te reageren". An offer ("je mag me altijd bellen als je wilt"), the writer's
// own debt ("ik ben je een excuus schuldig"), a wish for the other's good and a question stay quiet.
describe('the Dutch gentle check reads pressure told as what is owed (round 18)', () => {
  it.each([
    'Je mag me op z\'n minst even antwoorden.',
    'Een excuus mag je me toch wel gunnen.',
    'Ik wil wel dat je toegeeft dat je gelogen hebt.',
    'Namens het bestuur verzoek ik je het contract alsnog te tekenen.',
    'Dat ben je de vereniging wel verplicht.',
    'Eén berichtje. Is dat nou zo moeilijk?',
    'Even sorry zeggen, dat kost je niks.',
    'Jij hebt het verpest, dus jij ruimt het ook op.',
    'Die boeken zijn van mij, dus breng ze terug.',
    'Zou je zo goed willen zijn om eindelijk eens te antwoorden?',
  ])('finds pressure in "%s"', (text) => {
    expect(kinds(text)).toContain('pressure');
  });

  it.each([
    'Je mag me altijd bellen als je wilt.',
    'Ik ben je een excuus schuldig, dat weet ik.',
    'Ik wil gewoon dat je gelukkig bent.',
    'Je bent me helemaal niks verschuldigd.',
    'Is dat nou zo moeilijk om te maken? Ik wil het ook leren.',
    'Jij gaat zaterdag toch ook bellen met oma?',
    'Dus bel me gerust als je ergens mee zit.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// A burden left with the writer and harm laid at the other's door: "jij gaat weg en ik mag alles
// alleen afzeggen", "wij zitten met jouw gaten in het rooster", "dat jij degene zou zijn die me
// zou laten vallen", "in tranen door jouw uitval", "nachten om jou wakker gelegen", "dat jij mij
// pijn hebt gedaan", "dat jij me voor gek hebt gezet", Limburgish "dien sjuld". Care given, a
// shared task and tears of joy stay quiet.
describe('the Dutch gentle check reads a burden left with the writer (round 18)', () => {
  it.each([
    'Jij vertrekt gewoon en ik mag in mijn eentje de hele verhuizing regelen.',
    'Wij zitten nog steeds met jouw schulden bij de buren.',
    'Ik had nooit gedacht dat jij degene was die me zo zou verraden.',
    'Oma was helemaal van streek door jouw geschreeuw.',
    'Mijn moeder heeft weken om jou gehuild.',
    'Ik wil dat je snapt dat jij mij veel verdriet hebt gedaan.',
    'Ik weet nog precies hoe jij me op die borrel voor schut hebt gezet.',
    "'t is dien sjuld",
    'Omdat jij de oppas niet had geregeld, zat ik de hele avond met drie huilende kinderen alleen.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Jij kookte en ik mocht lekker de afwas doen, wat een fijne avond.',
    'Ik zat in tranen door jouw prachtige speech.',
    'Omdat jij niet kon, zijn we alleen gegaan, en het was heel gezellig.',
    'Jij regelt de drank en wij zorgen voor de hapjes.',
    'Dien fiets steit nog bij ós in de sjuur.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// More of the past: a short year with the wrong before it ("je hebt me in '98 al laten zitten"),
// "weet je nog ... in '15", "dat jij twee jaar geleden ook al zomaar ...", "toen ..., was jij er ook
// niet", "jij was ook zo toen ...", "nog altijd diezelfde gast van in het middelbaar die ...".
// Flemish "mijn lief" (my love) and "dat weet ik nog goed" do not make the memory kind.
describe('the Dutch gentle check reads more of the past (round 18)', () => {
  it.each([
    "Je hebt me in '98 ook al in de steek gelaten.",
    "Weet je nog, die bruiloft in '12?",
    'Vergeet niet dat jij vorig jaar ook al zomaar wegbleef.',
    'Toen mijn vader begraven werd, was jij er ook niet.',
    'Jij was ook zo toen we samen op kamers woonden.',
    'Ge zijt nog altijd dezelfde van in de scouts die mijn lief inpikte.',
    'Je hebt ook al eens mijn diploma-uitreiking overgeslagen, dat weet ik nog goed.',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    "Weet je nog, die zomer in '09? Wat hebben we gelachen.",
    'Jij was ook zo lief toen ik ziek was.',
    'Toen ik verhuisde, was jij er ook bij, dat vond ik zo fijn.',
    'Ik ben om 8 uur thuis, kom gerust langs als je wilt.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// A rush told as what the writer wants by when: "morgen wil ik een uitleg", "ik wil hem vandaag",
// "ik heb vandaag nog antwoord nodig", "binnen het uur terugbellen", "reageer voor 12 uur",
// "schrijf me vanavond nog". A wish to see the other and an offer stay quiet.
describe('the Dutch gentle check reads a rush told as what the writer wants by when (round 18)', () => {
  it.each([
    'Morgenochtend wil ik een verklaring, niet later.',
    'Je bent me geld schuldig, en ik wil het vandaag.',
    'Ik heb vanavond nog uitsluitsel nodig over de zaal.',
    'Binnen het uur terugbellen, anders regel ik het zelf.',
    'Reageer voor 5 uur, dan kan ik het doorgeven.',
    'App me vandaag nog, ik wacht.',
  ])('finds urgency in "%s"', (text) => {
    expect(kinds(text)).toContain('urgency');
  });

  it.each([
    'Morgen wil ik je graag zien, als je zin hebt.',
    'Zaterdag zie ik je weer, wat fijn.',
    'Ik ben binnen het uur thuis, dan bel ik je.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Kind notes that share a harmful shape's words: an open invitation to write back when it suits,
// respect for a wish to stop, thanks for a career, an offer to keep out of the way, relief from a
// chore, "jij bent niet de reden", missing a weekly coffee, a club that starts again on a day.
// Their harmful twins stay found.
describe('the Dutch gentle check keeps a fifth probe of kind notes quiet (round 18)', () => {
  it.each([
    'Bel me terug als het jou uitkomt, maakt niet uit wanneer.',
    'Als u geen prijs meer stelt op contact, dan respecteer ik dat.',
    'Dankzij jou ben ik verpleegkundige geworden.',
    'Als je me liever niet ziet, ga ik wel aan de andere kant zitten.',
    'Ik heb de rekening al betaald, dan hoef je daar niet meer aan te denken.',
    'Jij bent niet de reden dat de band stopte, echt niet.',
    'Ik mis onze wandeling op zondag.',
    'Het koor begint weer op de eerste dinsdag van oktober.',
    'Gien haast, denk er rustig over na.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each<[GentleKind, string]>([
    ['pressure', 'Bel me terug.'],
    ['ultimatum', 'Als je niet belt, hoef je ook niet meer te komen.'],
    ['blame', 'Jij bent de reden dat de band stopte.'],
    ['urgency', 'Bel me zondag, uiterlijk.'],
  ])('still finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

// A self-judgement names no act ("ik heb het zo verknald", "zo'n rotvriendin was", "ik had het
// anders moeten doen", "sorry voor hoe ik deed"): it owns, and is a general sorry. A change told
// with the thing first ("die haal ik vanavond weg", "morgen staat hij voor je deur", "ik ga
// zaterdag met je mee") and an effect told after "je kon daarna" are read.
describe('the Dutch apology checklist tells a self-judgement from a named act (round 18)', () => {
  it.each([
    'Het spijt me, echt. Ik heb het zo verknald.',
    'Sorry dat ik zo\'n rotvriendin was.',
    'Ik had het anders moeten doen. Het spijt me.',
    'Sorry voor hoe ik deed.',
  ])('calls "%s" a general sorry that owns it', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('flagged');
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });

  it.each([
    'Ik heb het verpest met mijn opmerking over je moeder, sorry.',
    'Sorry dat ik zo\'n rotvriendin was op je verjaardag, ik heb je daar uitgelachen.',
  ])('still reads the act in "%s"', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('met');
  });

  it.each([
    'Sorry dat ik die foto plaatste. Die haal ik vanavond weg.',
    'Sorry dat ik je boor hield. Morgen ligt hij voor je deur.',
    'Het spijt me dat ik er niet was. Ik ga zaterdag met je mee naar het ziekenhuis.',
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it('reads an effect after "je kon daarna"', () => {
    expect(stateOf('Sorry dat ik je uitlachte. Je kon daarna niet eens meer naar de kantine.', 'namesEffect')).toBe('met');
  });
});
