// Held-out set 7 (Dutch, apology checklist). Written blind: only from the format and the
// labelling conventions in ../types.ts, without reading any rule, other corpus line, README or
// result, and without running the checks. It is measured once and never tuned on: a line that
// fails here is a finding, not something to fix in this file.
// Before the one measurement, 2 lines that match a tuning line word for word were
// taken out: they had been tuned on.
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // sound apologies, no flags: the deed, what it did to the other (often told as a story),
  // owning it, sometimes a concrete promise
  ['act effect owns change', 'Het spijt me dat ik niet kwam helpen met de verhuizing. Jij stond daar de hele zaterdag alleen met Ruud en een bank die niet door het trapgat wilde. Volgende keer ben ik er, ook als het me niet uitkomt.'],
  ['act owns', 'Sorry dat ik je lening zo lang heb laten liggen.'],
  ['act effect owns', 'ik had je moeten bellen toen je in het ziekenhuis lag. je hebt daar drie dagen gelegen en niemand van ons kwam langs. dat was fout van mij'],
  ['act owns', 'Dat ik je moeder op dat verjaardagsfeest een zeur noemde waar ze zelf bij stond, was gemeen. Het spijt me.'],
  ['act effect owns', 'Ik heb de auto met een lege tank teruggebracht, waardoor jij maandagochtend bij de pomp stond te klungelen terwijl je naar je sollicitatie moest. Sorry, echt.'],
  ['act owns change', 'Ik heb jullie op het laatste moment laten zitten voor dat optreden in Utrecht. Dat was laf van me. Voor de rest van de shows kom ik gewoon sjouwen, ook als ik niet meer speel.'],
  ['act effect owns change', 'Sorry dat ik Bobbie uit het oog verloor in het park. Jij hebt de halve nacht met een zaklamp langs de sloten gelopen. Ik laat hem voortaan nooit meer los zonder lijn.'],
  ['act owns', 'Het was mijn fout dat die deuk in de auto kwam, niet die van de buurman zoals ik eerst beweerde.'],
  ['act effect owns', 'Ik heb Sanne over je scheiding verteld terwijl je me dat in vertrouwen had gezegd. Daardoor wist de halve straat het voordat jij er zelf aan toe was. Het spijt me heel erg.'],
  ['act effect owns change', 'Mijn excuses dat ik uw brief maandenlang onbeantwoord heb gelaten. U heeft al die tijd in het ongewisse gezeten over de verkoop van het huisje. Ik bel u deze week om alles samen door te nemen.'],
  ['act owns', 'sorry da ik op uw trouwfeest zo zat was, da was echt ni oké van mij'],
  ['act effect owns', 'Ik ben weggelopen op het moment dat je me het hardst nodig had, bij de uitvaart van je vader. Je hebt het daar zonder mij moeten doen. Dat had nooit mogen gebeuren en dat ligt helemaal bij mij.'],
  ['act owns change', 'Ik heb die 600 euro nog steeds niet terugbetaald. Sorry. Vanaf volgende maand maak ik elke eerste van de maand honderd euro over tot het weg is.'],
  ['act owns', 'Ik had die memes over jouw ex nooit in de groepsapp moeten zetten. Dat was stom en gemeen.'],
  ['act owns', 'Sorry dat ik als eerste vroeg of het wel gepland was, toen je vertelde dat je zwanger was.'],
  ['act owns change', 'Ik heb je niet uitgenodigd voor mijn verjaardag. Dat was niet eerlijk tegenover jou. Als ik weer iets organiseer, hoor jij het als eerste.'],
  ['act effect owns', 'Ik ben zonder iets te zeggen uit de band gestapt, twee weken voor jullie eerste echte gig. Jullie moesten halsoverkop een bassist zoeken en de avond is uiteindelijk afgeblazen. Het spijt me, ik had het jullie recht in je gezicht moeten zeggen.'],
  ['act effect owns', 'k ben je verjaardag vergeten en jij zat daar met taart voor twee. sorry egt'],
  ['act effect owns change', 'Ik heb de auto zonder te vragen een week meegenomen naar Frankrijk en jij moest al die tijd in de regen naar je werk fietsen. Dat spijt me. Ik betaal je de kilometers terug en vanaf nu vraag ik het altijd eerst.'],
  ['effect owns', 'Ik weet dat je nachten wakker hebt gelegen door mij. Het spijt me zo.'],
  ['act owns', 'Ik heb gelogen over waarom ik niet op je housewarming kwam. Ik had gewoon geen zin, en dat had ik eerlijk moeten zeggen.'],
  ['act effect owns', 'Dat ik Bobbie naar het asiel heb gebracht toen jij in het buitenland zat, zonder het eerst met je te overleggen, was onvergeeflijk van me. Je kwam thuis in een leeg huis.'],
  ['act owns change', 'Ik heb je uitgelachen om je accent waar iedereen bij zat. Ik schaam me daarvoor. Ik ga ook tegen de anderen zeggen dat het niet oké was van mij.'],
  ['act effect owns', 'mijn excuses voor die opmerking over je gewicht. je hebt de rest van de avond bijna niks meer gezegd en dat zag ik heus wel'],
  ['act owns change', 'Sorry dat ik zo lang niks van me heb laten horen. Ik stuur je vanaf nu elke zondag even een berichtje, ook als er niks te melden valt.'],
  ['act effect owns', 'Jij moest het hele feest in je eentje regelen omdat ik mijn deel liet liggen. Het spijt me.'],
  ['act effect owns', 'Ik ben niet gekomen toen je moeder geopereerd werd. Jij hebt daar vier uur alleen in die wachtkamer gezeten. Dat neem ik mezelf nog steeds kwalijk.'],
  ['act effect owns', 'Je kwam in de problemen met de huur omdat ik op het laatste moment toch niet in dat huis ging wonen. Dat was mijn schuld, helemaal.'],
  ['act owns change', 'Sorry voor de parkeerboetes op onze auto, die waren allemaal van mij. Ik betaal ze deze week en ik geef je de bonnetjes.'],
  ['act effect owns', 'ik heb je laten staan op schiphol. jij hebt daar tot 2 uur snachts gezeten met je koffer. sorry sorry sorry'],
  ['act owns', 'Het spijt me dat ik niet eerlijk ben geweest over de barst in je gitaar.'],
  ['act effect owns', 'Jij hebt die avond met het eten zitten wachten tot het koud was, terwijl ik gewoon in de kroeg bleef hangen. Dat was echt lullig van me.'],
  ['act effect owns change', 'Ik had de auto niet teruggebracht zoals afgesproken, dus jij kwam te laat op je werk en kreeg er een officiële waarschuwing voor. Sorry. Ik laat een tweede sleutel maken, zodat je nooit meer op mij hoeft te wachten.'],
  ['act owns', 'Ik geef toe dat ik die foto van jou nooit online had mogen zetten.'],
  ['act effect owns', 'Mijn excuses, Henk, dat ik niet op de begrafenis van uw vrouw was. U heeft daar gestaan zonder uw oudste vriend naast u.'],
  ['effect owns', 'Je hebt het hele jaar daarna niemand meer durven vertrouwen. Dat komt door mij, en het spijt me.'],
  ['act owns change', 'sorry dat ik altijd maar over mezelf praat als we afspreken. volgende keer vraag ik eerst hoe het met jou is en hou ik mn mond tot je klaar bent'],
  ['act effect owns', 'Ik heb op het laatste moment onze vakantie afgezegd omdat ik ineens niet meer wilde, en jij bent je aanbetaling kwijt. Dat is mijn schuld.'],
  ['act owns', 'Het spijt me dat ik je nieuwe vriendin achter haar rug om heb zitten afkraken.'],
  ['act owns change', 'Sorry dat ik je twee keer heb laten zitten met het oppassen op Bobbie. Ik zet het voortaan in mijn agenda met een wekker erbij.'],
  ['act effect owns', 'Ik heb jouw ontslag aan je schoonvader doorverteld voordat jij het kon doen. Jij moest daarna aan tafel uitleggen waarom je niks gezegd had. Het spijt me echt.'],
  ['act effect owns', 'Ge hebt weken op uw geld moeten wachten omdat ik de lening gewoon vergeten was. Sorry, dat kan echt niet.'],
  ['change', 'Vanaf deze maand maak ik elke maand vijftig euro over tot de lening helemaal is afgelost.'],

  // vague: a sorry with no act named (it still owns)
  ['owns | vague', 'sry voor alles wat er gebeurd is'],
  ['owns | vague', 'Het spijt me van hoe het allemaal gegaan is.'],
  ['owns | vague', 'Ik heb fouten gemaakt, dat weet ik.'],
  ['owns | vague', 'Mijn excuses voor alles, echt.'],
  ['owns | vague', 'Het spijt me. Meer kan ik er eigenlijk niet over zeggen.'],
  ['owns change | vague', 'Het spijt me. Ik ga ervoor zorgen dat ik voortaan mijn afspraken met jou nakom.'],
  ['owns | vague', 'sorry voor de hele situatie enzo'],
  ['owns | vague', 'Ge weet waarvoor. Het spijt me.'],

  // hedge: "maar" taking it back
  ['act | hedge', 'Sorry dat ik niet op je verhuizing was, maar jij had het ook pas een dag van tevoren gevraagd.'],
  ['act | hedge', 'Ik had de auto eerder terug moeten brengen, maar ja, je zei zelf dat het geen haast had.'],
  ['| hedge', 'Het spijt me, maar zo ben ik nou eenmaal.'],
  ['act effect | hedge', 'Ja ik heb je lening te laat terugbetaald en jij kwam daardoor krap te zitten, sorry, maar ik zat zelf ook echt aan de grond.'],
  ['act | hedge', 'sorry dat ik je uit de band heb gezet hoor maar iemand moest de knoop doorhakken'],
  // hedge: "als" / "mocht"
  ['act | hedge', 'Als het je dwarszat dat ik niet naar het ziekenhuis kwam, dan spijt me dat.'],
  ['act | hedge', 'Mocht het je gestoord hebben dat ik niet bij de notaris was, dan bied ik daarvoor mijn excuses aan.'],
  ['act | hedge', 'Als ik te hard was over je nieuwe vriend, dan sorry.'],
  ['act | hedge', 'Voor zover mijn opmerkingen over uw zoon u gekrenkt hebben, spijt mij dat.'],
  // hedge: sorry for the other's anger or for how they see it
  ['| hedge', 'Het spijt me dat je zo boos werd.'],
  ['| hedge', 'Sorry dat jij je zo hebt opgewonden over die hond.'],
  ['| hedge', 'Vervelend dat je het na het feest zo hoog opnam.'],
  ['| hedge', 'Het spijt me dat je het zo ervaren hebt.'],
  ['| hedge', 'sorry dat het voor jou zo voelde, zo was het echt niet bedoeld'],
  ['| hedge', 'Ik vind het jammer dat je het zo opvat.'],
  ['| hedge', 'Spijtig dat gij da zo ziet, want zo bedoelde ik het helemaal niet.'],
  // hedge: a counter-reproach
  ['act | hedge', 'Oké, ik had niet tegen je moeten schreeuwen. Jij begon er wel mee.'],
  ['act | hedge', 'Sorry dat ik met jouw auto zonder benzine op de A2 ben gestrand, maar als jij de tank eens vol had gegooid was dat nooit gebeurd.'],
  ['| hedge', 'Ik zal wel weer fout zijn geweest, zoals altijd volgens jou.'],
  ['act | hedge', 'Ik heb het tegen je zus gezegd ja, alleen vertel jij ook alles aan iedereen.'],
  // hedge: an excuse
  ['act | hedge', 'Sorry dat ik je verjaardag miste, het was gewoon een hele drukke periode op werk.'],
  ['act | hedge', 'Ik had het geld echt eerder willen terugstorten, alleen deed de bank moeilijk en toen kwam de verhuizing ertussen.'],
  ['act | hedge', 'Dat ik niet naar het ziekenhuis kwam, daar kon ik weinig aan doen met drie kinderen en een zieke schoonmoeder.'],
  ['act | hedge', 'Ik was gestrest door mijn tentamens, daarom heb ik je niet teruggebeld.'],
  ['act | hedge', 'Ja ik was te laat bij je optreden, maar de treinen reden niet, daar kan ik ook niks aan doen.'],
  // hedge: the passive, nobody did it
  ['| hedge', 'Er zijn dingen gezegd die beter niet gezegd hadden kunnen worden.'],
  ['| hedge', 'Er zijn fouten gemaakt, vast ook aan mijn kant.'],
  ['effect | hedge', 'Het spijt me dat je gekwetst bent geraakt.'],
  ['act | hedge', 'De lening is helaas wat langer blijven liggen dan de bedoeling was.'],

  // asks: forgiveness or something back, in any words (asking does not undo owning)
  ['act owns | asks', 'Het spijt me dat ik je feest heb overgeslagen voor dat van Daan. Kun je me vergeven?'],
  ['act effect owns | asks', 'Ik heb je hond te lang alleen gelaten en hij heeft de hele nacht liggen janken, je buren hebben zelfs geklaagd. Sorry. Ik hoop echt dat je het me ooit vergeeft.'],
  ['act owns | asks', 'sorry dat ik niet kwam opdagen bij de notaris. vergeef je me?'],
  ['act owns | asks', 'Ik heb je auto in de prak gereden en dat spijt me. Mag ik volgend weekend gewoon weer mee naar de repetitie?'],
  ['act owns | asks', 'Mijn excuses voor het afzeggen van de logeerpartij. Laten we het hierbij laten en gewoon weer normaal doen.'],
  ['act owns change | asks', 'Ik heb je lening veel te lang laten liggen, het spijt me. Ik stort deze week alles terug. Kunnen we daarna weer vrienden zijn?'],
  ['act effect owns | asks', 'Doordat ik zonder iets te zeggen uit ons huis vertrok, zat jij opgescheept met de volle huur. Het spijt me heel erg. Zou je me nog een kans willen geven?'],
  ['act owns | asks', 'Ik heb in je dagboek gelezen toen je even weg was. Dat had ik nooit mogen doen. Alsjeblieft, vergeef het me.'],
  ['act effect owns | asks', 'ik heb jullie laten vallen net voor de opnames en nu konden jullie de studio niet meer betalen. sorry man. ik trakteer op bier en dan is het weer goed toch?'],
  ['act owns | asks', 'Ge hebt gelijk, ik had uw auto niet zonder vragen mogen nemen. Zijde mij nog kwaad of kunnen we terug vrienden zijn?'],
  ['owns | vague asks', 'Sorry voor alles. Kunnen we het gewoon vergeten?'],
  ['owns | vague asks', 'Mijn excuses voor alles wat er misging. Ik hoop dat je me kan vergeven en dat we gewoon verder kunnen.'],
  ['act owns | asks', 'Het spijt me dat ik je vriend een profiteur noemde. Dan verwacht ik van jou nu ook een sorry.'],
  // hedged and asking back in one note
  ['act | hedge asks', 'Sorry dat ik je bruiloft miste maar ik had dienst, dus ik reken erop dat je het me niet meer kwalijk neemt.'],
  ['| hedge asks', 'Als ik te ver ging, sorry, maar laten we er nou gewoon een streep onder zetten.'],
];
