// Round 19 of the Dutch text checks: general shapes read after held-out sets 15 and 15b (and,
// in a second phase, blind sets 19a and 19b). Each shape has paraphrases of our own that must be
// found and kind look-alikes sharing its words that must stay quiet, so a rule that fits one
// corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkReaders } from '../helpers/check-readers.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';

const { content: nl, kinds, stateOf } = checkReaders('nl');

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

// A grudge kept in plain words: "dat je ... ben ik niet vergeten / draag ik nog steeds mee", a
// bare "Ik vergeet dat niet." after the wrong, the writer's own silence held up ("ik heb niks
// gezegd toen je ...", "toen jij ... zei ik ook niks", "even ter herinnering"), and the present
// compared with an old wrong ("was ook al zoiets", "Hetzelfde nu.", "precies zo'n verhaal",
// "denk maar eens terug aan"). Thanks and fond memories in the same words stay quiet.
describe('the Dutch gentle check reads a grudge kept and an old wrong compared (round 19)', () => {
  it.each([
    'Dat je op mijn diploma-uitreiking ontbrak, ben ik echt niet vergeten.',
    'Dat jij mijn geheim doorvertelde, draag ik nog altijd mee.',
    'Jij liet me op het perron staan. Ik vergeet dat niet.',
    'Ik heb niks gezegd toen je mijn laptop kapotmaakte, dus nu mag jij wel eens iets doen.',
    'Toen jij mijn fiets leende zei ik ook niks.',
    'Ik heb je toen uit de brand geholpen met de huur. Even ter herinnering.',
    'Die avond in de kroeg was ook al zoiets.',
    'Je liet me vorig jaar ook zitten. Hetzelfde nu.',
    'Met je vorige huisgenoot was het precies zo\'n verhaal.',
    'Kijk eens terug naar de verhuizing, wie stond daar alleen te sjouwen?',
    'dat feest van 2019 ben ik nog niet vergeten',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'Dat je me toen met de verhuizing hielp, ben ik niet vergeten.',
    'Dat jij toen bij me bleef in het ziekenhuis, ben ik niet vergeten, dat was lief.',
    'Ik bel je morgen terug. Ik vergeet dat niet, beloofd.',
    'Ik heb nooit gezegd hoe dankbaar ik was dat jij me hielp.',
    'Ik denk graag terug aan onze vakantie in Frankrijk.',
    'Denk eens terug aan hoe gezellig het was op de camping.',
    'Het weer was ook al zo grijs vandaag.',
    'Je verjaardag ben ik niet vergeten hoor, je kaartje ligt klaar.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('past');
  });
});

// An outcome laid on the other: "jij hebt mij X gemaakt" / "jouw Y heeft ... X gemaakt", a damage
// verb before its subject (Dutch inversion: "eerst verpest je mijn ..."), "dat is jouw werk /
// joen schuld", "door jou(w Y) ben ik ... kwijt / kijken ze anders", "dat je ... heeft me ...
// gekost". "Door jou ben ik gaan hardlopen", "niets hiervan is jouw schuld" and help stay quiet.
describe('the Dutch gentle check reads an outcome laid on the other (round 19)', () => {
  it.each([
    'Jij hebt me bij mijn collega\'s belachelijk gemaakt.',
    'Jouw appje heeft mijn moeder echt bang gemaakt.',
    'En nu verpest je ook nog mijn verjaardag.',
    'Dat ik niet meer slaap, dat is gewoon jouw werk.',
    'Door jouw roddels ben ik mijn baan kwijtgeraakt.',
    'Door jou kijken de buren ons anders aan.',
    'Dat je mijn auto leende zonder te vragen heeft me een boete gekost.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Door jou ben ik weer gaan zingen, dat vergeet ik nooit.',
    'Door jouw hulp ben ik mijn angst kwijt.',
    'Niets hiervan is jouw schuld.',
    'Jij hebt me weer blij gemaakt met dat kaartje.',
    'Door jou ben ik niet meer bang in het donker.',
    'Dat je meekwam heeft me zoveel opgeleverd, dankjewel.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('blame');
  });
});

