// Held-out set 6 (Dutch, apology checklist). Written blind: from the format and labelling
// conventions in ../types.ts only, without seeing any rule, other corpus line or result.
// Measure it once and never tune on it; a line that fails here is a finding, not a fix.
// Before the one measurement, 3 lines that match a tuning line word for word were
// taken out: they had been tuned on (round 10).
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // sound: the deed named and owned, often with what it did to the other; no flags
  ['act effect owns', 'ik heb je bruiloft op de ochtend zelf afgezegd en jij zat met een leeg plekje aan tafel waar iedereen naar vroeg. dat was echt laf van me'],
  ['act effect owns', 'Het spijt me dat ik niet op de begrafenis van je moeder was. Jij hebt daar gestaan zonder je beste vriendin naast je.'],
  ['act owns', 'wat ik in de groepsapp over jouw nieuwe vriend zei was gemeen en niet eens waar, het spijt me'],
  ['act effect owns', 'ik heb je uitgelachen waar iedereen bij was toen je over je baan vertelde. je bent daarna vroeg naar huis gegaan en nu snap ik waarom. sorry'],
  ['act owns', 'sorry da ik zo tegen u uitgevallen ben op de trouw van Lien, da was nie oké van mij'],
  ['act effect owns', 'ik had beloofd te helpen met de verhuizing en ben gewoon niet komen opdagen. jij hebt toen alles alleen gesjouwd. ik schaam me daar echt voor'],
  ['act effect owns', 'Ik heb je weken genegeerd nadat je vroeg of alles goed was. Jij hebt je al die tijd afgevraagd wat je verkeerd had gedaan, terwijl het aan mij lag. Dat spijt me.'],
  ['act owns', 'het was fout van me om tijdens die ruzie over je vader te beginnen'],
  ['act owns', 'nou, ik was gewoon jaloers en daarom heb ik die opmerking over je promotie gemaakt. stom van me'],
  ['act effect owns', 'Ik heb op jullie bruiloft veel te veel gedronken en de speech verpest. Jullie familie heeft het er nu nog over, en dat is mijn schuld.'],
  ['act effect owns', 'idd ik heb tegen je gelogen over waar ik was die avond. jij hebt daardoor drie uur zitten bellen met ziekenhuizen. sorry echt'],
  ['act owns', 'sorry dat ik je kleren uit het studentenhuis op straat heb gezet, dat was bizar van me'],
  ['act effect owns', 'ik ben weggelopen toen jij me iets wilde vertellen over je zieke oma. je hebt het daarna aan niemand meer verteld. dat spijt me verschrikkelijk'],
  ['act owns', 'ik had die foto van jou nooit mogen posten zonder het te vragen. mijn fout'],
  ['act effect owns', 'ik heb jou als boodschapper gebruikt toen het uitging met je broer en jij zat daardoor de hele kerst tussen twee vuren. dat was oneerlijk van me'],
  ['act owns', 'ik was echt een eikel op je verjaardag met dat gezeik over de muziek. sorry'],
  ['act owns', 'Ik heb je niet gesteund toen je ontslagen werd. Sterker nog, ik heb er een grap over gemaakt. Dat spijt me.'],
  ['act effect owns', 'ik heb je geheim over de ivf aan mn moeder verteld en jij hoorde het terug op een verjaardag van een tante die je amper kent. dat is helemaal mijn schuld'],
  ['act owns', 'excuses dat ik je afkapte toen je over je depressie begon'],
  ['act effect owns', 'door mijn gezeur over het geld ben je niet mee geweest naar de Ardennen, terwijl je je er zo op verheugde. ik had dat gesprek nooit zo moeten voeren, sorry'],
  ['act effect owns', 'ik zei op de bruiloft van Mark dat jij nooit ergens voor gaat. jij hebt de rest van de avond aan de bar gestaan en niemand meer aangekeken. het spijt me enorm'],
  ['act owns', 'sorry dat ik zo bot deed over je nieuwe baan'],
  ['act owns', 'ik heb gewoon gelogen over die 200 euro. punt. sorry'],
  ['act effect owns', 'ik heb je met je zieke kat laten zitten terwijl ik zou oppassen, en jij zat in het buitenland en kon niks doen toen ze naar de dierenarts moest. sorry'],
  ['act effect owns', 'ik heb je na je miskraam niet teruggebeld. jij bent die weken alleen doorgegaan. dat had ik nooit zo mogen laten, het spijt me'],
  ['act effect owns', 'ik heb je tijdens je verhuizing geen enkele keer gebeld, en jij hebt alles in je eentje gedaan, met een gebroken pols nog wel. ik was een waardeloze vriend'],

  // sound with a concrete change; no flags
  ['act owns change', 'sorry dat ik die 300 euro nog steeds niet terug heb betaald. vanaf deze maand maak ik elke eerste 50 euro over tot het op nul staat'],
  ['act effect owns change', 'ik heb aan Joris doorverteld wat jij me over je scheiding had toevertrouwd, en binnen een week wist het halve kantoor het. dat had ik nooit mogen doen. wat jij me voortaan vertelt, blijft bij mij en ik vertel het aan niemand meer door'],
  ['act owns change', 'ik ben je verjaardag vergeten. geen excuus voor. volgend jaar bel ik je om twaalf uur s nachts, hij staat al in mn agenda'],
  ['act effect owns change', 'ik heb je fiets geleend en hem bij het station laten jatten, jij moest een maand lopend naar je werk. sorry man. ik koop deze week een nieuwe voor je'],
  ['act owns change', 'ik heb je zonder iets te zeggen uit de groepsapp gegooid, dat was kinderachtig van me. ik voeg je vanavond weer toe als je dat wil'],
  ['act owns change', 'Beste Henk, ik heb je destijds het geld voor de caravan niet teruggegeven zoals afgesproken. Dat had ik moeten doen en ik schaam mij ervoor. Zaterdag kom ik langs met het volledige bedrag.'],
  ['act effect owns change', 'ik heb je verhuisdozen drie weken in mn schuur laten staan en jij zat al die tijd zonder winterjas. mijn fout. morgen om tien uur sta ik met alles voor je deur'],
  ['act owns change', 'ik heb vier keer op rij afgezegd als we zouden afspreken, sorry. de volgende keer kom ik naar jou toe en ik zeg niet meer af'],
  ['act effect owns change', 'Ik heb jou de schuld gegeven van het afgelaste feest, terwijl ik zelf vergeten was de zaal te boeken. Jij hebt wekenlang boze appjes gekregen. Vandaag zet ik in de groep dat het aan mij lag.'],
  ['act owns change', 'ik heb je in de steek gelaten bij de verbouwing. sorry. ik heb de komende twee zaterdagen vrijgehouden om te komen klussen'],
  ['change', 'ik heb het abonnement op jouw naam vandaag opgezegd en ik maak je de kosten van de afgelopen maanden over'],

  // vague: a sorry with no deed named (it still owns)
  ['owns | vague', 'het spijt me echt van hoe het allemaal gelopen is'],
  ['owns | vague', 'ik heb dingen gedaan waar ik niet trots op ben, sorry daarvoor'],
  ['owns | vague', 'Mijn excuses voor mijn gedrag de afgelopen tijd.'],
  ['owns | vague', 'sorry voor wat ik gedaan heb echt'],
  ['owns | vague', 'sry voor alles tussen ons'],
  ['owns | vague', 'ik weet dat ik fout zat. sorry'],
  ['owns | vague', 'Allez, sorry he. Voor alles.'],
  ['effect owns | vague', 'sorry, ik weet dat ik je heel erg heb gekwetst'],
  ['effect owns | vague', 'het spijt me, je hebt door mij een rotjaar gehad'],
  ['owns change | vague', 'sorry voor mn gedoe van laatst. vanaf nu bel ik je elke zondag, dat beloof ik'],

  // asks: forgiveness or something back, with or without a named deed
  ['owns | vague asks', 'sorry voor alles, kun je me vergeven?'],
  ['owns | vague asks', 'het spijt me van alles, kunnen we het gewoon vergeten en weer normaal doen'],
  ['owns | vague asks', 'ik weet dat ik het verpest heb. geef je me nog een kans?'],
  ['owns | vague asks', 'mijn excuses voor alles. ik verwacht wel dat jij nu ook een stap zet'],
  ['act owns | asks', 'sorry dat ik niet op je bruiloft was. vergeef je me?'],
  ['act effect owns | asks', 'ik heb je laten zitten met de huur en jij moest je spaargeld opmaken. het spijt me. zou je me ooit kunnen vergeven'],
  ['act owns | asks', 'Ik had die dingen over je moeder niet mogen zeggen, het spijt me. Ik hoop dat jij dan ook je excuses maakt voor wat je over mijn vriend zei.'],
  ['act owns | asks', 'sorry dat ik je verjaardag vergeten ben. zullen we er ff een streep onder zetten?'],
  ['act owns change | asks', 'ik heb je geld nog niet terugbetaald, sorry. volgende week maak ik het over. mag ik dan weer gewoon komen op de vrijdagavonden?'],
  ['act effect owns | asks', 'ik heb in de groepsapp gezegd dat je een aandachtstrekker bent en daarna heeft niemand je meer uitgenodigd. sorry. kun je het me nog vergeven of is het te laat'],
  ['act owns | asks', 'ik heb je verraden bij die sollicitatie, het spijt me. hopelijk kun je het me ooit vergeven'],
  ['act owns | asks', 'sorry dat ik je op de reünie niet gegroet heb. zeg je volgende keer dan ook gewoon hoi terug?'],
  ['act owns change | asks', 'ik heb je auto met een deuk teruggebracht en niks gezegd. sorry. de garage betaal ik, stuur de rekening maar naar mij. vergeef je me?'],
  ['act owns | asks', 'Ik heb je brief nooit beantwoord en dat spijt me oprecht. Zou je het mij willen vergeven?'],

  // hedge: if/should, "that you were angry", "that you see it that way"
  ['| hedge', 'sorry als het verkeerd is overgekomen'],
  ['| hedge', 'het spijt me dat je je zo rot voelt over wat er gebeurd is'],
  ['| hedge', 'sorry als ge dat zo opgevat hebt he'],
  ['| hedge', 'sorry dat het voor jou zo voelde'],
  ['| hedge', 'het spijt me als je dat als verraad zag'],
  ['| hedge', 'sorry dat je boos bent geworden om zoiets kleins'],
  ['act | hedge', 'Mocht mijn opmerking over je gewicht verkeerd gevallen zijn, dan spijt me dat.'],
  ['act | hedge', 'Als mijn grap op je verjaardag verkeerd viel, dan was dat natuurlijk nooit de bedoeling.'],

  // hedge: but, a counter-reproach or an excuse in the same breath
  ['act | hedge', 'sorry dat ik niet kwam, maar je wist toch dat ik het druk had met mn scriptie'],
  ['act | hedge', 'ja sorry voor die opmerking over je vriend maar jij begon er zelf over'],
  ['act | hedge', 'sorry dat ik het tegen Femke gezegd heb, maar ja, het kwam toch wel een keer uit'],
  ['act | hedge', 'ik heb je bruiloft gemist, dat klopt, maar ik had net een nieuwe baan en kon echt geen vrij krijgen'],
  ['act | hedge', 'sorry dat ik zo uitviel, maar je weet hoe ik ben als ik moe ben'],
  ['act | hedge', 'Ik had misschien eerder moeten laten weten dat ik niet kwam, maar jij had ook kunnen bellen.'],
  ['act effect | hedge', 'ik heb het geld later teruggegeven dan afgesproken en jij kon daardoor je huur niet betalen, maar ik zat zelf ook echt krap hoor'],
  ['act | hedge', 'sorry dat ik niet op de begrafenis was, maar ik ben nu eenmaal slecht met dat soort dingen'],
  ['| hedge', 'ik vind het jammer dat het zo gelopen is, maar volgens mij heb ik niks verkeerd gedaan'],
  ['act | hedge', 'sorry voor dat gemene appje over je vriendin, ik had gewoon te veel gedronken'],
  ['act | hedge', 'oke ik heb je ex op mn feest uitgenodigd, sorry, maar hoe moest ik nou weten dat jullie nog ruzie hadden'],
  ['act | hedge asks', 'sorry dat ik je verjaardag heb overgeslagen, maar jij doet ook niet altijd alles goed. kunnen we er nu ff over ophouden'],
  ['| hedge asks', 'sorry als ik je gekwetst heb, maar jij hebt mij ook gekwetst. laten we allebei sorry zeggen en klaar'],

  // hedge: the passive voice, nobody did it
  ['| hedge', 'er zijn fouten gemaakt, dat geef ik toe'],
  ['act | hedge', 'het spijt me dat er dingen over je moeder zijn gezegd'],
  ['act | hedge', 'de sleutel is kwijtgeraakt toen hij bij mij lag, dat is balen'],
  ['act | hedge', 'er is toen in de groepsapp wat over jou geschreven dat niet had gemoeten'],
  ['| hedge', 'het is op dat feest gewoon uit de hand gelopen, dat was nooit de bedoeling'],
];
