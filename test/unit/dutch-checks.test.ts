// Round 11 of the Dutch text checks: shapes that unseen writers used and the rules missed
// (the past without "altijd" or "vorige keer", ultimatums without "als" or "of", blame told
// as a story, orders in the declarative). Every case here is a paraphrase written for this
// test, not a corpus line, so a rule that only fits one sentence fails it.
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { checkGentle } from '../../shared/text-checks/gentle.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';
import type { ApologyState } from '../../shared/text-checks/apology.ts';

const nl = checkContentFor('nl');
const kinds = (text: string): GentleKind[] => [...new Set(checkGentle(text, nl.gentle, nl.grammar).map((f) => f.kind))];

describe('the Dutch gentle check reads shapes, not phrases', () => {
  it.each<[GentleKind, string]>([
    // the past: "ook al", "al eens", reminding, keeping score, a year, a list of wrongs
    ['past', 'op mijn bruiloft deed je ook al zo moeilijk'],
    ['past', 'was je er bij mijn verhuizing ook al niet'],
    ['past', 'je hebt me al eens eerder zo laten zitten'],
    ['past', 'moet ik je nog even herinneren aan kerst vorig jaar'],
    ['past', 'ik heb alles nog zwart op wit staan hoor'],
    ['past', 'eerst mijn verjaardag, toen het etentje en nu dit weer'],
    ['past', 'het is al de vierde keer dit jaar dat je afzegt'],
    ['past', 'heb je ooit die 20 euro teruggegeven? nee dus'],
    ['past', 'wat je in 2021 over mij zei ben ik niet vergeten'],
    // ultimatums: an inverted condition, "of ik ...", "ofwel", a loss named
    ['ultimatum', 'betaal je me niet terug, dan vertel ik het aan iedereen'],
    ['ultimatum', 'doe je dat nog een keer dan hoef je nooit meer aan te kloppen'],
    ['ultimatum', "stuur me die foto's terug of ik ga naar de politie"],
    ['ultimatum', 'ofwel je biedt je excuses aan, ofwel we zijn klaar'],
    ['ultimatum', 'blijf je zo doorgaan dan zoek je het zelf maar uit'],
    ['ultimatum', 'mocht je weer liegen, dan trek ik mijn conclusies'],
    ['ultimatum', 'nog één leugen en je bent me kwijt'],
    // blame as a story: because of what you did, this happened to me
    ['blame', 'sinds jij die roddel verspreidde ben ik al mijn vrienden kwijt'],
    ['blame', 'omdat jij weer afzegde stond ik alleen op het feest'],
    ['blame', 'jij liet me gewoon in de kou staan op mijn verjaardag'],
    ['blame', 'zonder jouw gezeur was het een leuke avond geweest'],
    ['blame', 'bij jou draait alles altijd om jezelf'],
    ['blame', 'gij hebt alles verpest'],
    // orders said as facts, owing, decency
    ['pressure', 'je geeft me die laptop gewoon terug'],
    ['pressure', 'verwijder die post over mij uit de groep'],
    ['pressure', 'wees tenminste zo volwassen om te antwoorden'],
    ['pressure', 'je kunt toch op zijn minst even terugbellen'],
    ['pressure', 'ge zijt het aan mij verplicht om uitleg te geven'],
    // urgency: "deze week nog", a deadline before an event
    ['urgency', 'bel me deze week nog'],
    ['urgency', 'het moet voor zondag geregeld zijn'],
    ['urgency', 'ik verwacht vanavond iets van je te horen'],
    // a second round of paraphrases: keeping count, a story of loss, an order in the infinitive
    ['past', 'ik hou een lijstje bij hoor, van alles wat je flikt'],
    ['past', 'het begon al in de brugklas en het is nooit opgehouden'],
    ['blame', 'door wat jij zei praat mijn zus niet meer met me'],
    ['blame', 'dankzij jouw gedrag mag ik niet meer op het feest komen'],
    ['blame', 'jij hebt ervoor gezorgd dat iedereen me haat'],
    ['blame', 'jullie lieten mij alles alleen opruimen'],
    ['pressure', 'excuses aanbieden, nu'],
    ['pressure', 'ruim je rommel op in de gang'],
    ['pressure', 'zeg sorry tegen haar'],
    ['pressure', 'kunt ge mij eens uitleggen wat dat moest voorstellen'],
    ['urgency', 'ik wacht tot vanavond, niet langer'],
    // Flemish: ge/gij, zijt, nie, uw
    ['blame', 'gij zijt de reden dat we nie meer samen afspreken'],
    ['blame', 'door uw gezever is de hele avond verpest'],
    ['ultimatum', 'als ge nie komt, moet ge nie meer bellen'],
    ['past', 'ge hebt da toen ook al gedaan'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'ook al ben je ver weg, ik denk aan je',
    'je was er toen ook al voor me, dank je',
    'ik wil je eraan herinneren dat je altijd welkom bent',
    'heb je ooit die film gezien die ik aanraadde?',
    'in 2019 gingen we samen naar Parijs, wat een reis',
    'eerst koffie, toen een wandeling en nu dit mooie uitzicht',
    'kun je niet, dan zien we elkaar een andere keer',
    'weet je of ik zaterdag moet komen',
    'ik vraag me af of ik je mag bellen',
    'sinds jij weg bent ben ik soms alleen, ik mis je',
    'vandaag draait alles om jou, gefeliciteerd',
    'geef me gerust mijn boek terug als je het uit hebt',
    'je stuurt het maar terug wanneer je wilt',
    'ik bel je deze week nog',
    'begrepen, dank je voor je uitleg',
    'zoals vorige keer was het heel gezellig',
    'dankzij jouw hulp hoef ik niet meer alleen te zijn',
    'jij hebt ervoor gezorgd dat ik weer kon lachen',
    'je liet me even alleen zodat ik kon nadenken',
    'ik hou een lijstje bij van leuke dingen om samen te doen',
    'het begon al op de basisschool, onze vriendschap, en ik ben er blij om',
    'sorry zeggen is moeilijk, dat weet ik',
    'door jouw berichtje kon ik niet meer stoppen met glimlachen',
    'ik ben de tel kwijt hoe vaak ik aan je dacht',
    'ook al hebben we ruzie gehad, ik hou van je',
    'ik weet niet of ik morgen kan, ik laat het je weten',
    'als je geen tijd hebt, dan hoef je niet te komen hoor',
    'zonder jouw steun was ik er nooit doorheen gekomen',
    'zoals vorig jaar wil ik weer een feestje geven',
    'ik wil je even herinneren aan het etentje zaterdag',
    'je geeft me altijd zoveel energie',
    'in 2018 leerden we elkaar kennen, wat een tijd',
    'het is de derde keer dat ik deze brief herschrijf',
    'heb je ooit gedacht aan een reis naar IJsland?',
    'je bent me nooit kwijt, dat beloof ik',
  ])('keeps "%s" quiet', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 12: a blind writer's kind notes were told they read as pressure (7.8 %), the worse
// failure. Each line below shares words with a harmful shape ("moet" in advice, "of" in an
// offer, "nu" or "vandaag" about the writer's own plans, "door jou" with a good outcome, "weet
// je nog" said fondly, a question followed by an offer, Flemish forms) and must raise nothing.
describe('the Dutch gentle check keeps kind notes with harmful words quiet', () => {
  it.each([
    'je moet echt eens naar die nieuwe bakker op de hoek, zo lekker',
    'je moet goed op jezelf passen deze week',
    'jullie moeten zaterdag gewoon komen eten, er is genoeg',
    'ge moet u geen zorgen maken over het geld, dat komt wel goed',
    'we moeten snel weer eens koffie drinken, ik heb je gemist',
    'je hoeft je nergens voor te verontschuldigen',
    'wil je thee of koffie als je straks komt?',
    'kom je zaterdag of zondag, wat jou het beste uitkomt',
    'ik kan je ophalen of je komt met de trein, allebei prima',
    'bel me of stuur een appje, wat jij fijner vindt',
    'neem gerust je tijd, of niet, ik ben er hoe dan ook',
    'ik ga nu even boodschappen doen, tot straks',
    'vandaag ben ik de hele dag thuis, kom gerust langs',
    'vanavond kook ik lasagne, ik zet een bord voor je apart',
    'ik zit nu in de trein en dacht aan je',
    'morgen breng ik je boek terug, dank je wel',
    'ik heb het nu pas gelezen, wat lief van je',
    'door jou ben ik weer gaan hardlopen',
    'door jou heb ik die baan gekregen, echt waar',
    'dankzij jou was de verhuizing een feest',
    'het is door jou dat ik weer durf te zingen',
    'dankzij jouw tip zijn we in dat mooie hotel beland',
    'weet je nog hoe we in de regen naar huis fietsten? ik moest er vandaag weer om lachen',
    'weet je nog die zomer in Zeeland? wat hadden we een lol',
    'weet je nog dat je mij leerde zwemmen',
    'ik moest vandaag denken aan die keer dat je me kwam ophalen in de sneeuw',
    'kom je zaterdag? dan bak ik een taart',
    'heb je morgen tijd? dan trakteer ik op koffie',
    'ben je vanavond thuis? dan breng ik soep langs',
    'als je zin hebt, dan gaan we zondag naar het strand',
    'ge moogt altijd bellen, ook midden in de nacht',
    'gij zijt altijd welkom bij ons, dat weet ge',
    'ik zie u graag, ook al zeggen we dat nie vaak',
    'ge moet da nie alleen doen, wij helpen u',
    'kom gerust eens binnenspringen, de koffie staat altijd klaar',
    'laatste kans om je op te geven voor het etentje, wie doet er mee?',
    'ik moet nu echt slapen, welterusten',
    'je hebt altijd zo\'n mooie lach',
    'je bent me niets verschuldigd, echt niet',
    'door jou weet ik nu hoe je een band plakt',
    'ik heb nu even tijd nodig voor mezelf, het ligt niet aan jou',
    'die taarten die jij altijd bakte, ik mis ze',
    'ik zal je vandaag nog even bellen om je te feliciteren',
    'je moest eens weten hoe blij ik met je ben',
  ])('keeps "%s" quiet', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('the Dutch gentle check reads the shapes behind set 7 (round 12)', () => {
  it.each<[GentleKind, string]>([
    // ultimatums without "of": lawyers or police after a condition, "geen keus", an ending said
    // outright ("geen vrienden meer", "de langste tijd", "mijn laatste bericht"), "zolang", "zonder"
    ['ultimatum', 'als je het geld niet terugstort schakel ik een incassobureau in'],
    ['ultimatum', 'betaal je niet voor vrijdag, dan gaat de zaak naar de rechter'],
    ['ultimatum', 'geef mijn spullen terug of ik stap naar de politie'],
    ['ultimatum', 'je geeft me geen keus, ik trek mijn conclusies'],
    ['ultimatum', 'als je zo doorgaat, dan zijn we geen vrienden meer'],
    ['ultimatum', 'zeg je weer af, dan ben je de langste tijd mijn vriendin geweest'],
    ['ultimatum', 'als je nu niet reageert is dit mijn laatste bericht'],
    ['ultimatum', 'zolang jij niet eerlijk bent, praat ik niet meer met je'],
    ['ultimatum', 'als je de kinderen weer te laat brengt, zie je ze niet meer'],
    ['ultimatum', 'zonder excuses hoef je hier niet meer binnen te komen'],
    ['ultimatum', 'kom je weer niet opdagen, dan weet ik genoeg'],
    ['ultimatum', 'vandaag betalen of nooit meer'],
    // blame as a consequence or a story: a damage verb in any tense or word order, "door dat ... van
    // jou", a cost, a bad outcome since you came, sarcasm with a damage verb
    ['blame', 'je hebt de hele avond vergald met je opmerkingen'],
    ['blame', 'jij hebt mij in een rotpositie gebracht bij mijn baas'],
    ['blame', 'jij hebt een kras op mijn auto gemaakt en niks gezegd'],
    ['blame', 'sinds jij bij ons kwam wonen is alles misgegaan'],
    ['blame', 'dankzij jouw plannetje mag ik nu alles alleen opruimen'],
    ['blame', 'door dat gedoe van jou met het geld is mijn vakantie verpest'],
    ['blame', 'door jouw gekonkel praat niemand meer met me'],
    ['blame', 'jouw gelieg heeft ons veel gekost'],
    ['blame', 'ik heb nog elke dag last van wat je gezegd hebt'],
    ['blame', 'omdat jij je mond niet kon houden weet mijn baas het nu'],
    ['blame', 'besef je wel hoeveel je verpest hebt'],
    // the past without "altijd": then and now again, "destijds", the same old song, not forgotten
    ['past', 'toen liet je me ook zitten en nu doe je het weer'],
    ['past', 'destijds deed je precies hetzelfde met je zus'],
    ['past', 'het is weer hetzelfde liedje als vorige zomer'],
    ['past', 'die ruzie op oudejaarsavond ben ik nog steeds niet vergeten'],
    ['past', 'je bent al sinds de basisschool zo onbetrouwbaar'],
    ['past', 'je bent me nog geld schuldig van die keer dat we naar Londen gingen'],
    ['past', 'denk eens na over hoe je je gedroeg op mijn verjaardag'],
    // pressure: "je mag wel eens wat ...er", a declared duty, a plea with "aub", Flemish "gij moet", owing
    ['pressure', 'je mag wel eens wat beleefder zijn tegen mijn moeder'],
    ['pressure', 'dus jij gaat het ook netjes terugbetalen'],
    ['pressure', 'lees mijn bericht aub helemaal'],
    ['pressure', 'gij moet eens leren luisteren'],
    ['pressure', 'na alles wat ik voor je gedaan heb mag je toch wel even bellen'],
    // urgency: "now, not later", a span of workdays, money wanted back by a day
    ['urgency', 'we moeten dit vanavond uitpraten, niet pas volgende week'],
    ['urgency', 'u dient binnen drie werkdagen te betalen'],
    ['urgency', 'dat geld wil ik morgen op mijn rekening zien'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'dit is mijn laatste bericht voor vandaag, slaap lekker',
    'als je wilt, gaan we samen naar de notaris voor het huis',
    'je hebt me destijds zo goed geholpen met de verhuizing',
    'door jouw gezelschap was de avond zo leuk',
    'toen was ik verdrietig en nu ben ik weer blij, dankzij jou',
    'ik heb die mooie dag nog niet vergeten',
    'je bent al sinds de basisschool mijn beste vriendin',
    'wat knap van je dat je mijn kapotte fiets hebt gerepareerd',
    'en jij gaat lekker genieten van je vakantie',
    'zolang je er niet klaar voor bent, hoef ik niks te horen',
    'als je het druk hebt, bel ik je morgen gewoon even',
    'door dat cadeautje van jou ben ik de hele dag blij geweest',
    'vorig jaar was het net zo gezellig, ik heb er zin in',
    'als je verhuist zie ik je niet meer zo vaak, dat vind ik jammer',
    'we moeten snel eens afspreken, niet pas na de zomer',
  ])('keeps "%s" quiet', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

type Item = 'namesAct' | 'namesEffect' | 'ownsIt' | 'asksNothing' | 'doesDifferently';
const stateOf = (text: string, id: Item): ApologyState | undefined =>
  checkApology(text, nl.apology, nl.grammar).items.find((item) => item.id === id)?.state;

describe('the Dutch apology checklist reads shapes, not phrases', () => {
  it.each<[Item, ApologyState, string]>([
    // the deed: verb-final "wat ik ... zei was ...", inversion after "daarom", Flemish "da ik u"
    ['namesAct', 'met', 'wat ik op je verjaardag over je werk zei was echt laag, het spijt me'],
    ['namesAct', 'met', 'daarom heb ik die foto van je gedeeld. dom van me'],
    ['namesAct', 'met', 'sorry da ik u heb laten zitten op uw verjaardag'],
    ['namesAct', 'met', 'ik was een echte zak tegen je op dat etentje, sorry'],
    // the effect told as a story
    ['namesEffect', 'met', 'ik heb je bericht genegeerd. je bent daarna weken alleen blijven zitten. het spijt me'],
    ['namesEffect', 'met', 'ik heb je afspraak vergeten en jij hebt een uur staan wachten in de kou. sorry'],
    ['namesEffect', 'met', 'door mijn gedrag op het feest ben je vroeg naar huis gegaan. het spijt me'],
    ['namesEffect', 'met', 'ik heb je geheim doorverteld en binnen een dag wist de hele klas het. sorry'],
    // a concrete promise: a time and a deed, in any word order
    ['doesDifferently', 'met', 'ik heb je fiets kapotgemaakt, sorry. morgen breng ik hem naar de fietsenmaker'],
    ['doesDifferently', 'met', 'ik heb te laat betaald, sorry. vanaf volgende maand maak ik het op de eerste over'],
    ['doesDifferently', 'met', 'ik heb je boek verloren, sorry. ik heb al een nieuw besteld'],
    // vague: a sorry with no deed named
    ['namesAct', 'flagged', 'het spijt me van hoe alles gegaan is'],
    ['namesAct', 'flagged', 'sorry voor mijn gedrag van de laatste tijd'],
    ['namesAct', 'flagged', 'ik weet dat ik verkeerd zat. sorry'],
    ['namesAct', 'flagged', 'ik heb fouten gemaakt. sorry'],
    // asks: something back, in any words
    ['asksNothing', 'flagged', 'ik heb je beledigd, sorry. ik hoop dat jij nu ook je excuses aanbiedt'],
    ['asksNothing', 'flagged', 'sorry dat ik niet kwam. mag ik weer gewoon meedoen met het etentje?'],
    ['asksNothing', 'flagged', 'sorry dat ik boos werd. kunnen we er nu over ophouden'],
    // hedges: how it landed, drink as the reason, nobody did it
    ['ownsIt', 'flagged', 'Mocht mijn bericht verkeerd zijn overgekomen, dan spijt me dat.'],
    ['ownsIt', 'flagged', 'sorry dat het zo bij je binnenkwam'],
    ['ownsIt', 'flagged', 'ik heb je uitgescholden, sorry, ik had gewoon te veel gedronken'],
    ['ownsIt', 'flagged', 'er zijn toen dingen gezegd die niet hadden gemoeten'],
    // a second round: others' reactions as the effect, repair with a time, a sorry for a day,
    // work as the excuse, "maar jij ook niet", asking to be seen or answered
    ['namesEffect', 'met', 'ik heb je niet uitgenodigd. iedereen vroeg je waarom je er niet was. sorry'],
    ['doesDifferently', 'met', 'ik heb je fiets kapotgemaakt. sorry. ik laat hem deze week maken'],
    ['namesAct', 'flagged', 'excuses voor laatst'],
    ['ownsIt', 'flagged', 'sorry dat ik niet kwam, ik moest werken'],
    ['ownsIt', 'flagged', 'sorry dat ik je niet belde. maar jij belde mij ook niet'],
    ['ownsIt', 'flagged', 'het ging allemaal mis op dat feest, sorry'],
    ['asksNothing', 'flagged', 'sorry dat ik je feest miste. hopelijk wil je me nog zien'],
    ['asksNothing', 'flagged', 'sorry dat ik zo lelijk deed. mogen we opnieuw beginnen?'],
    ['asksNothing', 'flagged', 'sorry dat ik je appjes negeerde. laat je iets van je horen?'],
    ['asksNothing', 'flagged', 'ik heb je geld te laat terugbetaald. sorry. ik verwacht wel dat je er nu over ophoudt'],
  ])('%s is %s in "%s"', (id, state, text) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it.each([
    'het spijt me dat ik je zo gekwetst heb met wat ik over je moeder zei',
    'ik hoop dat jij ook een fijne verjaardag hebt gehad. sorry dat ik er niet was',
    'er is veel gebeurd dit jaar en ik heb dingen gezegd over je vriend die niet klopten. het spijt me',
    'ik heb je verjaardag vergeten. stom van me, het spijt me',
    'wat ik over je moeder zei was niet oké, het spijt me',
    'sorry dat ik je zo heb laten schrikken. ik verwacht niet dat je meteen reageert',
    'ik heb je bericht genegeerd toen je me nodig had. sorry. ik begrijp het als je nu even niks van me wil horen',
    'sorry dat ik boos werd op de bruiloft. het ging mis door mij, niet door jou',
    'ik heb je spullen kwijtgemaakt, dat was slordig van me. sorry',
    'ik heb tegen je gelogen over het geld. ik hoop dat je een fijne week hebt, je hoeft niet te antwoorden',
  ])('raises no flag on the sound apology "%s"', (text) => {
    const flagged = checkApology(text, nl.apology, nl.grammar).items.filter((item) => item.state === 'flagged');
    expect(flagged.map((item) => item.id)).toEqual([]);
  });
});

describe('the Dutch apology checklist reads the shapes behind set 7 (round 12)', () => {
  it.each<[Item, ApologyState, string]>([
    // hedges in any words: a fronted condition, a pity about how you took it, sarcasm, a busy
    // spell, something that came between, "alleen doe jij ook"; the deed in a verb-final clause;
    // asks and promises in words of their own
    ['ownsIt', 'flagged', 'als mijn grap over je werk je heeft geraakt, dan spijt me dat'],
    ['ownsIt', 'flagged', 'mocht ik te fel zijn geweest, dan bied ik mijn excuses aan'],
    ['ownsIt', 'flagged', 'jammer dat je het zo persoonlijk opvatte'],
    ['ownsIt', 'flagged', 'ik zal wel weer de schuldige zijn, zoals altijd volgens jou'],
    ['ownsIt', 'flagged', 'sorry dat ik niet kwam, het was echt een hele hectische week'],
    ['ownsIt', 'flagged', 'ik wilde het eerder regelen maar toen kwam mijn verhuizing ertussen'],
    ['ownsIt', 'flagged', 'ik heb het doorverteld, alleen doe jij ook altijd zo geheimzinnig'],
    ['namesAct', 'met', 'dat ik je verjaardag zomaar heb overgeslagen, was laf van me'],
    ['namesAct', 'met', 'sorry dat ik toen niet naar je diploma-uitreiking kwam'],
    ['namesAct', 'met', 'ik had je veel eerder moeten terugbellen'],
    ['asksNothing', 'flagged', 'sorry dat ik te laat was. mag ik zaterdag gewoon weer meedoen?'],
    ['asksNothing', 'flagged', 'het spijt me van de ruzie. ik reken erop dat je er nu over ophoudt'],
    ['asksNothing', 'flagged', 'ik heb je boek kwijtgemaakt, sorry. zou je me nog een kans willen geven'],
    ['doesDifferently', 'met', 'ik heb gelogen over het geld. sorry. ik ga het ook aan je ouders uitleggen'],
    ['doesDifferently', 'met', 'ik heb je fiets kapotgemaakt. ik laat een nieuw wiel zetten en maken bij de fietsenmaker'],
  ])('%s is %s in "%s"', (id, state, text) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it.each([
    'als ik terugkijk, spijt het me dat ik je toen niet belde',
    'sorry dat ik altijd maar over mezelf praat als we afspreken. volgende keer vraag ik eerst hoe het met jou gaat',
    'ik heb je verjaardag vergeten, sorry. ik heb er zaterdag een etentje voor je van gemaakt, ik trakteer',
    'het spijt me dat ik je feest miste, ik had me er zo op verheugd. ik kom je volgende week een cadeau brengen',
  ])('raises no flag on the sound apology "%s"', (text) => {
    const flagged = checkApology(text, nl.apology, nl.grammar).items.filter((item) => item.state === 'flagged');
    expect(flagged.map((item) => item.id)).toEqual([]);
  });
});

// Round 13: the forms behind held-out set 8's misses, each read as a form (word order, a
// modal, a condition, a cause told as "door jou") and tried here on paraphrases in other
// voices: Flemish ge/gij, street slang, WhatsApp without punctuation, formal letters.
describe('the Dutch gentle check reads the forms behind set 8 (round 13)', () => {
  it.each<[GentleKind, string]>([
    // pressure: an order as a fact with the object first; "degene die moet"; formal requests
    ['pressure', 'je hebt het beloofd dus dat doe je ook gewoon'],
    ['pressure', 'ge hebt het geleend, dus dat geld geeft ge ook netjes terug'],
    ['pressure', 'jij bent degene die sorry moet zeggen'],
    ['pressure', 'gij zijt diegene die moet bellen nie ik'],
    ['pressure', 'Ik verzoek je hierbij mijn sleutels terug te geven.'],
    ['pressure', 'ik vraag u met klem om dit recht te zetten'],
    ['pressure', 'Dat ben je me na al die jaren wel verschuldigd.'],
    ['pressure', 'ik vind dat je het tegen de hele groep moet zeggen'],
    ['pressure', 'kom je fiets zelf maar halen'],
    ['pressure', 'broer neem je telefoon ff op'],
    ['pressure', 'Kijkt u alstublieft nog eens naar de rekening.'],
    // blame: caused by "door jou", a counterfactual, a deed and what followed
    ['blame', 'door jou kan ik nie meer naar de club'],
    ['blame', 'door u durven we niet meer naar het feest'],
    ['blame', 'als jij niet zo gierig was geweest had ik mijn huur kunnen betalen'],
    ['blame', 'als ge nie zo had gelogen was mijn zus nooit vertrokken'],
    ['blame', 'je hebt de deur open laten staan en nu is de kat weg'],
    ['blame', 'jij liet de sleutel liggen en daardoor is alles gestolen'],
    ['blame', 'mijn zus ligt nog wakker van wat jij over haar gezegd hebt'],
    ['blame', 'met die grap heb je mijn vader echt gekwetst'],
    ['blame', 'jij hebt me laten zakken bij de verhuizing'],
    ['blame', 'besef je wel hoeveel pijn je haar hebt gedaan'],
    ['blame', 'het was jouw plan en ik zit nu met de schulden'],
    ['blame', 'sinds jij over mij hebt geroddeld kan ik niet meer naar de training'],
    // ultimatum: an inverted condition, "geen X geen Y", "anders ...", "nog één keer ..."
    ['ultimatum', 'betaal je niet voor vrijdag, dan stap ik naar de rechter'],
    ['ultimatum', 'Mocht je niet komen, dan beschouw ik het als het einde.'],
    ['ultimatum', 'geen geld geen vriendschap'],
    ['ultimatum', 'blijf van mijn broer af anders krijg je problemen'],
    ['ultimatum', 'nog 1 keer zo een opmerking en ge ziet mij nooit meer'],
    ['ultimatum', 'je moet kiezen, je nieuwe vrienden of onze vriendschap'],
    ['ultimatum', 'ik waarschuw je maar 1 keer'],
    // urgency: a fronted time with a demand, "en wel vandaag", an order as a fact with "nu"
    ['urgency', 'deze week nog wil ik mijn geld'],
    ['urgency', 'vanavond wil ik een antwoord'],
    ['urgency', 'die uitleg wil ik vandaag nog horen'],
    ['urgency', 'je ruimt die rommel op, en wel nu'],
    ['urgency', 'dat regel je vandaag'],
    ['urgency', 'zaterdag om tien uur ben jij bij de club'],
    // past: a year or an old event as a comparison, "ik vergeet niet wat je ..."
    ['past', 'ga niet weer zo doen zoals in 2019'],
    ['past', 'ik vergeet nooit wat je op mijn bruiloft zei'],
    ['past', 'ik ben nie vergeten hoe ge u gedroeg op het feest'],
    ['past', 'Precies hetzelfde als toen.'],
    ['past', 'je bent nog steeds dezelfde als in de brugklas toen je mijn spullen afpakte'],
    // voices of the next writers: housemates, a sports club, money lent, WhatsApp, English mixed in
    ['pressure', 'je betaalt gewoon je deel van de energierekening'],
    ['urgency', 'je komt zaterdag gewoon naar de training'],
    ['blame', 'thanks to you ben ik alles kwijt'],
    ['blame', 'door jou staan we laatste in de competitie'],
    ['blame', 'door jou hebben we de finale verloren'],
    ['blame', 'jij hebt het geld gewoon uitgegeven en nu zit ik krap'],
    ['blame', 'jij was er niet eens toen papa doodging'],
    ['blame', 'nu weet de hele club het'],
    ['blame', 'wss heb jij het weer aan iedereen verteld'],
    ['ultimatum', 'als je volgende week niet op training komt lig je eruit'],
    ['ultimatum', 'doe dat nog 1x en we zijn klaar'],
    ['ultimatum', 'als je blijft zeuren zoek ik een ander huis'],
    ['ultimatum', 'geen geld terug dan geen contact meer'],
    ['ultimatum', 'last chance, echt'],
    // an order after a greeting with no comma, chores, money back, grief, a housemate, a count
    ['pressure', 'yo bel me terug'],
    ['pressure', 'hey antwoord ff'],
    ['pressure', 'kan je ff normaal doen'],
    ['pressure', 'ik wil gewoon mn geld terug'],
    ['pressure', 'doe je afwas'],
    ['pressure', 'excuseer je bij de trainer'],
    ['blame', 'mama is overleden en jij kwam niet eens'],
    ['blame', 'sinds jij in huis woont is het een zooi'],
    ['past', 'je hebt al drie keer beloofd dat je zou betalen'],
    // sarcasm, English mixed in, a reason named, an obligation, a place lost
    ['blame', 'echt top van je om het aan iedereen te vertellen'],
    ['blame', 'bedankt voor niks'],
    ['blame', 'jij hebt mijn hond laten weglopen'],
    ['blame', 'you ruined everything, echt alles'],
    ['blame', 'jij bent egt de reden dat ik zo verdrietig ben'],
    ['pressure', 'just pay me back man'],
    ['pressure', 'je bent verplicht om mee te betalen'],
    ['ultimatum', 'als je nog 1 keer te laat bent ben je je plek kwijt'],
    // chat spellings read through the grammar's spellings: egt, nie, ff, gwn, wss, mss, da, wa
    ['pressure', 'je moet egt ff terugbellen'],
    ['pressure', 'ge moet da nie zo doen, antwoord gwn'],
    ['ultimatum', 'als ge nie betaalt zijt ge mij kwijt'],
    ['past', 'je hebt da vorig jaar ook al gedaan'],
    // bare orders about money and chores, a judgement of the deed, "net zoals je toen ..."
    ['pressure', 'stop met liegen'],
    ['pressure', 'hou je mond over mijn familie'],
    ['pressure', 'leg uit waarom je dat deed'],
    ['pressure', 'maak dat geld over'],
    ['pressure', 'betaal je schulden'],
    ['pressure', 'kom je spullen halen'],
    ['pressure', 'geef me een eerlijk antwoord'],
    ['blame', 'wat jij deed was gewoon gemeen'],
    ['blame', 'jij was zo egoistisch toen oma ziek was'],
    ['past', 'net zoals je bij mijn vorige verjaardag deed'],
    ['blame', 'waar was jij toen ik je nodig had'],
    ['blame', 'fijn hoor, weer alles op mij'],
    ['ultimatum', 'laatste keer dat ik het vraag'],
    ['urgency', 'Antwoord me. Vandaag nog.'],
    ['past', 'sinds de brugklas doe je dit al'],
    ['past', 'ook vorig jaar liet je me zitten'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'dankzij jou kwam ik die rotperiode door',
    'door jou durf ik weer te zingen',
    'het is niet door jou dat ik verhuisd ben',
    'als jij er niet was geweest had ik het nooit gered',
    'ik zal nooit vergeten hoe je me hielp toen ik ziek was',
    'ze zou je graag weer eens zien',
    'dit is geen laatste kans hoor, ik wil gewoon contact',
    'als je liever niet meer praat, dan respecteer ik dat',
    'je moet niks, echt niet',
    'neem gerust je tijd, ik wacht wel',
    'je mag kiezen, pizza of pasta',
    'zaterdag ben jij toch ook op het feest?',
    'ik wil graag dat je weet dat ik aan je denk',
    'we deden het precies zoals vroeger, zo gezellig',
    'door jou ben ik gaan hardlopen en dat doe ik nog steeds graag',
    'je doet gewoon wat goed voelt voor jou',
    'jij hebt me geholpen en nu kan ik weer lopen',
    'nu weet iedereen het goede nieuws',
    'jij was er toen papa doodging, dat vergeet ik nooit',
    'als je wil zoeken we samen een ander huis',
    'je hebt tot vrijdag de tijd, geen stress',
    'hey bel me gerust als je zin hebt',
    'sinds jij in huis woont is het gezellig',
    'mama is overleden, ik wilde het je laten weten',
    'je hebt me al drie keer geholpen, dank je',
    'ik wil mijn oude leven terug',
    'stop met jezelf de schuld geven',
    'je was zo lief toen oma ziek was',
    'je mag je spullen komen halen wanneer het jou uitkomt',
    'kom je spullen halen wanneer je wilt, geen haast',
    'wat jij deed was niet gemeen, dat weet ik nu',
    'je was zo hard voor jezelf toen',
    'door jou ben ik gaan voetballen, weet je dat nog',
    'sinds papa dood is denk ik veel aan jou',
    'je mag het terugbetalen wanneer het jou uitkomt',
    'zaterdag is de laatste wedstrijd van het seizoen, kom je kijken?',
    'ik vergeet nooit hoe je me hielp met mijn verhuizing',
    'het is niet jouw schuld dat het team verloor',
    'mss kunnen we ff koffie doen',
    'sinds de brugklas ben je al mijn beste vriendin',
    'de laatste keer dat ik je zag was op de bruiloft',
    'waar was jij vorige week, ik heb je gemist op het feest',
    'laten we snel weer eens afspreken',
    'anders bel ik je morgen wel even',
    'je bent nergens toe verplicht',
    'top van je dat je het aan iedereen hebt uitgelegd, dank je',
    'bedankt voor alles',
    'jij bent de reden dat ik weer lach',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('the Dutch apology checklist reads the forms behind set 8 (round 13)', () => {
  it.each<[Item, ApologyState, string]>([
    // vague: an unhedged sorry or a self-judgement that names no deed
    ['namesAct', 'flagged', 'Het spijt me.'],
    ['namesAct', 'flagged', 'sry echt'],
    ['namesAct', 'flagged', 'sorry sorry sorry'],
    ['namesAct', 'flagged', 'het spijt me, kun je me vergeven'],
    ['namesAct', 'flagged', 'dat lag helemaal aan mij'],
    ['namesAct', 'flagged', 'ik zat ernaast, dat weet ik'],
    ['namesAct', 'flagged', 'ik had ongelijk'],
    ['namesAct', 'flagged', 'ik ben echt een sukkel geweest'],
    ['namesAct', 'flagged', 'mijn excuses voor het voorgevallene'],
    // the deed in a verb-final clause, Flemish da'k, "wat ik + where + verb"
    ['namesAct', 'met', 'het spijt me oprecht dat ik op je feest over je ex begon'],
    ['namesAct', 'met', "sorry da'k u heb uitgelachen op de fuif"],
    ['namesAct', 'met', 'ik schaam me voor wat ik in de groepsapp over je zus schreef'],
    ['namesAct', 'met', 'ik weet dat ik degene was die de ruzie begon'],
    ['namesAct', 'met', 'ik was te lui om je terug te bellen, sorry'],
    ['namesAct', 'met', 'als ik je moeder beledigd heb dan sorry'],
    // the effect: a modal infinitive in the perfect, "gaan" + infinitive
    ['namesEffect', 'met', 'ik heb over je geroddeld. je hebt daarna niet meer naar school durven gaan. sorry'],
    ['namesEffect', 'met', 'ik kwam niet opdagen. u heeft alles alleen moeten regelen. mijn excuses'],
    ['namesEffect', 'met', 'ik heb je uitgescholden en ge zijt daarna gaan huilen. sorry'],
    // hedges: "misschien", a sorry on condition, their bother, an outside cause, "ik snap ..., maar"
    ['ownsIt', 'flagged', 'misschien was ik wat bot, sorry'],
    ['ownsIt', 'flagged', 'ik heb je wss een beetje genegeerd'],
    ['ownsIt', 'flagged', 'ik bied mijn excuses aan zodra jij dat ook doet'],
    ['ownsIt', 'flagged', 'sorry dat je er last van had'],
    ['ownsIt', 'flagged', 'sorry dat ik te laat was, mijn bus viel uit'],
    ['ownsIt', 'flagged', 'ik begrijp dat je boos bent, maar ik kon niet anders'],
    ['ownsIt', 'flagged', 'ik was toen zelf ook van slag, dus sorry'],
    ['ownsIt', 'flagged', 'ik heb het geld te laat gestort, maar je weet ook hoe de bank is'],
    // asks: the turn handed over, a request that opens the question, a chance asked verb-final
    ['asksNothing', 'flagged', 'sorry dat ik loog. nu is het aan jou'],
    ['asksNothing', 'flagged', 'ik heb spijt dat ik schreeuwde. jij mag nu ook wel eens sorry zeggen'],
    ['asksNothing', 'flagged', 'sorry dat ik je feest miste. mag ik morgen langskomen?'],
    ['asksNothing', 'flagged', 'sorry voor mijn uitval. wil je nog met me praten?'],
    ['asksNothing', 'flagged', 'ik hoop dat je me nog een kans geeft'],
    ['asksNothing', 'flagged', 'ik zeg sorry als jij het ook zegt'],
    // a second pass: the other's people reacting, a loss of theirs, a verb-final deed with
    // "uw", an inverted "nu mag jij ook", a promise with the verb first, "maar dat is geen reden"
    ['namesEffect', 'met', 'ik heb je vader beledigd. je dochter vroeg daarna waarom opa zo stil was'],
    ['namesEffect', 'met', 'ik heb op je feest geschreeuwd. de gasten hebben de rest van de avond niks meer gezegd. sorry'],
    ['namesEffect', 'met', 'ik heb je klanten afgepakt, sorry. je zaak is binnen een jaar failliet gegaan'],
    ['namesAct', 'met', 'sorry dat ik uw auto beschadigd heb'],
    ['namesAct', 'met', 'het spijt me, ik heb je pijn gedaan met wat ik over je gewicht zei'],
    ['namesAct', 'flagged', 'ik heb veel fouten gemaakt, sorry'],
    ['ownsIt', 'flagged', 'Mocht ik je ergens mee gekwetst hebben, sorry.'],
    ['ownsIt', 'flagged', 'sorry dat de hond is ontsnapt toen hij bij mij logeerde'],
    ['asksNothing', 'flagged', 'ik heb gelogen, sorry. nu mag jij ook eens sorry zeggen'],
    ['doesDifferently', 'met', 'sorry dat ik steeds te laat betaalde. de huur stuur ik voortaan op de eerste'],
    ['namesAct', 'flagged', 'my bad'],
    ['asksNothing', 'flagged', 'sorry dat ik je fiets leende zonder te vragen. vrienden?'],
    ['ownsIt', 'flagged', 'sorry dat ik te laat was, er stond file'],
    ['namesEffect', 'met', 'ik heb je fiets kapot teruggebracht, waardoor je een week moest lopen. sorry'],
    ['namesAct', 'met', 'ik heb de training drie keer gemist, sorry'],
    ['ownsIt', 'met', 'ik heb het egt verpest he'],
    ['ownsIt', 'met', 'sorryyy'],
    ['namesAct', 'flagged', 'sorryyy'],
    ['namesAct', 'missing', 'ik heb je de hele zomer zo erg gemist'],
    ['namesAct', 'flagged', 'sorry voor hoe ik deed'],
    ['namesAct', 'met', 'sorry voor hoe ik deed tegen je moeder op de bruiloft'],
    ['ownsIt', 'flagged', 'sorry dat je dat zo voelde'],
    ['ownsIt', 'flagged', 'ik zei het omdat ik boos was, sorry'],
    ['asksNothing', 'flagged', 'sorry dat ik je uitschold. doe je zaterdag weer mee?'],
    ['ownsIt', 'flagged', 'het spijt me dat je alles alleen moest doen, alleen was mijn werk toen zo druk'],
    ['namesAct', 'met', 'jij stond op me te wachten terwijl ik doodleuk op een terras zat. sorry'],
    ['namesAct', 'met', 'sorry da ik er nie was op de begrafenis van uw pa'],
    ['namesAct', 'met', 'sorry for ghosting you, ik reageerde gewoon nergens op'],
  ])('%s is %s in "%s"', (id, state, text) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it.each([
    'het spijt me oprecht dat ik op je verjaardag over je ex begon. ik snap dat je daarna stil was',
    'ik heb je fiets zonder te vragen geleend en hem kapot teruggebracht, dat was fout van me',
    'vergeef me maar niks, ik wil alleen dat je weet dat ik spijt heb dat ik je uitlachte',
    'ik heb je sleutels gehouden toen je ze terugvroeg. morgen leg ik ze in je brievenbus',
    'sorry dat ik je verjaardag vergat, ik heb je de hele dag laten wachten',
    'vanaf nu zet ik mijn telefoon uit als ik gedronken heb',
    'ik had het druk met werk, maar dat is geen excuus. sorry dat ik je verjaardag vergat',
    'sorry dat ik gelogen heb over waar ik was',
    'sorry dat ik zo boos werd op de training. vanaf nu tel ik eerst tot tien',
  ])('raises no flag on the sound apology "%s"', (text) => {
    const flagged = checkApology(text, nl.apology, nl.grammar).items.filter((item) => item.state === 'flagged');
    expect(flagged.map((item) => item.id)).toEqual([]);
  });
});

describe('the Dutch checks read the forms behind sets 9 and 10 (round 14)', () => {
  it.each<[GentleKind, string]>([
    // the same words, harmful: remembering a wrong, a condition with a sanction, "moet" on the subject
    ['past', 'ik ben niet vergeten wat je op mijn bruiloft hebt gezegd'],
    ['past', 'je deed in 2019 precies hetzelfde'],
    ['ultimatum', 'als je niet belt, dan blokkeer ik je'],
    ['pressure', 'je moet me eens uitleggen wat er gebeurd is'],
    ['blame', 'jij bent de reden dat alles kapot is'],
    // blame told as a story: left alone, made into a mess, a ruin "door jouw ...", a loss "omdat jij",
    // a burial "zonder dat jij er was", "op je geweten", your talk that did harm, tears "om jou"
    ['blame', 'jij liet me op de begrafenis van mijn oom helemaal alleen staan'],
    ['blame', 'sinds jij in de ploeg zit is trainen een drama geworden'],
    ['blame', 'jullie hebben van mijn afscheid een circus gemaakt'],
    ['blame', 'mijn promotie is door jouw praatjes bij de baas de mist in gegaan'],
    ['blame', 'ik ben mijn kamer kwijtgeraakt omdat jij de huur niet betaalde'],
    ['blame', 'oma is gecremeerd zonder dat jij erbij was'],
    ['blame', 'dat ze niet meer met me praat, dat heb jij op je geweten'],
    ['blame', 'jouw geklaag over de vakantie heeft alles verpest'],
    ['blame', 'uw brieven aan de gemeente hebben ons veel verdriet gedaan'],
    ['blame', 'mijn zoon heeft om jou liggen huilen'],
    ['blame', 'het was jouw jaloezie die alles kapotmaakte'],
    ['blame', 'jij hebt mij waar iedereen bij was voor dief uitgemaakt'],
    ['blame', 'door jouw fout moesten we alles opnieuw doen'],
    ['blame', 'ik heb weken slecht geslapen door wat jij over mij rondvertelde'],
    ['blame', 'knap gedaan hoor, de hele klas tegen mij opzetten'],
    // ultimatums: a condition (not, once more, keeps on, a repair not made) then a sanction in
    // verb-second order, with or without "dan"; "of/dan je komt er niet meer in", "niet meer welkom",
    // a blocking, an inverted condition "ga je weer ..., dan", "nog één ... en je kunt ...", formal
    // "zie ik mij genoodzaakt"
    ['ultimatum', 'als je zo doorgaat met liegen, zoek ik een andere huisgenoot'],
    ['ultimatum', 'als u de lekkage niet laat herstellen, stap ik naar de huurcommissie'],
    ['ultimatum', 'als je het niet goedmaakt met mijn moeder, hoef je hier niet te komen'],
    ['ultimatum', 'sorry zeggen tegen mijn zus, of je komt er bij ons niet meer in'],
    ['ultimatum', "nog één zo'n grap en je kunt een ander team zoeken"],
    ['ultimatum', 'wil je niet praten? prima, dan blokkeer ik je'],
    ['ultimatum', 'ga je weer liegen dan vertel ik het aan iedereen'],
    ['ultimatum', 'geen geld terug? dan zie jij mijn auto nooit meer'],
    ['ultimatum', 'laat je me nog eens zitten, dan ben ik er klaar mee'],
    ['ultimatum', 'indien ik niets van u hoor, zie ik mij genoodzaakt een advocaat te nemen'],
    ['ultimatum', 'of je biedt je excuses aan, of je bent hier niet meer welkom'],
    ['ultimatum', 'als jij niet komt opdagen zijn wij klaar'],
    ['ultimatum', 'as ge nie belt, dan hoeft ge nie meer te komen'],
    // the past as a weapon: "remember that night where you ...", "dit lijkt erop", "you were
    // already the one who ...", a question "stond jij toen niet ook ...?", "zo ging het toen ook al",
    // a fronted earlier occasion with "ook", "net zoals je ... jaar geleden", the list fetched
    ['past', 'weet je nog die avond in Gent waar je iedereen voor schut zette?'],
    ['past', 'remember dat weekend in Ardennen toen je zomaar vertrok?'],
    ['past', 'daar lijkt dit wel heel erg op'],
    ['past', 'je was op school ook al degene die altijd spiekte'],
    ['past', 'zat jij op mijn verjaardag niet ook de hele avond op je telefoon?'],
    ['past', 'zo ging het met de huur in 2019 ook al'],
    ['past', 'die keer met de verhuizing toen je ook al niet kwam opdagen'],
    ['past', 'bij de vorige repetitie ben je ook te laat gekomen'],
    ['past', 'met het feest van Ans duurde het ook weken voor je iets liet horen'],
    ['past', 'je loog tegen mij, net zoals je twee jaar geleden tegen je broer loog'],
    ['past', 'je hebt al een tweede kans gekregen'],
    ['past', 'zal ik het lijstje er even bij pakken?'],
    ['past', 'geef toe dat je op het kamp ook al loog'],
    ['past', 'je zei op de bruiloft van mijn zus ook al niks, dat deed je bij mijn diploma-uitreiking precies zo'],
    // pressure: an order with a particle, "mag wel eens uitleggen", "dit kan je ook gewoon
    // beantwoorden", "of je nu wilt of niet", "gaat mij wel een antwoord geven", "daar ga jij je voor
    // verantwoorden", "het recht niet om", a fronted object "dat breng je zelf maar terug", an order
    // with "in plaats van", "hoe moeilijk kan het zijn"
    ['pressure', 'pak gewoon je telefoon eens op'],
    ['pressure', 'ge moogt mij wel eens vertellen waarom ge nie kwaamt'],
    ['pressure', 'dit appje kan je toch gewoon beantwoorden'],
    ['pressure', 'jij gaat me wel een verklaring geven'],
    ['pressure', 'daar ga jij je bij de hele familie voor verantwoorden'],
    ['pressure', 'je hebt het recht niet om mij te blokkeren'],
    ['pressure', 'die jas breng je zelf maar naar mijn moeder terug'],
    ['pressure', 'kijk me aan in plaats van steeds weg te draaien'],
    ['pressure', 'maak dat geld nou gewoon over, hoe lastig kan het zijn'],
    ['pressure', 'leg dan ook maar eens uit waarom je wegliep'],
    ['pressure', 'please just answer, ik word gek'],
    // urgency: a fronted "vóór ...", a date, "zorg dat je er dan staat", a morning deadline
    ['urgency', 'vóór de repetitie van vrijdag wil ik dat het uitgepraat is'],
    ['urgency', 'het moet geregeld zijn voor 15 april'],
    ['urgency', 'ik ben om zes uur klaar. zorg dat je er dan bent'],
    ['urgency', 'morgen voor tien uur staat het geld op mijn rekening'],
    ['urgency', 'ik geef je tot morgenavond'],
    ['urgency', 'kom subiet naar hier'],
    // a last pass: an occasion of theirs skipped, "dan kom je er niet in", a repair as the condition
    // after the sanction, "net zoals je met X deed", inverted "heb je al een kans gekregen"
    ['blame', 'jij hebt de bruiloft van mijn broer gewoon overgeslagen'],
    ['ultimatum', 'drink je weer te veel, dan kom je er niet in'],
    ['ultimatum', 'ik praat niet meer met je als je dat niet goedmaakt met mijn moeder'],
    ['ultimatum', 'als je het niet zelf aan de trainer meldt, doe ik het'],
    ['ultimatum', 'blijf je zo doen, dan hoef je niet meer bij ons aan te kloppen'],
    ['past', 'je hebt het feest verpest, net zoals je met de bruiloft van Kim deed'],
    ['past', 'op de camping heb je al een tweede kans gekregen'],
    ['blame', 'door jou is mijn kat doodgegaan'],
    ['blame', 'omdat jij je mond niet kon houden, weet nu heel de school van mijn ziekte'],
    ['blame', 'door jouw grapje sta ik bij de hele club voor gek'],
    ['blame', 'sinds jullie daar wonen is de straat één grote chaos'],
    ['blame', 'jullie lieten mij op de eerste hulp in mijn eentje zitten'],
    ['ultimatum', 'zolang je geen sorry zegt, hoef je hier niet meer aan te komen'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    // a condition answered by the writer's understanding, not a sanction
    'als je niet wilt afspreken snap ik het, en dan blijf ik je gewoon steunen',
    // "de enige die" + knowing: a tribute
    'jij was de enige die begreep hoe moeilijk dat jaar was',
    // remembering what the other did with or for the writer
    'ik weet nog dat je die hele winter bij me bleef, dat vergeet ik nooit',
    'ik ben niet vergeten wat jij voor ons gezin hebt gedaan',
    'ik ben het nooit vergeten, dat je me kwam helpen met verhuizen',
    // concessive "ook al" opening a clause
    'je was een fijne collega, ook al ging het einde anders dan gehoopt',
    // the writer's own nostalgia with a year in it
    'ik denk nog vaak terug aan ons kamp in 2019, jij met je gitaar bij het vuur',
    // "je" as the object of a preposition, not the subject of "moest"
    'ik dacht lang dat ik kwaad op je moest zijn, maar ik mis je',
    // the same words, kind
    'jij liet me alleen zijn toen ik dat nodig had, dank je',
    'sinds jij in de ploeg zit is trainen een feest',
    'jullie hebben van mijn afscheid een prachtige dag gemaakt',
    'door jouw tip is mijn sollicitatie goed gegaan',
    'oma is gecremeerd, ik wilde het je laten weten',
    'mijn zoon heeft om jou gelachen, hij vond je zo grappig',
    'het was jouw idee dat ons zo liet lachen',
    'door jouw hulp konden we alles op tijd afmaken',
    'het hoeft niet op je geweten te drukken',
    'als je niet kunt komen, stuur ik je de foto\'s wel',
    'als je geen tijd hebt, neem ik de kinderen wel',
    'als je het niet terugbetaalt, is dat ook goed, ik gun het je',
    'als je het niet wilt, vertel ik het aan niemand',
    'kom gewoon langs, dan ben je niet meer alleen',
    'je bent hier altijd welkom, ook als je een keer niet belt',
    'nog één keer slapen en je bent jarig',
    'als ik niets hoor, zie ik je zaterdag gewoon',
    'weet je nog die avond in Gent waar we zo hebben gelachen?',
    'je lijkt steeds meer op je moeder, zo lief',
    'bij de vorige repetitie was je er ook zo goed bij',
    'zo ging het vroeger ook, gezellig met z\'n allen aan tafel',
    'ik pak het boodschappenlijstje er even bij',
    'je hebt alle recht om boos te zijn',
    'dat regel je maar zoals jij wilt',
    'kom lekker bij ons eten in plaats van alleen thuis te zitten',
    'bel me gerust in plaats van te appen',
    'je mag het me vertellen wanneer je er klaar voor bent',
    'voor jou wil ik dat je gelukkig bent',
    'of je nu wilt praten of niet, ik denk aan je',
    'je hebt de vergadering overgeslagen, geen probleem, ik stuur je de notulen',
    'ben je ziek, dan hoef je niet te komen',
    'ik vind het niet erg meer als je het geld niet terugbetaalt',
    'net zoals je met de verhuizing deed, help je altijd zo lief',
    'dankzij jouw hulp sta ik nu weer stevig op mijn benen',
    'sinds jullie daar wonen is de straat één groot feest',
    'door jou ben ik gaan geloven dat ik het kon',
    'zolang je er nog niet klaar voor bent, hoef je niets te doen',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('the Dutch apology checklist reads the forms behind sets 9 and 10 (round 14)', () => {
  it.each<[Item, ApologyState, string]>([
    // a fronted place or time, then the inverted perfect "heb ik ... gezegd"
    ['namesAct', 'met', 'Op je verjaardag heb ik tegen je zus gezegd dat je lui bent. Het spijt me.'],
    ['namesAct', 'flagged', 'Vaak heb ik aan je gedacht. Sorry.'],
    // asks: any yes/no question that opens with a modal or an order to the other, or "we"
    ['asksNothing', 'flagged', 'sorry dat ik je verjaardag vergat. zullen we volgende week gaan eten?'],
    ['asksNothing', 'flagged', 'het spijt me dat ik loog. wil je nog eens met me wandelen?'],
    ['asksNothing', 'flagged', 'sorry dat ik je ontvolgd heb. volg je me weer terug? laat je het me weten?'],
    ['asksNothing', 'flagged', 'mijn excuses voor de herrie. mag ik u een fles wijn brengen?'],
    ['asksNothing', 'flagged', 'sorry dat ik je heb verwijderd. deblokkeer je me ook?'],
    ['asksNothing', 'flagged', 'ik heb je sleutels gehouden, sorry. kun je me alsjeblieft terugbellen'],
    // hedges: drink as the reason, something "came between", "je weet hoe dat gaat", a hard year,
    // "ik was mezelf niet", "nooit mijn bedoeling", "jij ook niet", "everyone thought so", sorry
    // because they want it, "te serieus genomen", "bon, sorry dan", "als het te ver ging", a formal
    // "mocht ... getroffen hebben, dan betreur ik dat", concessive "al staat er nergens"
    ['ownsIt', 'flagged', 'sorry dat ik je uitschold, ik had gewoon te veel gedronken'],
    ['ownsIt', 'flagged', 'sorry dat ik je etentje miste, er kwam een afspraak tussen'],
    ['ownsIt', 'flagged', 'sorry dat ik niet belde. je weet hoe het gaat met kleine kinderen'],
    ['ownsIt', 'flagged', 'sorry dat ik de huur te laat betaal, ik heb een zware tijd gehad'],
    ['ownsIt', 'flagged', 'het spijt me dat ik snauwde, maar na zo\'n nacht ben ik mezelf niet'],
    ['ownsIt', 'flagged', 'het was nooit mijn bedoeling om je te kwetsen'],
    ['ownsIt', 'flagged', 'sorry dat ik niet kwam. jij was trouwens ook niet op mijn feest'],
    ['ownsIt', 'flagged', 'sorry voor die grap, maar de anderen vonden het ook grappig'],
    ['ownsIt', 'flagged', 'ik zeg sorry omdat mama dat wil, niet omdat ik vind dat ik fout was'],
    ['ownsIt', 'flagged', 'je hebt het veel te persoonlijk opgevat, maar vooruit, sorry dan'],
    ['ownsIt', 'flagged', 'sorry voor mijn toespraak, als het te grof was'],
    ['ownsIt', 'flagged', 'mocht mijn brief u hebben gekwetst, dan betreur ik dat'],
    ['ownsIt', 'flagged', 'excuses voor de fiets in uw gang, al stond er nergens dat het niet mocht'],
    ['ownsIt', 'flagged', 'vervelend dat het zo overkwam bij jou'],
    // effect: others turned on them, "je kon ... niet meer", sleepless nights, their thing "viel
    // daardoor ...", alone in a verb-final clause, formal "u heeft", verb-final modal perfect,
    // "had daarna niemand meer", "sindsdien wegblijft", "daardoor ... kon", "daardoor gepest werd"
    ['namesEffect', 'met', 'ik heb over je geroddeld. op kantoor lachte iedereen daardoor om jou'],
    ['namesEffect', 'met', 'ik heb je vader uitgescholden. je kon hem daarna niet meer in de ogen kijken'],
    ['namesEffect', 'met', 'sorry. ik weet dat je er weken slecht van hebt geslapen'],
    ['namesEffect', 'met', 'ik was dronken op jullie feest en jullie speech viel daardoor in duigen. sorry'],
    ['namesEffect', 'met', 'sorry dat ik niet kwam. ik weet dat je de hele avond alleen aan de bar stond'],
    ['namesEffect', 'met', 'het spijt mij dat ik niet reageerde. u heeft daardoor weken moeten wachten'],
    ['namesEffect', 'met', 'sorry dat ik je sleutel hield, ik weet dat jij die nacht bij je zus hebt moeten slapen'],
    ['namesEffect', 'met', 'sorry dat ik je uit het team zette. je had daarna niemand meer om mee te trainen'],
    ['namesEffect', 'met', 'sorry dat ik dat zei, ik weet dat je sindsdien wegblijft van de club'],
    ['namesEffect', 'met', 'sorry dat ik je geld hield, ik weet dat je daardoor je rekeningen niet kon betalen'],
    ['namesEffect', 'met', 'sorry dat ik die video deelde en dat hij daardoor gepest werd'],
    // change: a fronted future time then verb-second with "ik", "ik ... nooit meer", "dat beloof ik",
    // a standing order set up, "vanaf maandag", "elke week"
    ['doesDifferently', 'met', 'sorry dat ik je uitlachte. zaterdag zeg ik tegen het team dat ik fout zat'],
    ['doesDifferently', 'met', 'sorry voor de herrie. volgende week kom ik het met u bespreken'],
    ['doesDifferently', 'met', 'ik heb je feest overgeslagen, sorry. ik sla nooit meer een verjaardag van je over'],
    ['doesDifferently', 'met', 'ik heb gelogen. ik lieg niet meer tegen je, dat beloof ik'],
    ['doesDifferently', 'met', 'ik betaalde steeds te laat. ik heb een automatische betaling ingesteld'],
    ['doesDifferently', 'met', 'sorry voor alles. ik ga vanaf maandag naar een coach'],
    ['doesDifferently', 'met', 'ik heb je steeds vergeten te bellen. ik bel je voortaan elke zondag'],
    ['doesDifferently', 'missing', 'sorry. zaterdag was ik gewoon te moe'],
    // vague: how I behaved, all I did to you, my part in it, "fout gedaan", a rotten friend
    ['namesAct', 'flagged', 'het spijt me van hoe ik me heb opgesteld'],
    ['namesAct', 'flagged', 'sorry voor alles wat ik jou heb aangedaan'],
    ['namesAct', 'flagged', 'excuses voor mijn rol in die hele ruzie'],
    ['namesAct', 'flagged', 'ik heb echt fout gedaan, sorry'],
    ['namesAct', 'flagged', 'ik was een rotvriendin, dat weet ik'],
    ['ownsIt', 'met', "'t Deit mich leid, ich höb 't verpest"],
    // the act: a formal misdeed "het was onjuist van mij om ..."
    ['namesAct', 'met', 'het was ongepast van mij om uw salaris te noemen op de borrel'],
    ['ownsIt', 'flagged', 'sorry dat ik tegen je uitviel, ik had echt een slechte dag'],
    ['doesDifferently', 'met', 'ik heb over je geroddeld. ik roddel nooit meer over jou'],
    ['namesEffect', 'met', 'sorry dat ik de bestelling vergat. je had daardoor niks te eten op je feest'],
    ['namesAct', 'flagged', 'ik heb verkeerd gedaan, sorry'],
    ['ownsIt', 'met', 'ik heb verkeerd gedaan, sorry'],
    ['namesAct', 'flagged', 'het spijt me van alles wat er door mij tussen ons is scheefgegaan'],
    ['ownsIt', 'met', 'het spijt me van alles wat er door mij tussen ons is scheefgegaan'],
    ['namesAct', 'missing', 'sorry als je het idee had dat ik je negeerde'],
    ['ownsIt', 'flagged', 'sorry dat ik je bijnaam rondvertelde, maar iedereen zei hem toen'],
    ['namesEffect', 'met', 'ik heb je brief laten liggen, dat uw aanvraag daardoor de hele maand bleef liggen. excuses'],
    ['namesEffect', 'met', 'ik heb je verraden en jij hebt je daardoor lang eenzaam gevoeld. sorry'],
    ['asksNothing', 'flagged', 'sorry dat ik wegliep. wil je er samen nog eens over praten?'],
    // voice-to-text with no question mark: "mag ik je ... zien" mid-sentence
    ['asksNothing', 'flagged', 'sorry dat ik je feest miste mag ik je volgende week een keer zien'],
  ])('%s is %s in "%s"', (id, state, text) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it.each([
    // blame quoted as the writer's own deed is owned, not shifted
    'het spijt me dat ik riep dat het jouw schuld was dat de vakantie mislukte',
    'Op je verjaardag heb ik tegen je zus gezegd dat je lui bent. Het spijt me.',
    'sorry dat ik je feest miste. wil je dat ik je cadeau kom brengen?',
    'het spijt me dat ik je fiets kapot maakte. kan ik iets voor je doen?',
    'sorry dat ik zo uitviel tegen je. hoe gaat het nu met je?',
    'sorry dat ik je uitschold op je feest. ik had niks gedronken, ik was gewoon gemeen',
    'het spijt me dat ik je geld leende en het niet terugbetaalde. jij had het zelf nodig en ik wist dat',
    'sorry dat ik er niet was. ik weet hoe belangrijk die dag voor je was',
    'sorry dat ik je uitlachte. ik had daar echt een rotgevoel over, de hele week',
  ])('raises no flag on the sound apology "%s"', (text) => {
    const flagged = checkApology(text, nl.apology, nl.grammar).items.filter((item) => item.state === 'flagged');
    expect(flagged.map((item) => item.id)).toEqual([]);
  });
});

// The guard of round 15: a sorry is not called general when the text has the shape of a deed
// the act phrases miss (namesAct.deeds, read by ownedWithoutAct since round 15). The act is not
// counted as met either, so these are "missing", not "flagged"; a sorry with no deed in it
// stays general. Written for this test, in words the act phrases do not know.
describe('the Dutch apology checklist does not call a sorry general when a deed is named (round 15)', () => {
  it.each([
    // a fronted "wat/hoe ik ..." clause, judged
    'Wat ik met jouw dagboek deed, was gemeen. Het spijt me.',
    'Hoe ik je bij de kassa afblafte, was onaardig. Sorry.',
    'Hoe ik tegen je uitviel, was onnodig. Sorry.',
    // a "dat ik ..." clause with its verb at the end
    'Dat ik je jas zonder te vragen meenam, het spijt me.',
    'Dat ik zonder iets te zeggen je jas meenam, sorry.',
    // a first-person perfect with an object
    'Ik heb jouw planten laten verdorren. Het spijt me.',
    // a habit of my own, with steeds, telkens or altijd
    'Ik schoof altijd de rekening naar jou toe. Het spijt me.',
    'Ik schoof telkens mijn klusjes naar jou door. Sorry.',
    // a first-person verb of any form, a thing of theirs, and where it went
    'Ik smeet je sleutels in de gracht. Sorry.',
    'Ik smeet de deur voor je neus dicht. Het spijt me.',
    // regret of a named thing: "spijt van die ..."
    'Spijt van die foto op Instagram.',
  ])('"%s" is not a general sorry', (text) => {
    expect(stateOf(text, 'namesAct')).not.toBe('flagged');
  });

  it.each([
    'Het spijt me.',
    'Sorry voor alles.',
    'Ik heb het verpest.',
    'Ik was een slechte vriend.',
    'Sorry voor hoe ik me gedragen heb.',
    'Het spijt me van wat ik deed.',
    'Wat ik deed, was gemeen. Sorry.',
    'Hoe ik me gedroeg, was laf. Sorry.',
    'Ik had het moeten weten. Sorry.',
    'Ik heb het nooit zo bedoeld. Sorry.',
    'Ik heb altijd van je gehouden. Sorry.',
    'Ik was altijd zo afwezig. Sorry.',
    'Sorry, ik gedroeg me als een idioot.',
    'Ik voelde me schuldig. Sorry.',
    'Ik dacht steeds aan mezelf. Sorry.',
    'Sorry. Ik zat in een rare periode.',
    'Het spijt me van alles wat er gebeurd is.',
    'Spijt van die ruzie om het geld.',
  ])('"%s" is still a general sorry', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('flagged');
  });
});

// Round 15, blame: the other as the subject of a harming verb in any tense and any word order
// (a clause with its verb last, a harm done on purpose as an infinitive, a harm in progress),
// abuse named as such, "ik kreeg de schuld", and dialect "door oe". Paraphrases written for this
// test; the kind look-alikes share their words.
describe('the Dutch gentle check reads blame in any word order (round 15)', () => {
  it.each<[GentleKind, string]>([
    // a clause with its verb last
    ['blame', 'ik weet dat jij me toen gewoon hebt laten stikken'],
    ['blame', 'iedereen zag hoe u ons hebt laten zitten'],
    ['blame', 'sinds jij me op kantoor zwartmaakte praat niemand meer met me'],
    ['blame', 'op het feest, toen je me uitschold, stond ik daar maar'],
    ['blame', 'nadat jij mij bij de buren voorloog'],
    ['blame', 'ik kan niet doen alsof jij me niet hebt vernederd'],
    // any tense of a harming verb
    ['blame', 'je hebt ons gewoon belazerd met die auto'],
    ['blame', 'u heeft mijn vader ronduit gekleineerd'],
    ['blame', 'jullie hebben me keihard genaaid'],
    ['blame', 'jij hebt ons dit aangedaan'],
    ['blame', 'u hebt mijn moeder zoiets aangedaan'],
    ['blame', 'je doet me dit aan op mijn verjaardag'],
    // on purpose, as an infinitive
    ['blame', 'je deed het expres om me te vernederen'],
    ['blame', 'je was er gewoon op uit om ons te pesten'],
    ['blame', 'bewust koos je ervoor mij buiten te sluiten'],
    // in progress or kept up
    ['blame', 'jij zat de hele avond de sfeer te verzieken'],
    ['blame', 'je bent echt alles aan het verpesten met je gezeur'],
    ['blame', 'jij bleef ons maar kleineren op dat feest'],
    // abuse named, a fault "van jou", the blame that landed on me, dialect
    ['blame', 'dat is pure manipulatie van jouw kant'],
    ['blame', 'wat een emotionele chantage van je kant'],
    ['blame', 'jouw reactie was ronduit kleinerend'],
    ['blame', 'je berichten waren gewoon beledigend'],
    ['blame', 'jij bent gewoon een manipulator'],
    ['blame', 'de schuld van jou, niet van mij'],
    ['blame', 'jij begon te schreeuwen en ik kreeg de schuld'],
    ['blame', 'u liet de deur open en ik draaide ervoor op'],
    ['blame', 'ik kreeg weer de schuld van jouw fouten'],
    ['blame', 'door oe is alles misgegaan'],
    ['blame', 'deur oe bin ik alles kwiet'],
    // the order to admit it is pressure too
    ['pressure', 'erken nou eens dat je fout zat'],
    ['pressure', 'kijk eerst eens eerlijk naar jezelf'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'je hebt me nooit in de steek gelaten',
    'dat je me nooit hebt laten vallen, vergeet ik nooit',
    'ik denk niet dat jij dit hebt veroorzaakt',
    'toen je me hielp, voelde ik me minder gekwetst',
    'ik was bang om je te kwetsen',
    'je deed het niet om me te kwetsen',
    'jij bent niet alles aan het verpesten hoor',
    'je zat me de hele avond aan het lachen te maken',
    'je bent geen narcist hoor',
    'jouw reactie was helemaal niet kleinerend',
    'het is niet de schuld van jou',
    'door oe heb ik weer plezier in het leven',
    'kijk eens naar jezelf in de spiegel, wat ben je mooi',
    'erken gewoon je eigen kracht',
    'ruim je troep maar op als je tijd hebt',
  ])('raises no blame on "%s"', (text) => {
    expect(kinds(text)).not.toContain('blame');
  });

  it('keeps an order about your mess an order, not blame', () => {
    expect(kinds('haal je troep uit de gang')).toEqual(['pressure']);
  });
});

// Round 15, the past, ultimatums and urgency: a wrong left "unsaid" while saying it, the same
// thing again ("in een nieuw jasje", "een herhaling van"), "ik hoef je niet te vertellen wat er
// gebeurde", "het ging met X precies zo", "je doet het weer"; a sanction after a deadline
// ("daarna hoef je ... niet meer"), "je bent dood voor mij", "zonder excuus kom ik niet",
// "nog zo'n ... en je kunt ..."; a plan stated as an order with a time, a demand with a day.
describe('the Dutch gentle check reads the past, ultimatums and deadlines in new words (round 15)', () => {
  it.each<[GentleKind, string]>([
    ['past', 'en dan heb ik het nog niet over die ruzie op de camping gehad'],
    ['past', 'dan had ik het nog niet eens over het geld van oma'],
    ['past', 'en dan zwijg ik nog over je gedrag op mijn bruiloft'],
    ['past', 'om nog maar te zwijgen over je verjaardag van vorig jaar'],
    ['past', 'dit is de ruzie van vorig jaar in een nieuw jasje'],
    ['past', 'het is gewoon een herhaling van die toestand uit 2019'],
    ['past', 'ik heb een déjà vu, zo ging het vorige zomer ook'],
    ['past', 'ik hoef je toch niet te vertellen wat er op die camping gebeurde'],
    ['past', 'moet ik je er nog even aan herinneren hoe dat vorig jaar ging'],
    ['past', 'het ging met de verhuizing precies zo'],
    ['past', 'bij mijn verjaardag ging het net zo'],
    ['past', 'zoals met die lening, weet je wel'],
    ['past', 'net als bij dat etentje van mijn zus'],
    ['past', 'en nu flik je het alweer'],
    ['past', 'dan deed je dat opnieuw'],
    ['ultimatum', 'na vrijdag hoef je niet meer te bellen'],
    ['ultimatum', 'daarna hoeft het voor mij niet meer'],
    ['ultimatum', 'erna kun je het niet meer goedmaken'],
    ['ultimatum', 'als jij zo doorgaat, gaat het tussen ons net zo mis'],
    ['ultimatum', 'nog een keer zo\'n opmerking en je bent lucht voor me'],
    ['ultimatum', 'en dan ben je een vreemde voor mij'],
    ['ultimatum', 'zonder een sorry van jou ga ik niet naar de bruiloft'],
    ['ultimatum', 'zonder uitleg betaal ik niks'],
    ['ultimatum', 'als u niet reageert, annuleer ik het contract'],
    ['ultimatum', 'als jullie niet meedoen, zeg ik de reis af'],
    ['ultimatum', 'nog zo\'n streek en je kunt je spullen komen halen'],
    ['ultimatum', 'nog één afzegging en je kunt je sleutel inleveren, voorgoed'],
    ['urgency', 'vanavond om acht uur sta je voor de deur'],
    ['urgency', 'morgen om tien bel je me'],
    ['urgency', 'zaterdag om twee, bij het station, en wees er'],
    ['urgency', 'ik wil vandaag nog een verklaring'],
    ['urgency', 'morgen wil ik het geld terugzien'],
    ['urgency', 'als de huur er maandag niet is, stap ik naar de rechter'],
    ['urgency', 'dus je belt haar vandaag nog'],
    ['urgency', 'Z.s.m. terugbellen graag.'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'en dan heb ik het nog niet eens over je heerlijke taart gehad',
    'dit is ons feest van vorig jaar in een nieuw jasje, wat leuk',
    'ik hoef je niet te vertellen hoe blij ik met je ben',
    'met de verhuizing ging het precies zo soepel',
    'doe je dat weer met die lekkere soep?',
    'zoals met die mooie vakantie, weet je nog',
    'moet ik je eraan herinneren dat we morgen eten?',
    'morgen wil ik het even rustig aan doen',
    'zaterdag wil ik die film zien met jou',
    'morgen om acht uur ben ik bij je, gezellig',
    'morgen om tien ben je er toch ook?',
    'ik wil vanavond een film kijken',
    'ik verwacht morgen een pakketje',
    'dus je komt morgen gezellig eten',
    'zonder jouw hulp kan ik het niet',
    'zonder excuus kan ik niet slapen',
    'als je niet kunt, regel ik het wel',
    'als je niet komt, zeg ik het tegen oma zodat ze niet wacht',
    'nog één nachtje en je kunt je cadeautjes komen halen',
    'je bent niet niks voor mij',
    'na vrijdag hoef je niet meer te werken, lekker vakantie',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 15, narrower exceptions: a kind word cancels blame only where it makes the sentence kind.
// Where the kind thing is lost or negated ("mijn beste vriendin kwijt", "niet meer gelukkig",
// "thuis zonder baan", "alleen maar zorgen"), the blame stands ("despite" in gentle.json); relief
// ("door jou ben ik niet meer alleen", "mijn angst kwijt") stays kind.
describe('the Dutch gentle check: a kind word lost is no kindness (round 15)', () => {
  it.each([
    'door jou ben ik mijn beste vriendin kwijt',
    'door jou heb ik nu alleen maar zorgen',
    'door jou zit ik thuis zonder baan',
    'door jou kan ik niet meer lachen',
    'door jouw leugens ben ik mijn vriendschap met Sanne kwijt',
    'door jou heb ik geen plek meer om te wonen',
    'door jou zijn we niet meer samen',
    'door jou ben ik niet meer gelukkig',
    'dankzij jou is mijn huwelijk kapot',
    'door jouw geroddel is mijn plek in de club weg',
    'omdat jij niet kwam, stond ik op mijn eigen feest alleen',
    'jij hebt mijn verjaardag gewoon overgeslagen',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'door jou heb ik geen zorgen meer',
    'dankzij jou ben ik gelukkig',
    'dankzij jou voel ik me weer veilig',
    'door jou heb ik mijn plek gevonden',
    'door jou was mijn verjaardag een feest',
    'dankzij jou ben ik mijn schulden kwijt en weer blij',
    'door jou ben ik niet meer alleen',
    'door jou ben ik mijn angst kwijt',
    'dankzij jou ben ik nooit meer eenzaam',
    'dankzij jullie was het feest niet alleen leuk maar ook gezellig',
    'dankzij jou heb ik weer vrienden',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 15, Limburgish: "doe" is "jij" before a second-person verb ("doe höbs", "doe bis",
// "doe moos"), the order "doe" elsewhere; Limburgish verbs and words read as their Dutch ones.
describe('the Dutch gentle check reads Limburgish "doe" as the subject, not the order (round 15)', () => {
  it.each<[GentleKind, string]>([
    ['blame', 'doe höbs alles verpest'],
    ['blame', 'doe höbs mich in de steek gelaote'],
    ['blame', 'doe höbs mich belachelijk gemaak op de verjaordaag'],
    ['past', 'doe bis altied te laat'],
    ['pressure', 'doe moos mich ins belle'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each(['doe normaal, jóng, ich höb dich gemis', 'doe de groete aan dien moder', 'doe maar rustig aan'])('raises no blame or past on "%s"', (text) => {
    expect(kinds(text)).not.toContain('blame');
    expect(kinds(text)).not.toContain('past');
  });
});

// Round 15, one way to say a general sorry: Dutch now calls a bare owning general through
// ownedWithoutAct, as English does (the catch-all flag on any sorry word is gone), so an
// admission without "sorry" ("ik neem de volle verantwoordelijkheid", "het lag aan mij") is read
// too. A bare self-judgement owns it but names no deed ("ik heb er een puinhoop van gemaakt",
// "ik heb jullie tekortgedaan", "ik ben over de grens gegaan"); a deed after it, a fault with its
// clause, "mijn afwezigheid bij ...", or the deed told as the other's wait, is not general.
describe('the Dutch apology checklist reads a bare owning and a self-judgement as general (round 15)', () => {
  it.each([
    'Ik heb er echt een puinhoop van gemaakt.',
    'Ik was helemaal verkeerd bezig.',
    'Ik heb jullie echt tekortgedaan.',
    'Ik ben echt over de grens gegaan.',
    'Sorry voor alles wat ik de afgelopen maanden gedaan heb.',
    'Ik ben bepaald niet trots op hoe ik me gedragen heb.',
    'Ik neem de volle verantwoordelijkheid.',
    'Het lag gewoon aan mij.',
    'Mijn schuld, echt.',
    'Ik was een waardeloze vriendin voor je.',
    'Ik vind mezelf een vreselijk mens.',
    'Dat komt allemaal op mijn conto.',
  ])('"%s" owns it and is a general sorry', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('met');
    expect(stateOf(text, 'namesAct')).toBe('flagged');
  });

  it.each([
    'Ik heb het feest verpest, sorry.',
    'Sorry voor wat ik tegen je moeder heb gezegd.',
    'Ik heb een puinhoop gemaakt van je verjaardag, sorry.',
  ])('"%s" names the act', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('met');
  });

  it.each([
    'Ik ben te ver gegaan met die grap over je vader.',
    'Het was mijn fout dat de hond ontsnapte.',
    'Excuses voor mijn afwezigheid op je afscheidsfeest.',
    'Je hebt maanden op een telefoontje van mij gewacht. Ik schaam me.',
    'Ik heb de fiets van je broer zonder te vragen geleend, dat was niet oké van me.',
  ])('"%s" is not a general sorry', (text) => {
    expect(stateOf(text, 'namesAct')).not.toBe('flagged');
  });
});

// Round 15, hedges of every shape and an act told as a story: a condition after the sorry
// ("voor zover", "als dat is wat je wilt horen"), the blame shared ("we hebben allebei schuld"),
// a corporate "eventuele misverstanden", the other's reading of it ("op jouw manier beleefd"),
// the cause put outside after "maar" or "alleen" however long the sorry before it; and "wat ik
// op/bij/tegen ... zei, ..., was vals" names the act.
describe('the Dutch apology checklist reads hedges of every shape and a told act (round 15)', () => {
  it.each([
    'Mijn excuses, voor zover ik je gekwetst heb.',
    'Sorry hoor, als je dat zo nodig wilt horen.',
    'Het spijt me, maar we hadden allebei een aandeel in die ruzie.',
    'Het lag aan ons allebei, sorry.',
    'Het spijt me, al vind ik dat we allebei schuld hebben.',
    'Wij betreuren het eventuele ongemak.',
    'Excuses voor de mogelijke verwarring.',
    'Het spijt me dat je mijn verjaardagsspeech op die manier hebt opgevat.',
    'Sorry dat ik niet kwam, maar mijn werk liet me gewoon niet gaan.',
    'Sorry dat ik er niet was, maar ik kon echt niet weg.',
    'Het doet me leed dat ik niet kwam, maar de trein reed niet.',
    'Sorry dat ik je uitschold, alleen had jij mij eerst uitgelachen.',
  ])('"%s" is hedged', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });

  it.each([
    'Sorry, als ik iets kan doen, laat het weten.',
    'Het spijt me dat ik je verjaardag vergat. Als je wilt praten, bel me.',
    'Ik verontschuldig me voor mijn gedrag op je feest.',
    'Sorry, en we hebben allebei genoten van die avond.',
  ])('"%s" owns it without a hedge', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });

  it.each([
    'Wat ik op de verjaardag van je moeder over haar zei, was respectloos. Sorry.',
    'Wat ik in de groepsapp over je nieuwe vriend schreef, was laag. Het spijt me.',
    'Wat ik tijdens het etentje tegen je riep was onnodig. Sorry.',
  ])('"%s" names the act', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('met');
  });

  it('still calls "wat ik deed, was gemeen" general', () => {
    expect(stateOf('Wat ik deed, was gemeen. Sorry.', 'namesAct')).toBe('flagged');
  });
});

// Round 15, what I'll do told in other words: a step already arranged ("ik heb geregeld dat",
// "een herinnering gezet om", "een automatische overschrijving"), time kept free "voor jou", a
// promise in the present ("ik praat niet meer over jou", "stuur ik jou een kopie", chat "kzet ...
// vandaag"), "volgende keer ben ik er"; a thing of theirs kept, and "ik geef toe dat ik ... nooit
// had mogen ..." name the act and own it.
describe('the Dutch apology checklist reads a change and an admission in other words (round 15)', () => {
  it.each([
    'Sorry dat ik steeds te laat betaalde. Ik heb met de bank afgesproken dat het voortaan op de eerste gaat.',
    'Ik heb een wekker gezet om je elke vrijdag te bellen.',
    'Sorry. Er staat nu een vaste overboeking van 50 euro klaar.',
    'Sorry voor de gemiste etentjes. Elke eerste zondag van de maand hou ik vrij voor jou.',
    'Sorry voor dat gedoe. Ik roddel niet meer over je met de buren.',
    'Ik heb je berichten genegeerd. Van nu af aan app ik jou elke avond even terug.',
    'Sorry dat ik je blokkeerde. kzet je vandaag weer in mijn lijst.',
    'Sorry dat ik er niet was. De volgende keer sta ik er, wat er ook gebeurt.',
  ])('"%s" says what I will do differently', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    'Het spijt me dat ik mijn zus niet meer bij jullie liet logeren.',
    'Volgende week ben ik op vakantie, sorry.',
    'Ik heb altijd van je gehouden. Sorry.',
  ])('"%s" makes no promise', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('missing');
  });

  it.each([
    'Ik heb je fiets weken gehouden terwijl je hem nodig had. Daar schaam ik me voor.',
    'Ik geef toe dat ik die brief van jou nooit had mogen openen.',
  ])('"%s" names the act and owns it', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('met');
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });
});

// Round 15, blame beyond the corpus: harm told as an idiom ("te kijk gezet", "aan het lijntje
// gehouden", "tot een hel gemaakt"), a lie told about me, a theft, "dat vergeef ik je nooit",
// "jouw leugens hebben ons uit elkaar gedreven", a consequence I bore ("kreeg ik op mijn kop"),
// and a kind word negated after it ("durf ik niemand meer te vertrouwen").
describe('the Dutch gentle check reads blame told as an idiom or a consequence (round 15)', () => {
  it.each([
    'je hebt me bij al je vrienden te kijk gezet',
    'u heeft ons jaren aan het lijntje gehouden',
    'jullie hebben haar gewoon in de maling genomen',
    'je hebt mijn studietijd tot een hel gemaakt',
    'jij hebt me het leven zuur gemaakt',
    'je loog over mij tegen de hele klas',
    'jij hebt mijn spaarpot gewoon gejat',
    'u heeft mijn vader opgelicht',
    'wat je toen deed, dat vergeef ik je nooit',
    'jouw geroddel heeft de familie uit elkaar gedreven',
    'doordat jij de deur open liet, kreeg ik een boete',
    'door jouw streken durf ik niemand meer te vertrouwen',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'je loog nooit tegen mij, dat waardeer ik',
    'je hebt mijn leven tot een feest gemaakt',
    'omdat jij belde, kreeg ik de baan',
    'door jou durf ik weer iedereen te vertrouwen',
    'je kwam me ophalen toen mijn fiets gestolen was, dat vergeet ik nooit',
    'ik vergeef je, echt',
  ])('raises no blame on "%s"', (text) => {
    expect(kinds(text)).not.toContain('blame');
  });
});

// Round 15, the past beyond the corpus: "je hebt dit eerder gedaan", "dit doe je nou al jaren",
// "sinds de brugklas flik je me dit soort dingen", "de derde keer dit jaar", "zoals je toen bij
// mijn afscheid ook deed", "een oud patroon"; a question about experience, skill and a second
// kindness stay quiet.
describe('the Dutch gentle check reads the past as a habit or a count (round 15)', () => {
  it.each([
    'je hebt dit al eerder gedaan, met mijn broer',
    'dat doe je toch al jaren',
    'sinds de middelbare school lap je me dat soort dingen',
    'dit is al de vijfde keer deze maand',
    'net als je toen op mijn bruiloft ook deed',
    'het is weer je typische trucje',
  ])('finds past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'je hebt dit eerder gedaan, dus jij weet precies hoe het moet',
    'heb je dit al eens eerder gedaan?',
    'dit doe je nou al jaren zo goed',
    'dit is de derde keer dat we samen op vakantie gaan',
    'het is de tweede keer dat je me helpt, dank je',
    'net als je toen op mijn bruiloft deed, hielp je me enorm',
    'dit is het vaste riedeltje van de kerstmarkt, gezellig',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 15, ultimatums beyond the corpus: a choice between people ("kies: ik of je moeder"),
// "verander of ga", "als dit zo doorgaat, stop ik ...", "zonder sorry geen bruiloft", the sanction
// before its condition ("ik trek me terug als je niet verandert"), exposure as the sanction ("zeg
// ik het tegen iedereen"); a choice between things, the weather and a wish stay quiet.
describe('the Dutch gentle check reads ultimatums beyond the corpus (round 15)', () => {
  it.each([
    'kies maar: je vrienden of mij',
    'kies nou, ik of die nieuwe vriendin van je',
    'verander of vertrek.',
    'als dit zo doorgaat, verbreek ik het contact',
    'als het weer gebeurt, is het voorbij',
    'zonder excuses geen verjaardagsfeest',
    'we stoppen ermee als je zo doorgaat',
    'als je niet betaalt, post ik die appjes online',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'kies maar: pizza of pasta',
    'blijf of ga, ik vind alles goed',
    'zonder jou geen feest',
    'ik stop ermee als je niet wilt',
    'als het zo doorgaat met regenen, stop ik met de training',
    'als je niet kunt, zeg ik het tegen de anderen',
  ])('raises no ultimatum on "%s"', (text) => {
    expect(kinds(text)).not.toContain('ultimatum');
  });
});

// Round 15, a deed told as a story is not called general: a fronted time or place and then the
// deed in verb-second order ("die avond in de kroeg noemde ik je een loser", "toen je ziek was,
// kwam ik niet één keer langs", "op je verjaardag zat ik de hele avond op mijn telefoon"),
// standing by ("ik stond erbij en zei niks toen ..."). A fronted thought or sight stays general.
describe('the Dutch apology checklist does not call a deed told as a story general (round 15)', () => {
  it.each([
    'Op de bruiloft van je zus noemde ik je vriend een sukkel. Het spijt me.',
    'Na de uitvaart van je vader belde ik je niet één keer. Sorry.',
    'Tijdens je presentatie zat ik de hele tijd op mijn telefoon te kijken. Het spijt me.',
    'Ik keek toe en deed niks toen ze je uitscholden. Sorry.',
  ])('"%s" is not a general sorry', (text) => {
    expect(stateOf(text, 'namesAct')).not.toBe('flagged');
  });

  it.each(['Vaak dacht ik aan je. Sorry.', 'Toen ging ik naar huis. Het spijt me.', 'Het spijt me. Toen wist ik niet beter.'])(
    '"%s" is still a general sorry',
    (text) => {
      expect(stateOf(text, 'namesAct')).toBe('flagged');
    },
  );
});

// Round 15, asks in polite words: a wish that they act ("ik zou het fijn vinden als je me
// terugbelt") and asking for reassurance ("je bent toch niet meer boos, hè"); understanding their
// anger asks nothing.
describe('the Dutch apology checklist reads asks in polite words (round 15)', () => {
  it.each([
    'Sorry dat ik je feest miste. We zouden het heel fijn vinden als je zondag langskomt.',
    'Sorry voor de herrie. Ik zou het fijn vinden als u even reageert.',
    'Sorry dat ik loog. Je bent hopelijk niet meer boos op me?',
  ])('"%s" asks something back', (text) => {
    expect(stateOf(text, 'asksNothing')).toBe('flagged');
  });

  it.each(['Sorry dat ik loog. Ik snap dat je boos bent.', 'Sorry, ik zou het begrijpen als je niet meer wilt praten.'])(
    '"%s" asks nothing',
    (text) => {
      expect(stateOf(text, 'asksNothing')).toBe('met');
    },
  );
});

// Talking "about today" is the ground rule the placeholder itself suggests and the way back from
// the past that the "past" note offers; it sets no deadline.
describe('the Dutch gentle check hears "over vandaag" as a subject, not a deadline (round 16)', () => {
  it.each(['We praten over vandaag. Ieder van ons mag pauzeren.', 'Laten we het over vandaag hebben.', 'We spreken over vandaag, niet over toen.'])(
    'raises nothing on "%s"',
    (text) => {
      expect(kinds(text)).toEqual([]);
    },
  );

  it.each(['Laat vandaag nog iets van je horen.', 'Ik wil vandaag een antwoord, dan praten we over morgen.'])('still finds the deadline in "%s"', (text) => {
    expect(kinds(text)).toContain('urgency');
  });
});

// Round 16: three blind writers' sets joined the tuning part, and the rules flagged kind lines
// the old shapes could not tell apart. Each shape below is read by a general mechanism, not a
// line: a thankful memory (a memory word with a supportive deed or thanks) is no weapon; 'je'
// after a preposition, a third-person subject or a -t verb is an object or a possessive, so
// "altijd"/"nog steeds" near it is praise or care; a demand, deadline or threat released in its
// own sentence ("maar het hoeft niet", "nu meteen hoeft er niks", "of ik breng het", "anders is
// het ook goed", a last chance offered or gone by) stays quiet. Recall grew by shapes: pressure
// told politely or as a norm (pressure.expect), blame as a burden or a consequence
// (blame.burden), the past by comparison, a list, a grudge or a chance given (past.echo with
// the class #onrecht), ultimatums with a sanction in verb-first order, deadlines by an event.
// Every case is a paraphrase written for this test, not a corpus line.
describe('the Dutch gentle check reads the shapes behind sets 16a and 16b (round 16)', () => {
  it.each<[GentleKind, string]>([
    ['past', 'Ik zal nooit vergeten hoe jij me op mijn verjaardag liet zitten.'],
    ['past', 'Ik weet nog goed hoe je mijn moeder uitlachte toen ze viel.'],
    ['past', 'Jij was altijd degene die mij afkraakte waar iedereen bij was.'],
    ['past', 'Je bent altijd de eerste die klaagt.'],
    ['pressure', 'Je moet niet zo zeuren en gewoon antwoorden.'],
    ['urgency', 'Nu meteen bellen, het kan niet wachten.'],
    ['urgency', 'Bel me nu nog.'],
    ['ultimatum', 'Geef het terug of ik stuur het naar je baas.'],
    ['ultimatum', 'Zeg sorry, anders is het voorbij.'],
    ['ultimatum', 'Dit is je laatste kans om het goed te maken.'],
    ['ultimatum', 'Zeg het zelf tegen Mark of ik doe het.'],
    ['pressure', 'Ik verwacht toch minstens een antwoord op mijn mail.'],
    ['pressure', 'k verwacht wel n reactie eh, nie gwn een hartje'],
    ['pressure', 'Ik verwacht, Marleen, dat je deze keer wel komt opdagen.'],
    ['pressure', 'Je zult begrijpen dat ik uitleg van je verwacht.'],
    ['pressure', 'Ik heb recht op een eerlijk antwoord.'],
    ['pressure', 'Ik vind echt dat je je broer je excuses moet aanbieden.'],
    ['pressure', 'Mijn vader zegt ook dat je het met oom Kees moet goedmaken.'],
    ['pressure', 'Breng de ladder terug, dat is wel het minste.'],
    ['pressure', 'U levert de sleutels in bij de balie, zoals het hoort.'],
    ['pressure', 'Het zou je sieren als je eens sorry zei.'],
    ['pressure', 'Het zou wel zo netjes zijn als je even reageerde.'],
    ['pressure', 'Je ruimt die schuur op, daar valt niet over te onderhandelen.'],
    ['pressure', 'Sta eens stil bij wat je met je gedrag hebt gedaan.'],
    ['pressure', 'Denk maar eens goed na over hoe je je op de bruiloft gedroeg.'],
    ['pressure', 'Daar mag je best eens over nadenken.'],
    ['pressure', 'Ik nodig je uit om eens eerlijk naar jezelf te kijken.'],
    ['pressure', 'Neem nou eens je verantwoordelijkheid.'],
    ['pressure', 'Je bent je ouders op zijn minst een verklaring schuldig.'],
    ['pressure', 'Dat ben je je zus wel verschuldigd.'],
    ['pressure', 'Lees dit tot het eind en klik het niet meteen weg.'],
    ['pressure', 'Niet weer weglopen he. Gewoon antwoorden.'],
    ['pressure', 'Zeg wat.'],
    ['pressure', 'Geef me één reden waarom ik je nog zou geloven.'],
    ['pressure', 'Breng gewoon mijn boor terug, meer vraag ik niet.'],
    ['pressure', 'Jij zet die fiets gewoon terug in de schuur.'],
    ['pressure', 'Ge komt die kast zelf afmaken.'],
    ['pressure', 'Kun je nou gewoon één keer toegeven dat je fout zat?'],
    ['pressure', 'Je gaat me toch niet eeuwig blijven negeren?'],
    ['pressure', 'Je móét me één keer laten uitpraten.'],
    ['pressure', 'Je mag best eens laten weten dat je nog leeft.'],
    ['blame', 'Jij bent echt de reden dat ik niet meer naar de club durf.'],
    ['blame', 'Jij gaat lekker op vakantie en ik mag jouw rommel op kantoor opruimen.'],
    ['blame', 'Je hebt de auto in de prak gereden en nu mag ik het betalen.'],
    ['blame', 'Al die klussen die ik voor jou heb moeten opknappen, mijn weekend is weg.'],
    ['blame', 'Je liet me gewoon wachten in de regen.'],
    ['blame', 'Jij liet het hek zomaar openstaan en nu zijn de geiten weg.'],
    ['blame', 'Je hebt me laten opdraaien voor jouw schulden.'],
    ['blame', 'Oma was er kapot van dat jij niet kwam.'],
    ['blame', 'Mijn zusje heeft de hele nacht gehuild om wat jij tegen haar zei.'],
    ['blame', 'Je hebt mijn moeder doen huilen.'],
    ['blame', 'Ik heb geen oog dichtgedaan van jouw appjes.'],
    ['blame', 'Jij had het te druk met je nieuwe vriendin.'],
    ['blame', 'Je wist het en je deed niks.'],
    ['blame', 'Ik zat alleen in de wachtkamer terwijl jij lekker op het terras zat.'],
    ['blame', 'Ik stond op de markt met alle spullen omdat jij niet kwam opdagen.'],
    ['blame', 'Sinds jij dat verhaal rondvertelde durf ik niet meer naar de kerk.'],
    ['blame', 'En jij liep voorop toen ze me uitlachten.'],
    ['blame', 'Het is echt jouw toedoen dat het team uit elkaar valt.'],
    ['blame', 'Dat komt allemaal door jouw gestook.'],
    ['blame', 'Je hebt het weten te verpesten met je gezeur.'],
    ['blame', 'Je hebt me ingeruild voor je nieuwe collega\'s.'],
    ['blame', 'Je hebt mijn hele afscheid overschaduwd met je ruzie.'],
    ['past', 'Dit is precies zoals toen met de verhuizing, weet je nog.'],
    ['past', 'Je laat me weer zitten, net zoals je dat vroeger op school ook deed.'],
    ['past', 'Zoals je me ook liet vallen toen ik ziek was.'],
    ['past', 'Je doet nu hetzelfde, zoals die keer op de camping.'],
    ['past', 'Zelfde verhaal.'],
    ['past', 'Dezelfde smoes als destijds met de huur.'],
    ['past', 'En al die andere keren daarvoor ook.'],
    ['past', 'En nu flik je het doodleuk weer.'],
    ['past', 'Zal ik het rijtje eens opnoemen?'],
    ['past', 'Weer een puntje voor het lijstje.'],
    ['past', 'Telkens was je er niet.'],
    ['past', 'Vergeten ben ik het niet.'],
    ['past', 'Mijn moeder vergeet nooit dat je haar op haar verjaardag hebt uitgelachen.'],
    ['past', 'Dat gedoe met de huur ken je vast nog wel.'],
    ['past', 'Jij bent ook degene die mijn fiets heeft gesloopt.'],
    ['past', 'Toen ik op de intensive care lag, was je ook nergens te bekennen.'],
    ['past', 'Ik vond het zo erg dat je toen met oudjaar wegbleef.'],
    ['past', 'Weet je nog wat je toen op de bruiloft over mij zei?'],
    ['past', 'Ik heb je al zoveel kansen gegeven.'],
    ['past', 'Ik heb het je toen al vergeven na de verhuizing, en nu dit.'],
    ['ultimatum', 'Ofwel betaal je je deel, ofwel hoef je niet meer mee op reis.'],
    ['ultimatum', 'Als je blijft liegen, beschouw ik onze vriendschap als voorbij.'],
    ['ultimatum', 'Als je zo doorgaat zet ik je spullen op straat.'],
    ['ultimatum', 'Ik trek mijn handen van je af als je zo doorgaat.'],
    ['ultimatum', 'Bel je niet, dan kun je fluiten naar je verjaardagscadeau.'],
    ['ultimatum', 'Je komt er niet meer in tenzij je je excuses aanbiedt.'],
    ['ultimatum', 'Wil je niet helpen, dan hoeven we ook niet meer samen te koken.'],
    ['ultimatum', 'Kom je niet opdagen, dan mag je je spullen komen halen.'],
    ['ultimatum', 'Stop met dat gedoe of zoek maar een andere vriendin.'],
    ['ultimatum', 'Hou op met dat gezeur of ik leg mijn functie in het bestuur neer.'],
    ['ultimatum', 'Excuses of uit de groep.'],
    ['ultimatum', 'Indien u blijft zwijgen, zal ik daaruit mijn conclusies trekken.'],
    ['ultimatum', 'Als je niet komt, ben je geen getuige meer.'],
    ['urgency', 'Ik wil de auto uiterlijk om zes uur terug.'],
    ['urgency', 'Tegen de kerstmarkt wil ik een antwoord.'],
    ['urgency', 'Laat me voor de vergadering van de vijftiende weten wat je doet.'],
    ['urgency', 'Ik heb die boor vanmiddag nodig.'],
    ['urgency', 'Jij belt haar nog deze avond.'],
    ['urgency', 'Je moet er morgen zijn.'],
    ['urgency', 'Ge zijt me uitleg schuldig, en die wil ik vandaag.'],
    ['urgency', 'Twee dagen geef ik je.'],
    ['urgency', 'Antw vndg.'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Ik zal nooit vergeten hoe jij me door die rotweken na de verhuizing sleepte.',
    'Ik weet nog goed hoe je mijn moeder opving toen ze viel.',
    'Bedankt dat je toen mijn kat hebt verzorgd, dat vergeet ik echt nooit.',
    'ik ben nooit vergeten hoe je mijn hand vasthield in de wachtkamer',
    'Ik weet nog hoe jij me bij de eerste repetitie door de zenuwen heen praatte en me rustig kreeg.',
    'Jij was altijd degene die ons bij elkaar hield op zondag.',
    'Jij bent nog steeds degene die me het best kan laten lachen.',
    'De club ziet je nog steeds als een van de oprichters.',
    'Oma heeft je foto nog altijd op het dressoir staan.',
    'Hoe gaat het met je knie, nog steeds pijn na die val?',
    'Die appeltaart vond jij altijd zo lekker, ik heb hem weer gebakken.',
    'Tante Riet zei nog: die had jij vroeger ook altijd zo graag.',
    'Nu hoeft er nog niks, ik wilde het je alleen laten weten.',
    'Vandaag hoeft het niet, volgende maand mag ook.',
    'Je mag gerust een keer langskomen, maar je moet niet hoor.',
    'Kom gerust op de verjaardag, maar het hoeft niet.',
    'Ik begrijp het als je nu nog verdrietig bent.',
    'Logisch dat je nu nog kwaad bent.',
    'Je jas hangt hier nog, je kunt hem ophalen wanneer het je past, of ik breng hem langs.',
    'Als je zin hebt kom je de planten halen, of ik stuur ze op.',
    'Zin om zaterdag te wandelen? Anders is het ook prima.',
    'ik dacht aan koffie drinken als jij dat ook wil en anders vind ik het ook goed',
    'Laatste kans om nog aardbeien te plukken voor de zomer voorbij is, mocht je trek hebben.',
    'De laatste kans op dat concert is verkeken, maar een biertje kan altijd.',
    'Laatste kans op een stuk taart, wie weet heb je zin.',
    'Ik verwacht dat je het naar je zin gaat hebben in Spanje.',
    'Ik verwacht niet dat je meteen antwoordt.',
    'Ik ga ervan uit dat je het gezellig hebt gehad.',
    'Ik reken erop dat je zaterdag komt, het wordt een leuk feest.',
    'Ik heb recht op een dag vrij, dus ik kom zaterdag.',
    'Ik vind echt dat je trots op jezelf mag zijn.',
    'De dokter zegt dat je moet rusten.',
    'Zo hoort het, een warme soep als het koud is.',
    'Dat is het minste wat ik kan doen na alles wat jij voor mij deed.',
    'Het zou fijn zijn als je langskwam.',
    'Sta er even bij stil hoe ver we samen gekomen zijn.',
    'Denk er rustig over na, neem je tijd.',
    'Ik nodig je uit om bij ons te komen eten.',
    'Je bent me niks schuldig.',
    'Lees het maar wanneer je tijd hebt.',
    'Zeg het maar als je iets nodig hebt.',
    'Kun je me gewoon een keer vertellen hoe het met je gaat? Als je wil.',
    'Je mag best eens trots zijn op jezelf.',
    'Geen gemaar, ik trakteer.',
    'Punt uit, het was mijn fout en niet die van jou.',
    'Jij bent de reden dat ik weer durf te zingen.',
    'Jij bent echt de reden dat ik niet meer bang ben in het donker.',
    'Jij kookt en ik mag de afwas doen, eerlijk verdeeld.',
    'Al die diensten die ik voor jou heb overgenomen deed ik graag.',
    'Je liet me gewoon uitslapen, wat lief.',
    'Oma was er helemaal ondersteboven van dat jij kwam.',
    'Ik heb gehuild van het lachen om wat jij zei.',
    'Je hebt me doen huilen van ontroering met die speech.',
    'Ik heb slecht geslapen, maar niet door jou.',
    'Ik had het te druk met mijn werk, sorry.',
    'Terwijl jij op vakantie was heb ik je planten water gegeven.',
    'Omdat jij niet kon komen heb ik wat taart bewaard.',
    'Sinds jij er bent kan ik niet meer zonder je.',
    'Dat komt door jouw hulp, dankjewel.',
    'Het is mijn verantwoordelijkheid dat het zo gelopen is.',
    'Net als toen met de verhuizing help jij me weer, dankjewel.',
    'Zelfde gezellige avond als toen, zin om het te herhalen?',
    'Telkens was je er weer voor me.',
    'Die avond vergeet ik nooit, wat hebben we gelachen.',
    'Ken je dat liedje nog wel?',
    'Wat jij toen zei heeft me echt geholpen.',
    'Ik heb je een kans gegeven om mee te spelen en je was geweldig.',
    'Jij bent ook degene die altijd de taart bakt.',
    'Toen ik ziek was, was je er elke dag.',
    'Dezelfde jurk als vorig jaar, staat je nog steeds prachtig.',
    'Ofwel kom je zaterdag, ofwel zondag, allebei goed.',
    'Als je niet kunt komen, zet ik een bord eten voor je apart.',
    'Als je niet wil praten, begrijp ik dat.',
    'Je kunt fluiten als de beste.',
    'Kom gerust binnen, tenzij je liever buiten zit.',
    'Wil je niet koken, dan hoeven we ook niet, we bestellen pizza.',
    'Je mag je spullen komen halen wanneer het je uitkomt.',
    'Koffie of thee?',
    'Zijn uiterlijk is erg veranderd.',
    'Ik heb de ladder vanmiddag nodig, maar als het je niet lukt is het ook goed.',
    'Ik heb je gisteren gemist.',
    'Zullen we volgende week afspreken?',
    'Nu?',
    'Nu is het mooi weer.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 16, the apology checklist: a deed told in a "dat ik ... ben/heb" clause after the sorry is
// named, not general ("sorry dat ik ben weggelopen"); a "maar" that turns on myself ("maar ik
// deed niks"), a "maar" only mentioned, and a condition about reading the message ("als je dit
// leest:") are no hedge. A "maar" about them and a "sorry als" still are.
describe('the Dutch apology checklist reads a named deed and a harmless maar or als (round 16)', () => {
  it.each([
    'Sorry dat ik ben weggegaan zonder iets te zeggen.',
    'Het spijt me dat ik zo laat ben gekomen op je feest.',
    'excuses dat ik je boek heb beschadigd',
  ])('"%s" is not a general sorry', (text) => {
    expect(stateOf(text, 'namesAct')).not.toBe('flagged');
  });

  it.each(['Het spijt me echt, ik ben geschrokken van mezelf.', 'Sorry voor alles wat er gebeurd is.'])('"%s" is still a general sorry', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('flagged');
  });

  it.each([
    'Het spijt me dat ik tegen je schreeuwde, ik zag dat je schrok maar ik zei niks.',
    'Ik wilde eerst een zin met een maar erin schrijven. Nee. Het spijt me dat ik je verjaardag vergat.',
    'Als je dit leest: sorry dat ik je zo lang heb laten wachten.',
    'Wanneer je deze brief opent, weet dan dat het me spijt dat ik loog.',
  ])('"%s" owns it without a hedge', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('met');
  });

  it.each(['Sorry dat ik schreeuwde, maar jij begon.', 'Als je dit leest, sorry als ik je gekwetst heb.'])('"%s" is still hedged', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });
});

// Round 16, shapes a next writer may use that the corpus does not hold yet: insisting and a duty
// ('ik sta erop dat je', 'je hebt de plicht om'), nagging with 'nou eindelijk eens', a grudge as
// not forgiving, no longer counting on me, standing alone, a clock-time deadline.
describe('the Dutch gentle check reads nearby shapes beyond the corpus (round 16)', () => {
  it.each<[GentleKind, string]>([
    ['pressure', 'Ik sta erop dat je het haar zelf vertelt.'],
    ['pressure', 'Je hebt de plicht om je zus in te lichten.'],
    ['pressure', 'Wil je nou eindelijk eens reageren op mijn berichten?'],
    ['past', 'Dat heb ik je nooit vergeven.'],
    ['past', 'Ik vergeef je nooit dat je mijn bruiloft hebt overgeslagen.'],
    ['past', 'Ik ben nog steeds boos om wat je toen op mijn verjaardag zei.'],
    ['ultimatum', 'Als je niet komt, hoef je niet meer op mij te rekenen.'],
    ['ultimatum', 'Betaal je niet, dan sta je er alleen voor.'],
    ['urgency', 'Laat het me vóór acht uur weten.'],
    ['urgency', 'Ik wil uiterlijk tien uur een antwoord.'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Ik sta erop dat je blijft eten.',
    'Ik ben blij dat je eindelijk eens vakantie neemt.',
    'Ik heb je allang vergeven.',
    'Ik ben nog steeds blij met wat je toen zei.',
    'Je kunt altijd op mij rekenen.',
    'Je staat er niet alleen voor, ik help je.',
    'Ik ben voor acht uur thuis.',
    'Het duurt twee uur, dus neem de tijd.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 16, a probe of fresh kind notes with the risky words (moet, nu, altijd, nooit, laatste,
// anders, door jou, toen, weer, verwacht), written to hunt false flags: a recommendation ('je moet
// eens die bakker proberen'), my own 'nu' ('ik moet nu even weg') and a last time that is no one's
// threat ('de laatste keer dat de markt is, zin om mee te gaan?') were misread, then read right.
describe('the Dutch gentle check keeps a probe of kind notes quiet (round 16)', () => {
  it.each([
    'Je moet echt eens die nieuwe bakker proberen, hun appeltaart is top.',
    'Ik moet nu even weg, ik bel je morgen.',
    'Nu de kinderen groter zijn heb ik wat meer tijd, misschien kunnen we eens koffie drinken.',
    'Jij was altijd al goed met kinderen, ze zullen je missen op de club.',
    'Je hebt nooit iets verkeerds gedaan in mijn ogen.',
    'Door jou ben ik weer gaan zwemmen, dankjewel.',
    'Ik zal nooit vergeten hoe je die avond voor me kookte.',
    'Weet je nog die zomer aan zee? Wat hebben we gelachen.',
    'Toen ik ziek was, stond jij elke dag met soep voor de deur.',
    'Het is de laatste keer dat de markt dit jaar is, zin om mee te gaan?',
    'Zaterdag is de laatste voorstelling, misschien leuk voor jou.',
    'Als je wil kan ik je ophalen, of je komt zelf, wat jij wilt.',
    'Bel me gerust wanneer het je uitkomt, of niet, dat is ook goed.',
    'Ik verwacht niks van je, ik wilde alleen zeggen dat ik aan je denk.',
    'Je bent me niks verschuldigd, echt niet.',
    'Je hoeft niet meteen te reageren, neem je tijd.',
    'Morgen ben ik de hele dag thuis, mocht je langs willen komen.',
    'Ik heb je oude fiets nog, je mag hem ophalen wanneer je maar wil.',
    'Vandaag kreeg ik je kaartje, wat lief van je.',
    'Het was niet jouw fout, dat wil ik dat je weet.',
    'Sinds jij me hebt geholpen met verhuizen voel ik me hier echt thuis.',
    'Ik denk nog vaak aan die keer dat je me op het station kwam ophalen.',
    'Net als vroeger zaten we weer samen op het bankje, dat was fijn.',
    'Je bent nog steeds mijn beste vriendin, wat er ook gebeurd is.',
    'Ik mis je nog elke dag.',
    'Dit is de derde keer dat ik je kaart lees, zo blij ben ik ermee.',
    'Als je er klaar voor bent, ben ik er.',
    'Ik wacht rustig af, er is geen haast.',
    'Opa vraagt nog altijd naar je, hij vindt je een toffe meid.',
    'Ik heb de foto\'s van de bruiloft nog steeds op mijn bureau staan.',
    'Het spijt me dat het zo gelopen is tussen ons, ik hoop dat het goed met je gaat.',
    'Wanneer je zin hebt, kom je maar, of ik kom naar jou.',
    'Kom je zaterdag ook naar het feest van Ans? Gezellig als je er bent.',
    'Je moet weten dat ik altijd van je ben blijven houden.',
    'Ik ben niet boos, dat was ik ook nooit.',
    'We moeten snel weer eens afspreken.',
    'Laat maar weten wat je wilt, ik vind alles goed.',
    'Ik hoop dat je weer snel beter bent.',
    'Zeg het maar als ik iets voor je kan doen.',
    'Dankzij jouw tip heb ik die baan gekregen.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each<[GentleKind, string]>([
    ['pressure', 'Je moet eens die troep opruimen.'],
    ['ultimatum', 'Dit is de laatste keer dat ik je bel.'],
    ['urgency', 'Je moet nu even luisteren.'],
    ['urgency', 'Ik wil nu een antwoord.'],
  ])('still finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

// Round 16, a second probe of fresh kind notes in other registers (Flemish, formal, texting): praise
// with a superlative ('gij waart altijd de plezantste'), a deadline released in its own clause ('u
// hoeft niet te reageren voor vrijdag'), my own habit 'net als toen ga ik ... bakken', a choice left
// open ('of we bellen, of we zien elkaar, allebei prima'), a good cause ('door jouw geduld'), an
// invitation ('ik verwacht je zaterdag, het eten staat klaar') and a year of good news were misread.
describe('the Dutch gentle check keeps a second probe of kind notes quiet (round 16)', () => {
  it.each([
    'Ge moogt altijd eens binnenspringen, de koffie staat klaar.',
    'Gij waart altijd de plezantste van de bende.',
    'Ik heb da nooit vergeten, hoe ge mij hebt opgevangen na mijn val.',
    'Geachte heer Jansen, graag bevestig ik hierbij dat u van harte welkom bent op de jubileumreceptie.',
    'Mocht u verhinderd zijn, dan hoor ik dat graag, het is geen enkel probleem.',
    'Uiteraard hoeft u niet te reageren voor vrijdag, neem gerust de tijd.',
    'hey!! ff checken of je zaterdag nog komt? geen stress als het niet lukt hoor',
    'haha ja je moet echt die serie kijken, je gaat m geweldig vinden',
    'wollah ik mis je broer, kom snel langs als je tijd hebt',
    'mn moeder vraagt nog steeds naar je, ze zegt dat je altijd welkom bent',
    'Na alles wat we samen hebben meegemaakt, wil ik je laten weten dat je me dierbaar bent.',
    'Vorig jaar om deze tijd zaten we samen op Texel, wat een heerlijke week was dat.',
    'Net als toen ga ik weer een taart voor je verjaardag bakken.',
    'Je hebt me toen zo goed geholpen met de verhuizing, dat vergeet ik nooit.',
    'Anders kom ik wel een keer bij jou langs, wat jij het fijnst vindt.',
    'Of we bellen gewoon, of we zien elkaar, allebei prima.',
    'Ik geef je alle tijd die je nodig hebt.',
    'Tot zondag dan, ik verheug me erop.',
    'Laatste kans voor dit jaar om samen naar de kermis te gaan, ga je mee?',
    'Ik ben nog steeds trots op hoe je die opleiding hebt afgerond.',
    'Door jouw verhalen ben ik gaan schilderen.',
    'Het komt door jouw geduld dat ik nu kan zwemmen.',
    'Sinds jij in de buurt woont, voel ik me veiliger.',
    'Je was er toen voor me, en nu ben ik er voor jou.',
    'Je hoeft je nergens schuldig over te voelen.',
    'Ik verwacht je zaterdag om acht uur, het eten staat dan klaar.',
    'Je moet niks, je mag alles.',
    'Wanneer je er klaar voor bent, hoor ik het wel.',
    'Als je niet kunt, geen probleem, dan plannen we iets anders.',
    'Zonder jou was het feest niet compleet geweest.',
    'Eerst de verhuizing, toen de nieuwe baan, en nu ook nog een puppy, wat een jaar heb jij!',
    'Ik moet eerlijk zeggen dat ik je mis.',
    'We moeten nodig weer eens gaan wandelen.',
    'Het is geen verwijt, ik wil het gewoon begrijpen.',
    'Je bent me niets schuldig, het was een cadeau.',
    'Ik denk vaak terug aan onze studententijd.',
    'Kom je morgen ook naar de repetitie? Gezellig!',
    'Ik ben blij dat je er eindelijk over wilt praten.',
    'Mijn deur staat altijd voor je open.',
    'Neem je tijd, er is geen deadline.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each<[GentleKind, string]>([
    ['past', 'Jij was altijd de laatste die hielp.'],
    ['past', 'Gij waart altijd de eerste die wegliep.'],
    ['blame', 'Het komt door jouw leugens dat ik nu geen vrienden meer heb.'],
    ['urgency', 'Je hoeft niet te bellen, maar ik wil het geld vrijdag terug.'],
  ])('still finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

// Round 16, a probe of fresh harmful notes in plain words, to see the shapes generalise: all five
// kinds in their common forms; three were missed (a cost of your omission 'omdat jij niet betaalde,
// werd ons gas afgesloten', 'wakker gelegen van wat jij zei', 'of ik praat nooit meer met je').
describe('the Dutch gentle check reads a probe of fresh harmful notes (round 16)', () => {
  it.each<[GentleKind, string]>([
    ['pressure', 'Ik wil dat je nu eens eerlijk bent tegen mij.'],
    ['pressure', 'Leg me dan eens uit waarom je niet kwam.'],
    ['pressure', 'Reageer gewoon, zo moeilijk is het niet.'],
    ['pressure', 'Je bent het me verplicht om dit uit te leggen.'],
    ['pressure', 'Stop eens met dat zwijgen.'],
    ['pressure', 'Geef gewoon toe dat je fout zat.'],
    ['pressure', 'Het minste wat je kunt doen is sorry zeggen.'],
    ['pressure', 'Jij gaat dat aan mama uitleggen.'],
    ['blame', 'Door jouw geklets weet nu de hele straat het.'],
    ['blame', 'Jij hebt alles kapotgemaakt wat we hadden.'],
    ['blame', 'Dankzij jou sta ik er nu alleen voor.'],
    ['blame', 'Je hebt mijn vertrouwen beschaamd.'],
    ['blame', 'Het is echt jouw schuld dat oma nu verdrietig is.'],
    ['blame', 'Jij hebt ervoor gezorgd dat ik mijn baan kwijt ben.'],
    ['blame', 'Je liet me gewoon zitten met alle kosten.'],
    ['blame', 'Omdat jij niet betaalde, werd ons gas afgesloten.'],
    ['blame', 'Je hebt het hele feest verziekt met je gedrag.'],
    ['blame', 'Ik heb weken wakker gelegen van wat jij zei.'],
    ['ultimatum', 'Als je niet betaalt, stap ik naar de rechter.'],
    ['ultimatum', 'Nog één keer en je kunt het verder vergeten.'],
    ['ultimatum', 'Kom je niet, dan hoef je ook nooit meer te komen.'],
    ['ultimatum', 'Zeg sorry of ik praat nooit meer met je.'],
    ['ultimatum', 'Dit is je laatste kans.'],
    ['ultimatum', 'Als dit zo doorgaat, ben ik weg.'],
    ['ultimatum', 'Je kiest: zij of ik.'],
    ['ultimatum', 'Bel je me niet terug, dan zijn we klaar.'],
    ['urgency', 'Ik wil het vanavond nog weten.'],
    ['urgency', 'Bel me zo snel mogelijk terug.'],
    ['urgency', 'Je hebt tot vrijdag om het terug te betalen.'],
    ['urgency', 'Het moet vandaag nog geregeld zijn.'],
    ['urgency', 'Reageer uiterlijk morgen.'],
    ['urgency', 'Ik wacht al drie dagen op je antwoord.'],
    ['past', 'Je doet precies hetzelfde als vorig jaar.'],
    ['past', 'Weer net als op mijn verjaardag, toen liet je me ook zitten.'],
    ['past', 'Het is niet de eerste keer dat je dit flikt.'],
    ['past', 'Ik ben het nog steeds niet vergeten wat je in 2018 deed.'],
    ['past', 'Jij hebt me toen ook al in de steek gelaten.'],
    ['past', 'Zoals altijd kom je met smoesjes.'],
    ['urgency', 'Ik vraag je dringend om contact op te nemen.'],
    ['urgency', 'Zorg dat je er zaterdag bent.'],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Omdat jij niet kon komen, heb ik wat taart bewaard.',
    'Ik heb wakker gelegen van de spanning voor je examen.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 16, a third probe of kind notes (condolence, logistics, care): a date as a move target or
// gone by ('verschoven naar donderdag', 'afgelopen zaterdag') is no deadline, and a question about
// the other's ongoing state or wish ('wil je nog steeds mee?') is care, not the past; 'weer' with a
// wrong ('je liet me weer zitten', 'je was weer te laat') is the past.
describe('the Dutch gentle check keeps a third probe of kind notes quiet (round 16)', () => {
  it.each([
    'Gecondoleerd met je moeder, ik denk veel aan je.',
    'Als je iets nodig hebt, bel me, dag en nacht.',
    'De sleutel ligt onder de mat, je kunt hem pakken wanneer je wilt.',
    'Ik breng de dozen zaterdag langs, of zondag als dat beter uitkomt.',
    'Het pakketje is vandaag verstuurd, het zou morgen binnen moeten zijn.',
    'De vergadering is verschoven naar donderdag, laat maar weten of je kunt.',
    'Ik heb je nummer nog, dus als je ooit wilt praten, ben ik er.',
    'Je moeder zei dat je weer aan het hardlopen bent, wat goed!',
    'Vroeger gingen we elke zomer naar de camping, ik mis die tijd.',
    'Toen je naar Utrecht verhuisde, was ik verdrietig, maar ik snap het helemaal.',
    'Ik weet nog dat je me leerde fietsen op het schoolplein.',
    'Je hebt me nooit laten zitten, dat waardeer ik enorm.',
    'Door de storm is de training afgelast, dus we zien elkaar volgende week.',
    'Sorry dat ik zo laat reageer, het was druk op werk.',
    'Ik moest meteen aan je denken toen ik dat liedje hoorde.',
    'Je bent altijd welkom, ook zonder reden.',
    'Nog één nachtje slapen en dan is het jouw verjaardag!',
    'Als je niet komt, bewaar ik een stuk taart voor je.',
    'Ik hoop dat je snel weer de oude bent.',
    'Kun je me de foto\'s van zaterdag sturen? Geen haast.',
    'Wil je nog steeds mee naar Parijs in mei?',
    'Je had gelijk over dat boek, het is prachtig.',
    'Ik ben trots op je, dat wilde ik je nog zeggen.',
    'Vanavond denk ik aan je, sterkte morgen.',
    'Het spijt me dat je zo\'n zware week had.',
    'Je hoeft me niks terug te betalen, echt niet.',
    'Ik laat je met rust, maar weet dat ik om je geef.',
    'Zeg het maar als het te veel wordt.',
    'We hoeven niks op te lossen, ik wil gewoon weer eens lachen met je.',
    'Dit is de eerste keer in jaren dat ik weer schrijf, en het voelt goed.',
    'Je hebt me weer laten lachen, dankjewel.',
    'Je hebt weer een mooi cadeau gekocht.',
    'Ben je nog steeds boos?',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each<[GentleKind, string]>([
    ['past', 'Afgelopen zaterdag liet je me weer zitten.'],
    ['past', 'Je bent weer vergeten te bellen.'],
    ['past', 'Je was weer te laat.'],
    ['past', 'Doe je nog steeds zo moeilijk over die lening?'],
    ['urgency', 'Ik wil het geld voor zaterdag terug.'],
    ['urgency', 'Bel me zaterdag, niet later.'],
  ])('still finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

// Round 17: a threat told over two sentences. A question that puts the friendship or a threat
// on the table, then a sentence that begins with "dan" and orders or withdraws something, is an
// ultimatum though neither sentence is one alone; the same "dan" after a question about coffee
// or a lift is a plan, and a kind "geen haast" or "prima hoor" keeps it one.
describe('the Dutch gentle check reads a threat told over two sentences (round 17)', () => {
  it.each([
    'Wil je nog vrienden zijn? Dan zeg je morgen sorry tegen mijn zus.',
    'Wil je überhaupt nog contact? Dan verwacht ik een verklaring.',
    'Wil je dat ik het aan de trainer vertel? Nee? Dan doe je wat ik zeg.',
    'Wil je niet komen praten? Prima, dan hoef je ook niet meer op mij te rekenen.',
    'Heb je niks te zeggen? Dan zijn we uitgepraat.',
    'Kun je het niet opbrengen om te bellen? Goed, dan kom ik ook nooit meer langs.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'Wil je nog koffie? Dan zet ik een verse pot.',
    'Wil je nog mee naar Gent? Dan boek ik morgen de trein.',
    'Kun je niet komen? Geen probleem, dan doen we het een andere keer.',
    'Wil je niet praten? Prima, dan wacht ik gewoon tot je er klaar voor bent.',
    'Wil je dat ik je ophaal? Dan kom ik om acht uur.',
    'Wil je nog samen eten? Dan maak ik lasagne.',
    'Heb je geen tijd? Dan niet, ik ben er niet meer zo boos om.',
    'Dan verwacht ik je zaterdag, gezellig.',
  ])('does not read a plan after a question as a threat: "%s"', (text) => {
    expect(kinds(text)).not.toContain('ultimatum');
  });
});

// Round 17: the past without "altijd" or "weet je nog": an old time (a year, an age, a school
// year, "die zomer", "jaren geleden") beside a wrong the other did; an old event named as a
// weapon ("ik zeg maar één woord: ..."), passed over pointedly ("daar zeg ik maar niks over"),
// brought into the talk ("dan hebben we het ook over ..."), likened to now ("dit lijkt op die
// keer"), claimed as known ("jij weet best wat er toen gebeurde"), or not forgotten ("Weet je
// nog, X? Ik wel."). The same times and names beside a kindness, a plan or a plain question stay quiet.
describe('the Dutch gentle check reads an old wrong named by its time or place (round 17)', () => {
  it.each([
    'Op mijn dertigste heb jij me nog uitgelachen waar iedereen bij was.',
    'Die zomer op Kreta heb je me gewoon laten zitten.',
    'In 2014 heb je mijn geheim aan iedereen verklapt.',
    'Tien jaar geleden heb je me bedrogen en dat weet je best.',
    'Die keer in Gent liet je me gewoon staan.',
    'Op haar vijftigste heb je mijn moeder nog beledigd.',
    'Ik zeg maar twee woorden: Texel, 2018.',
    'Ik noem alleen maar een naam: Ruben.',
    'Ik zeg alleen maar: de bruiloft van Tim, 2015.',
    'Over dat etentje van vorig jaar zeg ik verder maar niks.',
    'Over die avond in Breda begin ik nu maar niet.',
    'Zullen we het dan ook even over die ene avond hebben?',
    'Jij weet heus wel wat er die zomer in Spanje gebeurde.',
    'Ge weet zelf ook wel wat ge toen met dat geld gedaan hebt.',
    'Dit lijkt verdacht veel op wat je vorig jaar met Eva deed.',
    'Precies zoals op mijn verjaardag, iedereen wist het behalve ik.',
    'En die lening van toen dan?',
    'Maar wat dacht je van die avond in 2019 dan?',
    'Ben je dat soms vergeten?',
    'Bent u het gemakshalve vergeten?',
    'Weet je het nog, die kerst bij je moeder? Ik nog heel goed.',
    'Herinner je je die avond nog? Ik wel.',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'Op mijn dertigste heb jij me zo\'n mooi feest gegeven.',
    'Die zomer op Kreta heb je me leren duiken.',
    'In 2014 heb je me enorm geholpen met de verhuizing.',
    'Tien jaar geleden leerden we elkaar kennen, en je hebt me nooit laten vallen.',
    'Jij bent in de brugklas blijven zitten, en kijk nu eens waar je staat.',
    'Die zomer in Frankrijk heb je me laten zitten aan tafel bij je oma, zo gezellig.',
    'Jaren geleden heb je me gered, dat vergeet ik nooit.',
    'Ik zeg maar één ding: bedankt voor alles.',
    'Ik zeg alleen maar: bel je moeder even.',
    'Over de vakantie van volgend jaar zeg ik nog niks, dat is een verrassing.',
    'Zullen we het ook even over de plannen voor volgend jaar hebben?',
    'Dan hebben we het ook over die leuke avond in Gent, wat was dat lachen.',
    'Jij weet best hoe je een taart moet bakken.',
    'Dit lijkt wel op die keer in Parijs, zo gezellig.',
    'Net als bij de verhuizing help ik je graag met dozen.',
    'Precies zoals op mijn verjaardag, toen was het ook zo gezellig.',
    'Ben je het vergeten? Geeft niks hoor, het is pas zaterdag.',
    'Ben je dat vergeten? Je zou de foto\'s sturen.',
    'Weet je nog die kerst bij oma? Ik wel, met een glimlach.',
    'Weet je nog hoe laat de trein gaat? Ik niet.',
    'Weet jij nog waar de sleutel ligt? Ik wel, in de la.',
  ])('keeps the kind sentence "%s" free of the past', (text) => {
    expect(kinds(text)).not.toContain('past');
  });
});

// Round 17: blame in plain words. The wrong told in a subordinate clause ("hoe je me hebt
// vernederd"), the cost that came of it ("en daardoor stond ik er alleen voor", "en ik kreeg de
// schuld", "en ik mocht het oplossen"), the other named as its maker ("daar heb jij voor
// gezorgd", "wat jij hebt aangericht", "ben jij niet degene die ..."), an idiom ("door het slijk
// gehaald"), a sneer of thanks after the deed ("... Top gedaan."), and "Wie ...? Jij." over two
// sentences. Thanks for a kindness, an offer to tidy up and "dankzij jou kwam ik erdoor" stay quiet.
describe('the Dutch gentle check reads blame laid on the other in plain words (round 17)', () => {
  it.each([
    'Ik ben kwaad om hoe je me op dat feest hebt vernederd.',
    'Het was op dat feest dat je me belachelijk maakte.',
    'Jij hebt me gewoon laten staan bij de kassa.',
    'Jij ging naar huis en daardoor stond ik er alleen voor.',
    'Jij hebt de sleutels meegenomen, en ik kreeg de schuld.',
    'Jij vergat de reservering en ik mocht het oplossen.',
    'Je hebt de afspraak laten verlopen.',
    'Dat onze groep uit elkaar is, daar heb jij voor gezorgd.',
    'Kijk naar wat jij met je leugens hebt aangericht.',
    'Ben jij niet degene die die ruzie begon?',
    'De hele club weet waarom: jij.',
    'Jij hebt mijn goede naam door het slijk gehaald.',
    'Ik mag weer jouw troep opruimen.',
    'Het ligt heus niet aan mij dat het misging.',
    'Het hele dorp lacht me uit door jou.',
    'Dankzij jou mocht ik in mijn eentje de hele zaal opruimen.',
    'Je hebt iedereen verteld wat ik je toevertrouwde. Top gedaan.',
    'Jij liet me zitten met de rekening. Bedankt hoor.',
    'Mooi zeg, dat jij mijn vrienden tegen me opzet.',
    'ie hest mien verjaardag verpest',
    'Wie heeft mijn fiets kapotgemaakt? Jij dus.',
    'En wie vergat de sleutels? Jij natuurlijk.',
    'Wie liet mij op het station staan? Dat was jij.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Dankzij jou kwam ik die rotperiode door.',
    'Dankzij jou heb ik mijn rijbewijs gehaald, echt bedankt hoor.',
    'Dankzij jou kon ik op vakantie, bedankt hoor.',
    'Jij hebt gekookt, mag ik het opruimen?',
    'Jij ging naar huis en ik bleef nog even, dat was gezellig.',
    'Dat het feest zo mooi was, daar heb jij voor gezorgd.',
    'Jij bent degene die me altijd aan het lachen maakt.',
    'Top gedaan, je examen.',
    'Je hebt mijn verjaardag georganiseerd. Top gedaan.',
    'Je hebt iedereen verteld dat ik geslaagd ben. Dankjewel hoor.',
    'Het hele dorp weet het door jou, en ze zijn allemaal blij voor me.',
    'Je hebt me de foto\'s gestuurd. Bedankt hoor.',
    'Ik sta er alleen voor sinds mijn man ziek is, fijn dat jij belt.',
    'Wie heeft die prachtige taart gebakken? Jij!',
    'Wie heeft er gewonnen? Jij.',
    'Wie zei dat ik het niet kon? Jij, en je had gelijk dat ik moest oefenen.',
  ])('keeps the kind sentence "%s" free of blame', (text) => {
    expect(kinds(text)).not.toContain('blame');
  });
});

// Round 17: an ultimatum told as a plain plan. A condition the other fails, then "dan ... ook
// niet meer" in any word order and spelling; a sanction after "of" or after "als ik niets hoor"
// ("of ik trek me terug", "zet ik je spullen buiten", "of hij gaat naar de kringloop"); a
// consequence told as news ("dan weet je moeder binnenkort alles", "dan was dat het"). The same
// "als ... dan" about rain, a call back tomorrow or getting better stays quiet.
describe('the Dutch gentle check reads an ultimatum told as a plain plan (round 17)', () => {
  it.each([
    'As ge nie opbelt, dan moete gij ook nie meer bij ons aankloppen.',
    'Als je je excuses niet aanbiedt, dan kom ik ook niet meer op je feest.',
    'Doe je dat nog een keer, dan zie je mij nooit meer.',
    'Als ik voor het weekend niets van je hoor, zet ik je spullen buiten.',
    'Krijg ik geen antwoord, dan zoek ik iemand anders voor de band.',
    'Stop met liegen of ik trek me terug uit de stichting.',
    'Haal je fiets weg of hij gaat naar de kringloop.',
    'Je komt op tijd of je staat zaterdag op de bank.',
    'Als je zo doorgaat, dan weet je moeder binnenkort alles.',
    'Reageer je niet, dan was dat het.',
    'Als je niet met me praat, zit er niets anders op.',
    'Ast mie nait opbelst, den hoefst hier ook nait meer te kommen.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'Als het regent, dan gaan we niet meer fietsen.',
    'Als ik niets van je hoor, bel ik je morgen gewoon even.',
    'Als ik geen tijd heb, vraag ik het wel aan je zus.',
    'Zal ik de stoelen terugbrengen, of haal jij ze op?',
    'Kom je zaterdag of zondag?',
    'Als je beter bent, hoef je niet meer naar het ziekenhuis.',
    'Als je er klaar voor bent, dan hoeven we het er nooit meer over te hebben.',
    'Als je het niet erg vindt, geef ik je plek in de auto aan oma.',
    'Krijg ik geen antwoord, dan ga ik ervan uit dat het goed is.',
    'Als jij niet komt, dan weet iedereen het wel, ik zeg dat je ziek bent.',
  ])('keeps "%s" free of an ultimatum', (text) => {
    expect(kinds(text)).not.toContain('ultimatum');
  });
});

// Round 17: kind notes from four fresh writers that the rules flagged, read as their shapes: the
// writer's own reason after "anders", a time said not to matter ("je hoeft niet vandaag ..., volgende
// week is ook goed"), "ook nu nog", a wish respected ("als je liever hebt dat ik ..."), a rescue or
// a start remembered ("hoe je me uit het water haalde", "door jou ben ik gaan ..."), a memory opened
// with "ik weet nog" and told fondly. The harmful shapes beside them keep their notes.
describe('the Dutch gentle check keeps a fourth probe of kind notes quiet (round 17)', () => {
  it.each([
    'Anders gezegd: ik mis je gewoon.',
    'Ik zeg het nu, anders durf ik het niet meer.',
    'Als je liever hebt dat ik niet meer bel, dan stop ik daarmee.',
    'Je hoeft niet vandaag te antwoorden, volgende week is ook goed.',
    'Ook nu nog denk ik aan die vakantie.',
    'Ik moet zo de trein in, maar wilde je dit nog even snel laten weten: ik ben trots op je.',
    'Dat wil ik nu beter doen.',
    'Je bent welkom voor de eerste barbecue van de zomer.',
    'Kom je ooit nog eens langs?',
    'Ik ga niet zeggen dat je moet bellen, dat mag je zelf weten.',
    'Al zou je nooit meer iets van je laten horen, ik wens je het beste.',
    'Je kunt altijd aanschuiven, ook als het nog wat stroef is.',
    'Ik moest vandaag aan je denken, hoe je altijd zong in de auto.',
    'Ik zal nooit vergeten hoe je me uit het water haalde.',
    'Door jou ben ik ooit gaan hardlopen, dat ben ik nooit vergeten.',
    'Ik moet nog steeds lachen om dat filmpje van 2018.',
    'Ik heb de screenshots allemaal verwijderd.',
    'Ik neem de schuld van die ruzie op me.',
    'Je was boos, en eerlijk gezegd had je daar ook gelijk in.',
    'Ik weet nog hoe je in 2015 voor me kookte toen ik ziek was. Dat was zo lief.',
    'Ik herinner me vooral de mooie momenten, zoals die avond aan zee.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each<[GentleKind, string]>([
    ['past', 'Ik weet nog hoe je me in 2015 liet zitten. Dat was geweldig.'],
    ['ultimatum', 'Anders zeg ik het tegen je moeder.'],
    ['urgency', 'Bel me vandaag, niet morgen.'],
    ['pressure', 'Je moet me gewoon terugbellen.'],
    ['past', 'Ik zal nooit vergeten hoe je me uitlachte.'],
  ])('still finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

// Round 17, after sets 17a-17d: the past as an order to remember ("denk maar eens goed na over
// 2018"), a date beside "weet je nog", forgetting said pointedly ("vergeten we voor het gemak even
// ..."), "wie liet mij toen ...?", the same then as now ("je deed in groep acht al zo"), a wrong "dat
// vergeet ik nooit", wrongs kept as evidence, a count or list ("al die keren dat je", "al drie
// keer", "eerdere voorvallen", "nog niet eens meegeteld"), "niet voor het eerst", an old debt
// still open. The same words about a kindness, a keepsake or a song stay quiet.
describe('the Dutch gentle check reads the past as told by sets 17a-17d (round 17)', () => {
  it.each([
    'Denk maar eens goed na over de zomer van 2017.',
    'Onthoud die avond van vorig jaar maar goed.',
    '12 mei 2019, weet je het nog?',
    'Die kerst vergeten we voor het gemak maar even.',
    'Die ruzie van toen ben je zeker ook vergeten?',
    'Vergeet niet wie er toen op het feest stond te schreeuwen.',
    'En wie liet mij toen op de camping alleen zitten?',
    'Je deed op de basisschool al zo gemeen.',
    'Bij mijn operatie heb ik toen ook al niks van je gehoord.',
    'Dat jij me op de bruiloft liet zitten, dat vergeet ik nooit.',
    'Ik heb die appjes van toen allemaal nog, hoor.',
    'Al die keren dat je te laat kwam, ik weet ze nog.',
    'Door jou ben ik al drie keer mijn fiets kwijtgeraakt.',
    'Eerdere voorvallen laat ik hier niet buiten beschouwing.',
    'En dan heb ik die keer in Gent nog niet eens meegeteld.',
    'Alsof ik niet meer weet hoe jij je op die vergadering gedroeg.',
    'We weten allebei nog wat je toen met dat geld deed.',
    'Sinds die ruzie weet ik allang hoe jij in elkaar zit.',
    'Jij laat me weer zitten, en niet voor het eerst.',
    'Nog één keer zoals bij de verhuizing en ik ben weg.',
    'Het begon al toen je mijn fiets afpakte.',
    'Die schuld van twee jaar geleden staat ook nog open.',
    'Dit doet me denken aan die keer dat je me liet stikken.',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'Denk aan jezelf, en rust goed uit.',
    'Denk nog eens aan die zomer van 2015, wat was het mooi.',
    'Weet je het nog, 2015 in Rome? Wat een mooie reis.',
    'Vergeet niet wie er morgen jarig is.',
    'Al die keren dat je me kwam helpen, ik ben je dankbaar.',
    'Je was op de basisschool al zo slim.',
    'Jij was mijn eerste vriend hier en dat vergeet ik nooit.',
    'Ik heb al je brieven nog, ze zijn me dierbaar.',
    'Ik ben niet voor het eerst in Gent, ik kom hier vaker.',
    'Dit liedje doet me denken aan toen we klein waren.',
    'Je hebt me al twee keer geholpen met verhuizen.',
    'Eerst mijn verjaardag vieren, en toen de vakantie, wat een zomer.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 17, after sets 17a-17d: blame as fresh writers tell it: my loss and then "omdat jij ...",
// "... niet meer sinds jij ...", "ik ben niet degene die ...", "terwijl jij het begonnen bent", the
// act named ("dat is gewoon verraad", "jij noemde me een leugenaar"), "alsof het van jou is", "jij
// hebt oma verdrietig gemaakt", "waarom moest jij nou per se ...", "en nu betalen wij ervoor",
// "heb je enig idee hoe ik me voelde", my pain beside your ease, "ik ben ineens de schuldige". The
// same words beside a kindness ("omdat jij er was", "sinds jij me die tip gaf") stay quiet.
describe('the Dutch gentle check reads blame as told by sets 17a-17d (round 17)', () => {
  it.each([
    'Ik miste mijn trein omdat jij de auto niet terugbracht.',
    'We kwamen te laat op de bruiloft doordat jij de weg kwijt was.',
    'De buren zeggen geen gedag meer sinds jij die roddel verspreidde.',
    'Ik ben niet degene die de sleutels kwijtraakte.',
    'Nu ben ik de zeur, terwijl jij het begonnen bent.',
    'Jij was degene die de deur dichtgooide.',
    'Dat is gewoon verraad.',
    'Jij noemde me een leugenaar waar de hele klas bij zat.',
    'Je hebt haar voor dief uitgemaakt.',
    'Je gebruikt mijn auto alsof hij van jou is.',
    'Jij hebt het me zo moeilijk gemaakt op het werk.',
    'Geen baan meer, en dat heb ik aan jou te danken.',
    'Jij hebt oma zo verdrietig gemaakt.',
    'Jij hebt me gewoon bij de ingang laten staan.',
    'Waarom moest jij nou per se iedereen uitnodigen?',
    'Het was jouw plan, en nu betalen wij ervoor.',
    'Door jouw opmerking schaamde ik me kapot.',
    'Heb je enig idee hoe ik me voelde toen je wegliep?',
    'Ik zat in het ziekenhuis en jij zat gewoon op een terras.',
    'Je wist het, en je kwam niet.',
    'Ja hoor, jij doet natuurlijk nooit iets fout.',
    'Dus ik ben ineens de schuldige?',
    'Met uw handelwijze heeft u ons veel schade berokkend.',
    'Je hebt er alles aan gedaan om me buiten te sluiten.',
    'Jij bent met mijn vriend naar bed geweest.',
    'Jij lachte me uit in de kantine en ik durfde daarna niet meer naar training.',
    'Wie heeft de voordeur open laten staan? Jij natuurlijk.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Ik ben zo blij omdat jij er was.',
    'Ik kon niet komen omdat jij ziek was en ik bij je wilde zijn.',
    'Ik heb het gehaald omdat jij me hielp.',
    'Ik ben niet degene die dat moet beslissen.',
    'Jij was degene die me altijd opving.',
    'Mijn diploma heb ik aan jou te danken.',
    'Je hebt oma zo blij gemaakt met die bloemen.',
    'Heb je enig idee hoe blij ik was met je kaart?',
    'Je doet nooit iets fout in mijn ogen, lieverd.',
    'Na alles wat we samen hebben meegemaakt, wil ik je nog steeds zien.',
    'Ik slaap weer goed sinds jij me die tip gaf.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 17, after sets 17a-17d: an ultimatum in fresh words: a failed condition then a sanction
// ("zet ik je van de lijst af", "bel ik je baas", "zijn wij geen vrienden meer", "gaat hij naar de
// kringloop"), nothing more after this ("Hierna hoor je niets meer van mij", "Daarna niet meer."),
// "of" and a farewell or an exposure ("of c'est fini", "of ga gewoon weg", "of ik maak het
// openbaar"), "een tweede kans krijg je niet", "geen antwoord is ook een antwoord". An offer ("als
// je wilt, zoek ik ..."), a call to ask how someone is, or a last message before the holidays stays quiet.
describe('the Dutch gentle check reads ultimatums as told by sets 17a-17d (round 17)', () => {
  it.each([
    'Als je weer niks van je laat horen, zet ik je van de ledenlijst af.',
    'Als het geld er vrijdag niet is, bel ik je baas.',
    'Als je blijft zwijgen, zoek ik een andere partner voor het toernooi.',
    'Hierna hoor je niets meer van mij.',
    'Eén keer probeer ik het nog. Daarna niet meer.',
    'Dit is mijn laatste poging van mijn kant.',
    'Antwoord vandaag, of c\'est fini.',
    'Bel me vanavond of laat het maar helemaal.',
    'Regel het of ga gewoon weg.',
    'Haal die foto weg of ik maak het openbaar.',
    'Zeg het eerlijk of je bent geen lid meer.',
    'Kies maar: ik of die nieuwe vrienden van je.',
    'Een tweede kans krijg je niet van mij.',
    'Zonder excuses hoef je hier niet meer te komen.',
    'Wil je nog vrienden blijven, dan stop je met liegen.',
    'Komt hier niks op, dan ben ik weg.',
    'Geen antwoord is ook een antwoord.',
    'Als jij met hem verder gaat, zijn wij geen vrienden meer.',
    'Als je je fiets niet ophaalt, gaat hij naar de kringloop.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    'Als je wilt, zoek ik een nieuwe datum voor ons etentje.',
    'Als je zin hebt, zet ik de tent alvast op.',
    'Dit is mijn laatste bericht voor de vakantie, fijne zomer.',
    'Als het niet lukt, bel ik je moeder even om te vragen hoe het gaat.',
    'Je ziet me niet meer zo vaak omdat ik verhuisd ben.',
    'Kom je zaterdag of wil je liever zondag?',
    'Ik of jij, wie kookt er vanavond?',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Round 17: Achterhoeks "i'j" for jij and chat "nx" for niks are read as the words they stand for.
describe('the Dutch gentle check reads Achterhoeks and chat spellings (round 17)', () => {
  it.each<[GentleKind, string]>([
    ['blame', "i'j hebt mien verjaardag verpest"],
    ['ultimatum', "As i'j nie belt, dan hoef i'j ok nooit meer te kommen."],
  ])('finds %s in "%s"', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('keeps a kind chat note quiet', () => {
    expect(kinds('nx meer van je gehoord sinds je verhuisd bent, hoop dat alles goed is')).toEqual([]);
  });
});