// Older rules that flagged kind notes, tightened in general shapes: the weather or a place "zoals
// altijd", a photo "van die dag", the writer's own failing "ik had je die dag slecht geholpen",
// "ik heb het je nooit verteld", "nog steeds haar favoriete", an order that leaves the timing to
// the other ("betaal maar terug wanneer het uitkomt") and "laat je niet opjagen door mij". Their
// harsh twins keep their notes.
describe('the Dutch gentle check keeps kind notes quiet that older rules flagged (round 19)', () => {
  it.each([
    'In Zeeland regent het zoals altijd, maar het is fijn hier.',
    'Ik heb nog foto\'s van die avond aan het strand, wat waren we jong.',
    'Ik had je die keer echt niet goed geholpen, dat zit me dwars.',
    'Ik heb het je nooit gezegd, maar je was mijn grote voorbeeld.',
    'Opa zegt dat jij nog steeds zijn favoriete kleinkind bent.',
    'Stuur het boek maar terug als het je uitkomt, geen haast.',
    'Laat je vooral niet opjagen door mij.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['Je komt te laat, zoals altijd.', 'past'],
    ['Jij had me die dag ook al laten zitten.', 'past'],
    ['Betaal het geld maar terug.', 'pressure'],
  ] as const)('still finds "%s"', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

// A self-judgement in conduct words names no act, by the conventions in types.ts: "ik heb me als
// een hork gedragen", "sorry voor mijn gedrag", "ik was er niet voor je" are owning, and vague.
// An act named beside them still counts.
describe('the Dutch apology checklist reads conduct words as a vague sorry (round 19)', () => {
  it.each([
    'Ik heb me de hele zomer als een egoïst gedragen, sorry.',
    'Sorry voor mijn gedrag van laatst.',
    'Het spijt me hoe ik me gedroeg.',
    'Ik was er niet voor je, en dat spijt me.',
    'Ik heb me rot gedragen.',
  ])('flags "%s" as vague, and owned', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('flagged');
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });

  it.each([
    'Ik heb me rot gedragen: ik heb je uitgelachen waar iedereen bij was. Sorry.',
    'Sorry dat ik je verjaardag vergeten ben, ik heb me slecht gedragen.',
  ])('still reads the act in "%s"', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('met');
  });
});

// An "if you don't ..." clause with a consequence after it in any of the common endings: "dan
// stop ik ermee", "dan was dit het", "dan zoek ik (het) ... (een) ander(e) / het wel uit", "dan
// hoef je ... niet (meer) te komen". The other's own wish ("als je liever hebt dat ik stop"),
// understanding and relief stay quiet.
describe('the Dutch gentle check reads "als je niet ..., dan ..." with its consequence (round 19)', () => {
  it.each([
    'Als je niet eerlijk wil zijn, dan stop ik ermee.',
    'als je nu weer niks zegt dan was dit het',
    'Als je blijft zwijgen, zoek ik wel een andere getuige.',
    'Als je zo doorgaat zoek ik het zelf wel uit met je baas.',
    'Als je geen sorry zegt, dan hoef je op mijn feest ook niet te komen.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'Als je liever hebt dat ik niet meer app, dan stop ik ermee, beloofd.',
    'Als je niet wil praten, dan snap ik dat helemaal.',
    'Als je niet kunt, dan hoef je niet te komen hoor, geen probleem.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('ultimatum');
  });
});

// A summons with a time: "Morgen om tien uur bij de kerk.", an order with a day or "vóór" ("Sta
// morgen om zes uur klaar", "Geef me vóór zes uur antwoord"), "Kun je vandaag even reageren?",
// and the other's day planned for them ("jij komt morgen helpen"). The writer's own plan and an
// offer left to the other stay quiet.
describe('the Dutch gentle check reads a summons or an order with a time (round 19)', () => {
  it.each([
    'Zaterdag om twee uur bij het station.',
    'Bel vanavond nog even.',
    'Stuur me vóór vrijdag die papieren.',
    'Kan je nog vandaag even terugbellen?',
    'Jij komt morgen gewoon helpen met opruimen.',
  ])('finds urgency in "%s"', (text) => {
    expect(kinds(text)).toContain('urgency');
  });

  it.each([
    'Als je zin hebt, kom ik morgen even langs.',
    'Morgen om tien uur ben ik bij de kerk, als je wilt kun je komen.',
    'Bel gerust vanavond als het je uitkomt, geen haast.',
    'Zaterdag om drie uur bij ons, gezellig dat je komt!',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('urgency');
  });
});

// A demand in polite clothing: "dat is toch niet te veel gevraagd", "dat moet toch kunnen", "is
// dat nou zo moeilijk", "ik verwacht gewoon dat je", "ik zou het netjes vinden als je", "zou je
// zo vriendelijk willen zijn om". A polite request with no push, and the writer's own ease, stay quiet.
describe('the Dutch gentle check reads a demand in polite clothing (round 19)', () => {
  it.each([
    'Eén keer terugbellen, dat is toch niet te veel gevraagd?',
    'Gewoon eerlijk zijn, dat moet toch kunnen.',
    'Is het nou zo moeilijk om even te antwoorden?',
    'Als zus verwacht ik wel dat je me op de hoogte houdt.',
    'Ik zou het wel zo netjes vinden als je je excuses aanbiedt.',
    'Zou je zo vriendelijk willen zijn om eindelijk te antwoorden?',
  ])('finds pressure in "%s"', (text) => {
    expect(kinds(text)).toContain('pressure');
  });

  it.each([
    'Zou je zo vriendelijk willen zijn om de groeten te doen aan je moeder?',
    'Het is niet moeilijk om je te missen.',
    'Ik verwacht niks van je, echt niet.',
    'Dat moet toch kunnen lukken met die verhuizing, ik help je graag.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('pressure');
  });
});

const asks = (text: string): boolean =>
  checkApology(text, nl.apology, nl.grammar).items.some((item) => item.id === 'asksNothing' && item.state === 'flagged');

// Asking back in the shape of a question about the bond ("Ben je nog mijn vriend?", "Blijven
// we maten?", "Zijn we weer goed?"), "zeg even dat het goed is", "ik hoop dat je me kan
// vergeven", "het zou veel voor me betekenen als je", "het minste wat je kan doen". A question
// about the other's day and the writer's own hope stay quiet.
describe('the Dutch apology checklist reads asking back about the bond (round 19)', () => {
  it.each([
    'Sorry dat ik je feest miste. Ben je nog steeds mijn vriendin?',
    'Het spijt me van de auto. Blijven we gewoon maten?',
    'Sorry voor wat ik zei. Zijn we weer goed?',
    'Het spijt me. Zeg even dat het weer goed is tussen ons.',
    'Sorry dat ik loog. Ik hoop dat je me ooit kan vergeven.',
    'Het spijt me. Het zou veel voor me betekenen als je terugbelt.',
  ])('flags the ask in "%s"', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'Sorry dat ik je feest miste. Ik hoop dat het een mooie avond was.',
    'Het spijt me dat ik je fiets kapotmaakte. Ik betaal een nieuwe.',
    'Het spijt me dat ik zo kortaf was. Jij bent een goede vriend, dat weet ik.',
  ])('asks nothing in "%s"', (text) => {
    expect(asks(text)).toBe(false);
  });
});

// A sorry taken back after a comma without "maar": "al moet je toegeven", "al was jij degene",
// "alleen speelde hij slecht", "jij liet me ook geen keus", "het was een gekkenhuis", "ik had die
// week drie klussen". "Al weet ik dat woorden niet genoeg zijn" stays a plain sorry.
describe('the Dutch apology checklist reads a sorry taken back with al, alleen or an excuse (round 19)', () => {
  it.each([
    'Sorry dat ik schreeuwde, al was jij wel degene die begon.',
    'Het spijt me dat ik je niet uitnodigde, alleen had jij het ook erg druk.',
    'Sorry dat ik wegliep, jij gaf me ook geen keus.',
    'Sorry dat ik niet kwam, het was echt een drukke week.',
    'Het spijt me dat ik de deadline miste, ik had die week twee diensten extra.',
  ])('flags a hedge in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });

  it.each([
    'Sorry dat ik je verjaardag vergat, al weet ik dat woorden niet genoeg zijn.',
    'Het spijt me dat ik er niet was toen je me nodig had.',
    'Sorry dat ik loog over het geld. Jij verdiende de waarheid.',
  ])('reads an owned sorry in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });
});

// The effect told as what the other (or someone close) went through after: "je moest een maand
// te voet", "jij bent je plek kwijtgeraakt", "ze hebben je er wekenlang mee gepest", "hij durfde
// daarna niet meer", "je omzet zakte in". A "maar jij ..." that turns it back is no effect told.
describe('the Dutch apology checklist reads the effect as what the other went through (round 19)', () => {
  it.each([
    'Sorry dat ik je auto leende zonder te vragen. Je moest een week met de bus naar je werk.',
    'Het spijt me dat ik over je gelogen heb. Jij bent daardoor je bijbaan kwijtgeraakt.',
    'Sorry dat ik die video deelde. Ze hebben je er dagenlang mee uitgelachen.',
    'Het spijt me dat ik je dochter afkraakte. Ze durfde daarna niet meer te zingen.',
  ])('reads an effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).toBe('met');
  });

  it.each([
    'Sorry dat ik wegliep, maar jij stond de hele avond te flirten.',
    'Het spijt me dat ik je fiets leende. Ik breng hem morgen terug.',
  ])('reads no effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).not.toBe('met');
  });
});

// Phase 2, after blind sets 19a and 19b: the writer's own time ("vóór vrijdag moet ik mijn eigen
// verhuizing rond hebben", "ik moet vanavond nog werken"), "anders bleef het malen", "ik heb je
// altijd een geweldige zus gevonden", a debt of thanks "van die keer dat", "je ooit weer eens
// zien" stay quiet; the harsh twins keep their notes.
describe('the Dutch gentle check keeps the writer\'s own time and thanks quiet (round 19, phase 2)', () => {
  it.each([
    'Tot zondag ben ik nog bij mijn ouders, mocht je willen bellen.',
    'Ik moet morgen nog werken, maar daarna heb ik tijd.',
    'Ik moest het even kwijt, anders bleef het maar malen.',
    'Ik heb je altijd een fijne collega gevonden.',
    'Ik ben je nog een etentje schuldig van die keer dat je me hielp verhuizen.',
    'Het zou leuk zijn om je ooit weer eens te zien.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['Je hebt tot maandag, daarna ben ik weg.', 'urgency'],
    ['Je bent me nog iets schuldig van die keer in Gent.', 'past'],
    ['Antwoord vóór vrijdag, anders ben ik weg.', 'ultimatum'],
  ] as const)('still finds "%s"', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

// The harm told as a sequence: "jij hebt ... en nu/sindsdien kijkt niemand / weet mijn baas",
// an outcome "omdat jij ...", "terwijl jij reed", "jij zorgde ervoor dat ik ... zat", "jij bent
// schuld dat", "jij hebt van mij de grap gemaakt". Help told in the same shapes stays quiet.
describe('the Dutch gentle check reads harm told as "you did, and now" (round 19, phase 2)', () => {
  it.each([
    'Jij hebt mijn bericht doorgestuurd en nu weet de hele familie het.',
    'Je hebt me buitengesloten en sindsdien praat niemand meer met me.',
    'De verjaardag liep uit de hand omdat jij weer ging schreeuwen.',
    'Ik krijg de boete terwijl jij reed.',
    'Jij zorgde ervoor dat ik er alleen voor stond.',
    'Jij bent de oorzaak dat ik mijn baan kwijt ben.',
    'Jij hebt van mij het lachertje van de klas gemaakt.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Jij hebt me geholpen met verhuizen en nu voel ik me hier thuis.',
    'Ik ben blij omdat jij er toen was.',
    'Jij zorgde ervoor dat ik die baan kreeg, dat vergeet ik nooit.',
    'Het is niet jouw schuld dat ik alleen was.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('blame');
  });
});

// The present laid beside an old wrong (phase 2): "het is krek as die keer", "was het net zo",
// "jij deed op mijn bruiloft ook al zo", "zoals je ook niemand iets vertelde", "zal ik het lijstje
// weer opnoemen", "hoef ik je toch niet opnieuw te vertellen", "vergeet niet wat je uitspookte",
// "dan weet ik weer wie je echt bent". Fond comparisons and sharing photos stay quiet.
describe('the Dutch gentle check reads the present laid beside an old wrong (round 19, phase 2)', () => {
  it.each([
    'Dit is precies als die keer op de camping.',
    'Bij de verhuizing was het net zo.',
    'Jij deed op mijn afscheid ook al zo.',
    'Net zoals je bij het ongeluk ook niemand iets vertelde.',
    'Zal ik het rijtje weer opnoemen?',
    'Dat verhaal hoef ik je toch niet opnieuw te vertellen?',
    'Vergeet niet wat je op dat kamp allemaal uithaalde.',
    'Als ik aan die bruiloft denk, weet ik weer wie je echt bent.',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'Het is net als vroeger, zo gezellig met jou.',
    'Zal ik de foto\'s van de vakantie er even bij pakken?',
    'Jij was toen al zo lief voor iedereen.',
    'Vergeet niet wat je me beloofd hebt: taart meenemen!',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('past');
  });
});

// A consequence after "als je niet ..." told as the writer's move (phase 2): "vertel ik het zelf
// aan iedereen", "geef ik je aan", "kom ik gewoon langs bij je werk", "stap ik naar je baas",
// "ben je me kwijt", "hoef je nooit weer te bellen"; "zonder excuses hoef je niet te komen",
// "dit is je laatste kans", "gebeurt het nog een keer, dan ben je weg", "anders staan ze op
// straat". Respect for the other's wish stays quiet.
describe('the Dutch gentle check reads a consequence told as the writer\'s move (round 19, phase 2)', () => {
  it.each([
    'Als je het niet opbiecht, vertel ik het zelf aan iedereen.',
    'Als je de schade niet betaalt, geef ik je aan.',
    'Als je niet reageert, kom ik gewoon langs bij je werk.',
    'Als je dat nog een keer doet, stap ik naar je baas.',
    'Als ge da nog ne keer doet, zijde mij kwijt.',
    'Als je vanavond niet belt, hoef je nooit meer te bellen.',
    'Zonder excuses hoef je niet meer te komen.',
    'Dit is je laatste kans.',
    'Gebeurt het nog een keer, dan ben je weg.',
    'Haal je fiets weg, anders staat hij op straat.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'Als je het niet wilt, kom ik niet langs.',
    'Als je me liever niet ziet, ga ik wel achter de balie zitten.',
    'Als je niet kunt rijden, kom ik je gewoon even ophalen.',
    'Dit is je laatste week op school, geniet ervan!',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('ultimatum');
  });
});

// The effect in more shapes (phase 2): inside the sorry clause ("sorry dat je een uur in de kou
// stond", "sorry dat je nu met die schuld zit") and told after it ("jullie hadden geen taart",
// "ze ging huilend naar huis", "jij kon de finale niet spelen"). A sorry for the other's feeling
// ("sorry dat je van streek was", "sorry dat je er zo mee zit") names no effect.
describe('the Dutch apology checklist reads the effect inside the sorry and after it (round 19, phase 2)', () => {
  it.each([
    'Sorry dat je twee uur op het perron stond te wachten.',
    'Het spijt me dat je nu met die rekening zit.',
    'Het spijt me dat ik de taart vergat. Jullie hadden geen toetje op het feest.',
    'Sorry dat ik je zus uitschold. Ze ging huilend naar huis.',
    'Ik heb je racket laten vallen en jij kon de wedstrijd niet spelen. Sorry.',
  ])('reads an effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).toBe('met');
  });

  it.each([
    'Sorry dat je van streek was.',
    'Sorry dat je er zo mee zit.',
    'Het spijt me dat je het zo hebt opgevat.',
  ])('reads no effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).not.toBe('met');
  });
});

// Asking back as a modal question about the bond, in any dialect (phase 2): "Mogen we weer
// vrienden zijn?", "Kunde mij vergeven?", "Zullen we het laten rusten?", "Zijn we quitte?",
// "Zand erover?", and the formal "ik zie uw reactie graag tegemoet", "ik vertrouw erop dat we dit
// kunnen afsluiten". An offer and a question about the other's day stay quiet.
describe('the Dutch apology checklist reads a modal question about the bond (round 19, phase 2)', () => {
  it.each([
    'Sorry. Mogen we weer gewoon vrienden zijn?',
    'Het spijt me van je fiets. Kun je me vergeven?',
    'Sorry voor wat ik zei. Zullen we het laten rusten?',
    'Het spijt me dat ik je tent leende. Zijn we quitte?',
    'Mijn excuses voor de vertraging. Ik zie uw reactie graag tegemoet.',
    'Het spijt me. Ik vertrouw erop dat we dit hiermee kunnen afsluiten.',
  ])('flags the ask in "%s"', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'Het spijt me dat ik je fiets kapotmaakte. Ik breng hem zaterdag terug.',
    'Sorry dat ik je verjaardag vergat. Ik hoop dat je een mooie dag had.',
  ])('asks nothing in "%s"', (text) => {
    expect(asks(text)).toBe(false);
  });
});

// Pressure told as what the other owes or will do (phase 2): "jullie zijn me nog een verklaring
// schuldig", "je gaat die taart gewoon betalen", "je hebt te begrijpen", "je mag dit niet zomaar
// laten liggen", "je moet wel met me praten", "neem op z'n minst op", "is dat echt te veel
// gevraagd", "meer vraag ik niet", "ik heb recht op een antwoord", "jij bent degene die de eerste
// stap moet zetten". Encouragement and care in the same words stay quiet.
describe('the Dutch gentle check reads pressure told as what the other owes or will do (round 19, phase 2)', () => {
  it.each([
    'Jullie zijn me nog een verklaring schuldig.',
    'Je gaat die rekening gewoon betalen.',
    'Je hebt te begrijpen dat dit serieus is.',
    'Je mag dit niet zomaar laten liggen.',
    'Je moet wel met me praten.',
    'Neem op z\'n minst je telefoon op.',
    'Een eerlijk antwoord, is dat echt te veel gevraagd?',
    'Dat je het toegeeft, meer vraag ik niet.',
    'Ik heb recht op een uitleg.',
    'Jij bent degene die sorry moet zeggen.',
  ])('finds pressure in "%s"', (text) => {
    expect(kinds(text)).toContain('pressure');
  });

  it.each([
    'Je gaat dat examen gewoon halen, ik geloof in je.',
    'Zorg goed voor jezelf, meer vraag ik niet.',
    'Ik ben je nog een etentje schuldig, haha.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('pressure');
  });
});

// An order with "nu" or a day inside it (phase 2): "Haal het nu weg.", "maak het geld vandaag
// over", "je neemt hem morgen opnieuw op", "zaterdag zet jij dat recht", "Nu uitleggen.", "je
// moet deze week nog bellen", "ik moet het deze week nog weten". The writer's own plan and an
// offer left open stay quiet.
describe('the Dutch gentle check reads an order with now or a day inside it (round 19, phase 2)', () => {
  it.each([
    'Haal die foto nu weg.',
    'Maak het geld morgen over.',
    'Dus je brengt hem vanavond terug.',
    'Zaterdag op het feest zet jij dat recht.',
    'Nu uitleggen, alsjeblieft.',
    'Je moet me deze week nog bellen.',
    'Ik wil het deze week nog horen.',
  ])('finds urgency in "%s"', (text) => {
    expect(kinds(text)).toContain('urgency');
  });

  it.each([
    'Ik breng het morgen terug, beloofd.',
    'Zaterdag zet ik alles recht met je moeder.',
    'Stuur het vandaag of morgen, geen haast.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('urgency');
  });
});

// A "maar" that takes the sorry back further off than one gap reaches, and dialect buts ("maor",
// "mar", "meh", "ama", "doch") (phase 2).
describe('the Dutch apology checklist reads a far or dialect "maar" (round 19, phase 2)', () => {
  it.each([
    'Sorry dat ik je fiets heb geleend en hem daarna een hele week bij het station heb laten staan, maar jij zei zelf dat het mocht.',
    'Spiet me, maor ie mot ok nich alles zo zwoar opnemmen.',
    'Sorry det ich neet kaom, meh ich had \'t zoe drök.',
    'Mijn excuses voor de vertraging, doch de bezorger was ziek.',
  ])('flags a hedge in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });

  it.each([
    'Sorry dat ik je fiets heb geleend en hem daarna een hele week bij het station heb laten staan, maar ik snap dat je boos bent.',
    'Sorry dat ik zo laat reageer. Mar is een mooie naam voor je hond trouwens.',
  ])('reads an owned sorry in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });
});

// A change as a first-person plan anywhere in the sentence with a time or a result (phase 2):
// "ik koop nieuwe", "ik vertel hem morgen", "ik knip het eruit", "ich zal veurtaan", "het bedrag
// maak ik deze week over", "het wordt vandaag overgemaakt", "ik ga zelf naar hem toe", "Vanaf
// vandaag.". A letter's opening and what the writer did stay no change.
describe('the Dutch apology checklist reads a plan with a time or a result (round 19, phase 2)', () => {
  it.each([
    'Sorry dat ik je pen brak. Ik koop nieuwe voor je.',
    'Het spijt me. Ik vertel het haar morgen zelf.',
    'Sorry voor die foto. Ik haal hem eruit.',
    'Het geld maak ik deze week over.',
    'Het bedrag wordt vandaag teruggestort.',
    'Het spijt me. Ik ga zelf naar je moeder toe.',
    'Ik stop met drinken op feestjes. Vanaf vandaag.',
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    'Ik schrijf je omdat ik iets recht wil zetten.',
    'Ik had morgen vrij genomen, maar dat ging niet door.',
    'Ik stop met werken want ik ga met pensioen, sorry dat ik het niet eerder zei.',
  ])('reads no change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).not.toBe('met');
  });
});

// Owning as a self-judgement in dialect and formal Dutch (phase 2): "ik ben nen ezel geweest",
// "da was ni goe van mij", "ich höb 't verpes", "ik betreur het gebeurde", "dat was op mij":
// owned, and vague, as types.ts has it.
describe('the Dutch apology checklist reads a self-judgement as owning, and vague (round 19, phase 2)', () => {
  it.each([
    'Ik ben nen idioot geweest, da weet ik.',
    'Da was ni goe van mij.',
    'Ich höb \'t verpes.',
    'Ik betreur het gebeurde.',
    'Dat was op mij.',
  ])('owns "%s" and flags it as vague', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('met');
    expect(stateOf(text, 'namesAct')).toBe('flagged');
  });

  it('reads no owning in "Hij was een idioot, dat was niet goed van hem."', () => {
    expect(stateOf('Hij was een idioot, dat was niet goed van hem.', 'ownsIt')).not.toBe('met');
  });
});

// A deed told in its own sentence with a longer object ("Ik heb de sleutel van je tuinhuisje
// twee maanden gehouden. Dat spijt me.") is an act, so the sorry after it is not called vague;
// "Ik heb je tekortgedaan." stays a self-judgement (phase 2).
describe('the Dutch apology checklist sees a deed with a longer object before the sorry (round 19, phase 2)', () => {
  it('does not call the sorry vague after a deed with a long object', () => {
    expect(stateOf('Ik heb de sleutel van je tuinhuisje twee maanden lang gehouden. Dat spijt me echt.', 'namesAct')).not.toBe('flagged');
  });

  it('still calls "Ik heb je tekortgedaan. Sorry." vague', () => {
    expect(stateOf('Ik heb je tekortgedaan. Sorry.', 'namesAct')).toBe('flagged');
  });
});

// An old wrong and "en nu weer / ook nog" in one breath (phase 2): "jij hebt toen ... en nu ...
// ook nog", "eerst verpest je ... en nu ook nog", "door jou zat ik al alleen, en nu weer",
// "Toen met de caravan, nu met de auto". Read as both the past and blame, as the blind writers
// label it. A fond "toen ... en nu weer gezellig" stays quiet.
describe('the Dutch gentle check reads "then, and now again" (round 19, phase 2)', () => {
  it.each([
    'Jij hebt toen mijn fiets gesloopt en nu ook nog mijn scooter.',
    'Eerst lieg je over het geld en nu weer over de auto.',
    'Door jou stond ik vroeger al alleen, en nu weer.',
    'Toen met de verhuizing, nu met de bruiloft.',
  ])('finds the past and blame in "%s"', (text) => {
    expect(kinds(text)).toEqual(expect.arrayContaining(['past', 'blame']));
  });

  it.each([
    'Jij was toen al mijn beste vriendin en nu weer, wat fijn.',
    'Toen we klein waren speelden we samen, en nu doen we het weer.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
