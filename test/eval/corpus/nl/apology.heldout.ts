// Held-out sets 14 and 14b (Dutch, apology checklist), by two writers. Written blind, from the format and
// the labelling conventions in ../types.ts only: neither writer saw a rule, another corpus line
// or a result. They are to be measured once and never tuned on; if a line here turns out to be
// mislabelled, fix the label in a commit that says so, never the check.
// Voices leaned on in set 14: Volendams, Drents, Brussels Nederlands (allei, zenne, mor), een
// Chinees-Nederlandse restaurantfamilie, Ghanees-Amsterdams uit Zuidoost (chale, outdooring),
// een vrijwillige brandweer, een schaatsclub, een tennisclub, een vissersfamilie op Urk, een
// kringloopwinkel, een zorgboerderij, oud-klasgenoten van de pabo, een vriendin die een geheim
// doorvertelde, duivenmelkers, een kermisfamilie, heel formele e-mails, en spraakberichten
// omgezet in tekst (zonder leestekens, uitgesproken 'punt').
// Voices leaned on in set 14b: Amsterdams-Jordanees, Sallands, een Vietnamese Nederlander
// (Tết, đám giỗ, de familiezaak), een Spaanse Nederlander in de tweede taal, een Gooise
// hockeyclub, een kinderopvang, een bibliotheekvrijwilliger en het taalcafé, een vriend die
// zijn belofte als voogd terugnam, berichten om drie uur 's nachts met veel puntjes,
// managementjargon, Hasselts, een imkervereniging, een zeilvereniging.
// Before the one measurement, 11 lines that repeat a tuning line or an earlier line word for word
// were taken out: they had been tuned on or would count twice.
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // held-out set 14
  // sound: the deed named, what it did to the other, owned without a hedge
  ['act effect owns', "Het spijt me dat ik aan Lotte heb verteld dat je zwanger was. Jij had het recht om dat zelf te vertellen, en nu wist je hele afdeling het voordat jij er klaar voor was."],
  ['act effect owns', "Sorry dat ik niet op je afscheid bij de brandweer ben gekomen. Je zat daar met een lege stoel naast je, terwijl je hele speech over ons ging."],
  ['act effect owns', "'t Spijt mij da'k op uw feest zo zat was en tegen uw schoonmoeder heb staan roepen. Ge hebt daar nog maanden last van gehad bij uw schoonfamilie, da weet ik."],
  ['act effect owns', "Het spiet me dat ik jie aan de afslag voor leugenaar uitmaakte waar iedereen bij stond. Jie moesten daarna nog maanden die blikken op de kade verdragen. Daar schaam ik me voor."],
  ['act effect owns', "Ik had het recept van jouw saus nooit aan mijn oom mogen geven. Hij zette het op zijn eigen kaart en jouw vader moest dat elke dag zien als hij langs de zaak liep. Het spijt me echt."],
  ['act effect owns', "Chale, ik heb op de begrafenis van je oma niet gesproken terwijl ik dat beloofd had. Jullie zaten daar te wachten en de dominee moest maar wat verzinnen. Dat was fout van mij, helemaal."],
  ['act effect owns', "het spijt me dat ik je verjaardag vergeten ben en dat je op insta moest zien dat ik die avond bij Kim was je hebt daar alleen gezeten met je taart dat weet ik en dat is mijn fout punt"],
  ['act effect owns', "Sorry dat ik jou op het laatste moment uit de ploeg voor de marathon heb gehaald zonder het je zelf te zeggen. Je hoorde het van de trainer, met de hele groep erbij."],
  ['act effect owns', "Ik had je nooit als dubbelpartner mogen laten vallen voor Ingrid. Je stond daardoor het hele seizoen zonder partner en zat op het bankje terwijl wij speelden. Het spijt me."],
  ['act effect owns', "Het spit me dat ik nait op de bruloft van joen dochter kwam. Ie hebt de hele dag naor de deure keken, heb ik heurd."],
  ['act effect owns', "Het spijt me dat ik jouw lesplan als het mijne heb ingeleverd. Jij kreeg daardoor een onvoldoende en moest je hele stage overdoen."],
  ['act effect owns', "Ik bied u mijn oprechte excuses aan voor het feit dat ik uw voorstel tijdens de jaarvergadering heb weggewuifd. U bent daardoor in het bijzijn van het voltallige bestuur in uw hemd gezet."],
  ['act effect owns', "Sorry dat ik de stoel van je moeder in de winkel heb verkocht terwijl je had gezegd dat hij niet weg mocht. Jij hebt daarna weken alle kringlopen in de regio afgestruind."],

  // sound, with a concrete change
  ['act effect owns change', "Het spijt me dat ik jouw geheim over de scheiding aan de meiden van de pabogroep heb doorverteld. Je moest het daarna aan iedereen uitleggen terwijl je daar nog helemaal niet aan toe was. Wat jij me vertelt, zeg ik vanaf nu tegen niemand meer."],
  ['act effect owns change', "Sorry dat ik je uitlachte toen je die oefening verkeerd deed, met de hele ploeg erbij. Je bent daarna drie oefenavonden niet gekomen. Als ik iets zie, zeg ik het je voortaan onder vier ogen."],
  ['act effect owns change', "Het spijt me dat ik tegen de deelnemers heb gezegd dat jij de kippen had laten ontsnappen. Jij kreeg de schuld van mijn fout en Jan wilde een tijd niet meer met je werken. Maandag zet ik het zelf recht bij Jan en de groep."],
  ['act effect owns change', "Ik heb jouw standplaats in Tilburg weggekaapt door eerder bij de gemeente te zijn, en dat was gemeen. Jullie hebben daardoor een hele week niks verdiend. Volgend jaar laat ik die plek aan jullie en dat zeg ik ook tegen de marktmeester."],
  ['act effect owns change', "Sorry dat ik jouw duiven onder mijn naam heb ingekorfd. Jij liep daardoor de prijs mis waar je jaren voor gewerkt had. Ik laat het bij de afdeling corrigeren en de beker komt naar jou."],
  ['act effect owns change', "Het spijt me dat ik tegen je moeder heb gelogen over waar jij die nacht was. Zij heeft de hele nacht wakker gelegen en jij kreeg de ruzie. Ik ga het haar zaterdag na de kerk zelf vertellen."],
  ['act effect owns change', "Sorry dat ik in de kroeg aan iedereen heb verteld dat je gezakt was. Jij durfde daarna nie meer over de dijk. Ik hou m'n mond voortaan over jouw zaken."],
  ['act effect owns change', "sorry dat ik je appjes maanden heb laten liggen. jij zat toen midden in die verhuizing en had niemand om mee te praten. ik ga niet meer verdwijnen als het moeilijk wordt, ik zeg het je voortaan gewoon als ik ruimte nodig heb."],

  // sound, the deed owned, no effect told
  ['act owns', "Ik had je nooit mogen uitlachen om je accent op de verjaardag van Mei Ling. Dat was fout."],
  ['act owns', "Het spijt me dat ik je racket kapot heb gegooid."],
  ['act owns', "Sorry da'k u ni heb teruggebeld toen uw pa in 't ziekenhuis lag."],
  ['act owns', "Ik heb je geheim doorverteld. Dat had ik niet mogen doen. Punt."],
  ['act owns change', "Het spijt me dat ik zonder te vragen jouw foto in de groepsapp van de schaatsclub heb gezet. Ik haal hem vandaag weg en vraag het voortaan eerst."],
  ['act owns change', "Sorry dat ik je waar de klanten bij stonden heb uitgescholden in de keuken. Dat doe ik nooit meer waar anderen bij zijn, en als ik boos ben loop ik eerst even naar buiten."],
  ['act owns change', "Het spiet me dat ik zondag niet naast jie in de kerkbank wilde zitten. Volgende week schuif ik gewoon weer bij je aan."],
  ['act owns change', "Het spijt me dat ik het geld van de clubkas nooit heb terugbetaald. Ik maak het deze maand over, alles."],

  // no sorry and no flag: an opening, an effect alone, a change alone
  ['', "hoi Femke. lang geleden. ik heb dit bericht wel tien keer opnieuw geschreven."],
  ['effect', "Jij stond die nacht alleen bij de kazerne te wachten tot iemand je kwam halen."],
  ['change', "Vanaf nu vertel ik wat jij me toevertrouwt aan niemand, ook niet aan mijn man."],
  ['', "Je hoeft hier niet op te reageren, echt niet."],
  ['effect', "Ik weet dat je daarna een hele tijd niet meer naar de club durfde."],
  ['', "Ik vraag je niks, ik wilde je alleen laten weten dat ik er elke dag aan denk."],

  // vague: an unhedged sorry with no deed named
  ['owns | vague', "Het spijt me van die hele toestand."],
  ['owns | vague', "Allei, 't was mijne fout, zenne."],
  ['owns | vague', "sorry voor wat ik gedaan heb echt sorry ik weet niet wat me bezielde"],
  ['owns | vague', "Ik heb 't verpest, dat weet ik wel."],
  ['owns | vague', "Mijn excuses voor het voorgevallene."],
  ['owns | vague', "Chale sorry man, ik heb het helemaal verkeerd gedaan."],
  ['owns | vague', "het spijt me zo erg van alles wat er gebeurd is. jij was er altijd voor mij en ik niet voor jou."],
  ['owns | vague', "Het spijt me, echt. Ik heb het zo verknald."],
  ['owns | vague', "sorry dat ik zo'n rotwijf was"],
  ['effect owns | vague', "Sorry voor alles. Ik weet dat je maanden slecht hebt geslapen door mij."],
  ['effect owns | vague', "Het spijt me. Je hebt daarna drie weken in je eentje op de boot gestaan en niemand praatte met je."],
  ['owns change | vague', "Het spijt me van alles. Ik bel je voortaan elke zondag, zoals vroeger."],
  ['owns change | vague', "Het spit me van alles. Ik kom weer elke zaterdag helpen op 't land."],

  // vague, and asking something back
  ['owns | vague asks', "Sorry voor alles, kunnen we het gewoon vergeten?"],
  ['owns | vague asks', "Ik heb gezondigd tegen jie, dat besef ik. Vergeef et me, as jie kunnen."],
  ['owns | vague asks', "Sorry, het was stom van me. Mag ik weer een keer bij jullie komen eten?"],
  ['owns | vague asks', "Ik had het anders moeten doen. Ik hoop dat je me ooit kunt vergeven."],
  ['owns | vague asks', "Ik ben ne slechte vriend geweest, da weet ik. Kunnen we 't achter ons laten?"],
  ['effect owns | vague asks', "Sorry, ik weet dat je het door mij heel moeilijk hebt gehad. Wil je nog een keer koffie drinken?"],

  // hedged: if you felt, that you were upset, you feel that way
  ['act | hedge', "sorry als ik je pijn heb gedaan met dat verhaal over je ex op het feest van Ruud"],
  ['| hedge', "Het spijt me dat je zo boos was."],
  ['| hedge', "Sorry dat jij je zo voelt."],
  ['| hedge', "Sorry dat je je zo rot voelde daarover."],
  ['| hedge', "Sorry als ik te ver ging."],
  ['| hedge', "Mocht mijn optreden u onaangenaam hebben getroffen, dan betreur ik dat."],
  ['| hedge', "Het spijt me dat jij het zo hebt ervaren, zo was het nooit bedoeld."],
  ['act | hedge', "het spijt me als het verkeerd is overgekomen wat ik in de groepsapp over jouw vriend schreef maar zo bedoelde ik het echt niet"],
  ['act | hedge', "Ik ben misschien wat kortaf geweest tegen je tijdens die wedstrijd, en als dat zo is, sorry."],
  ['| hedge', "sorry dat je verdrietig was na mijn appje maar ik was gewoon moe en het was laat uitroepteken"],
  ['effect | hedge', "Sorry als je daardoor een uur in de kou hebt gestaan, ik had m'n telefoon niet bij me."],
  ['| hedge', "Het spijt me als mijn familie je niet goed heeft behandeld, zo zijn ze nou eenmaal."],

  // hedged: but, counter-blame, excuses
  ['act | hedge', "Sorry dat ik je verjaardag miste, maar jij bent die van mij twee jaar achter elkaar vergeten."],
  ['act | hedge', "Sorry dat ik niet op je housewarming kwam, maar ik had dienst en kon echt niet ruilen."],
  ['| hedge', "Sorry, mor ge moet toch toegeven da gij ook ni onschuldig zijt."],
  ['| hedge', "Het spiet me, mar jie weten ok hoe et hier op Urk gaat, iedereen praat."],
  ['act | hedge', "Sorry dat ik je nooit heb teruggebeld, maar het was superdruk in de zaak met Nieuwjaar."],
  ['act | hedge', "Sorry dat mama het van mij hoorde, maar jij had nooit gezegd dat het een geheim was."],
  ['act | hedge', "Ik heb het doorverteld, ja, maar ik dacht echt dat zij het al wist."],
  ['| hedge', "'t Spit me, mar ie weet ok dat ik 't toen nait makkelijk had."],
  ['| hedge', "Sorry voor dat gedoe met de standplaats, maar zo gaat dat nou eenmaal in de kermiswereld, wie het eerst komt."],
  ['| hedge', "Het spijt me dat het zo gelopen is met de ploegindeling, maar de trainer had het laatste woord."],
  ['| hedge', "Ik zeg sorry, ook al weet ik eigenlijk niet wat ik fout heb gedaan."],
  ['act | hedge', "Sorry dat ik je op de kazerne afkraakte, maar je had die slang echt verkeerd aangesloten en iemand moest het zeggen."],
  ['act effect | hedge', "Het spijt me dat ik je feest heb overgeslagen en dat jij daar alleen stond, maar jij had mij ook niet bepaald als eerste uitgenodigd."],
  ['| hedge', "Ik heb misschien dingen gezegd die niet oké waren, maar jij hebt mij eerst zwartgemaakt bij de anderen."],
  ['act | hedge', "Sorry dat ik je dienst op de boerderij niet heb overgenomen, maar ik had zelf ook een zieke moeder en drie kinderen thuis."],
  ['act | hedge', "Sorry dat ik je geheim aan Marloes vertelde, maar zij is mijn beste vriendin, dan deel je dingen."],
  ['act effect | hedge', "Ik heb die stoel verkocht, ja, en ik snap dat je daar kapot van was, maar hij stond in de verkoophoek, hoe moest ik dat nou weten."],

  // hedged, and asking something back
  ['| hedge asks', "Sorry als ik je gekwetst heb, kunnen we nu weer normaal doen?"],
  ['| hedge asks', "Indien ik u in enig opzicht tekort heb gedaan, verneem ik graag of u bereid bent dit achter ons te laten."],
  ['| hedge asks', "Sorry als 't u gestoord heeft, mor kunnen we nu ni gewoon terug ne pint gaan drinken?"],
  ['act | hedge asks', "Sorry dat ik niet op de outdooring van je dochter kwam, maar dat was mijn werk, kun je het alsjeblieft laten rusten?"],

  // owned, and asking something back
  ['act effect owns | asks', "Het spijt me dat ik je niet heb gebeld toen je vader begraven werd. Je stond daar zonder mij en ik weet hoe alleen je was. Wil je me vergeven?"],
  ['act owns | asks', "Sorry dat ik het kettinkje van je oma kwijt ben geraakt. Zullen we gewoon weer vriendinnen zijn?"],
  ['act effect owns | asks', "Het spijt me dat ik op het ijs tegen je heb geschreeuwd waar iedereen bij was. Jij reed daarna huilend naar de kant. Geef je me nog een kans?"],
  ['act owns | asks', "Ik heb je zaterdagdienst weggegeven zonder het je te vragen, dat was fout. Mag ik weer naast je achter de kassa?"],
  ['act owns change | asks', "Sorry dat ik je geheim aan Tess vertelde. Ik zeg nooit meer iets door. Wil jij aan Tess laten weten dat het me spijt?"],
  ['act effect owns | asks', "Het spijt me dat ik je vrouw in het clubhuis heb uitgelachen. Jullie zijn daarna nooit meer op de vrijdagborrel geweest. Komen jullie een keer bij ons eten, zeg alsjeblieft ja."],
  ['act owns | asks', "sorry dat ik je auto zonder vragen heb geleend en er een deuk in heb gereden laat je even weten of ik het mag goedmaken"],
  ['act owns | asks', "Sorry dat ik je hengel mee naar Urk heb genomen en nie terug heb gebracht. Ken je me vergeven?"],

  // asking something back, with no sorry
  ['| asks', "Kunnen we niet gewoon doen alsof er niks gebeurd is?"],
  ['| asks', "Bel je me terug? Dan leg ik alles uit."],
  ['| asks', "Ik verwacht niet dat je het vergeeft, maar ik zou het wel heel fijn vinden als je dat deed."],
  ['| asks', "Ik weet niet goed wat ik moet zeggen, maar doe je zaterdag weer mee met de vlucht?"],
  // held-out set 14b, a second writer
  // Sound apologies: the deed named, what it did to the other (often told as a story), an
  // unhedged sorry or admission, sometimes a concrete promise; no flags.
  ['act effect owns change |', "Het spijt me dat ik zonder iets te zeggen uit de teamapp ben gestapt. Jij moest daardoor in je eentje het hele Ibiza-weekend afzeggen. Voortaan zeg ik het eerst tegen jou als ik ergens mee zit."],
  ['act effect owns |', "Ik heb je verjaardag op de boot gemist, en jij hebt de hele middag op de steiger naar de parkeerplaats staan kijken. Dat spijt me echt."],
  ['act owns |', "Sorry dat ik tegen Lotte heb gezegd dat je je dienst expres had geruild. Dat was niet waar en niet eerlijk."],
  ['act effect owns change |', "Ik heb de voogdij over Noor en Sem teruggegeven zonder eerst met jou te praten, en daarmee heb ik je alleen gelaten op het moment dat je iemand het hardst nodig had. Het spijt me. Ik kom volgende week naar je toe om samen met de notaris een nieuwe regeling te zoeken."],
  ['act effect owns |', "het spijt me dat ik om drie uur 's nachts die berichten heb gestuurd... jij moest de volgende ochtend om zeven beginnen en hebt geen oog meer dichtgedaan..."],
  ['act effect owns |', "Het spijt mij heel erg dat ik op jouw feest te veel gedronken heb en tegen jouw vader heb geschreeuwd. Jij moest daarna alles uitleggen aan jouw familie, en dat was mijn fout."],
  ['act effect owns change |', "Ik heb jouw naam genoemd in het gesprek met de directie terwijl je er niet bij was. Daardoor kreeg jij een gesprek over je functioneren dat je niet verdiende. Dat was fout van mij. Morgen ga ik naar Hanneke om te zeggen dat ik het verkeerd had."],
  ['act owns change |', "Mijn excuses dat ik de sleutel van de bijenstal heb gehouden. Zaterdag leg ik hem bij je in de brievenbus."],
  ['act effect owns |', "Het spijt me dat ik jouw voorleesuurtje heb overgenomen zonder het te vragen. De kinderen vroegen naar jou, en jij stond erbij alsof je er niet meer bij hoorde."],
  ['act effect owns |', "Ouwe, ik heb je laten zitten met de verhuizing naar Osdorp. Jij stond daar met je broer en een bus vol dozen en ik kwam gewoon niet opdagen. Daar schaam ik me kapot voor."],
  ['act owns |', "Ik had niet achter je rug om met de trainer over jouw plek in het eerste mogen praten. Dat was fout."],
  ['act effect owns change |', "Sorry dat ik niet op de đám giỗ van je opa was. Je moeder had een plek voor me gedekt en die bleef de hele avond leeg. Volgend jaar ben ik er, het staat al in mijn agenda."],
  ['act effect owns |', "'t Spijt mij dat ik u op de jeneverfeesten heb uitgelachen waar iedereen bij stond. Ge zijt toen alleen naar huis gegaan, en da was mijn schuld."],
  ['act effect owns |', "Ik heb oe niet eholpen met 't slingeren terwijl ik 't beloofd had, en ie mos alles allene doen met oe kapotte rugge. Dat spiet me."],
  ['act effect owns |', "Ik heb jouw idee in het MT-overleg als het mijne gepresenteerd. Jij zat ernaast en kon niks meer zeggen. Daarvoor bied ik je mijn excuses aan."],
  ['act owns change |', "Sorry dat ik je nummer had geblokkeerd. Ik heb het net gedeblokkeerd en zo blijft het."],
  ['act effect owns |', "sorry dat ik zei dat je een slechte moeder bent... ik weet dat je daarna dagen niet hebt geslapen... het was gemeen en het is niet waar"],
  ['act effect owns change |', "Het spijt me dat ik die foto van jou uit de kleedkamer in de groepsapp heb gezet. Je bent er de hele derde helft mee gepest. Ik heb hem verwijderd en ik zeg morgen op de training tegen de hele groep dat het mijn actie was."],
  ['act owns |', "Het was gemeen van mij om je bij de seizoensopening niet eens te groeten."],
  ['change |', "Vanaf nu bel ik je elke eerste zondag van de maand, wat er ook is."],
  ['act effect owns change |', "Ik heb de boot verkocht zonder het jou te vertellen, terwijl jij er al je zomers in had gestoken. Sorry, dat had ik nooit mogen doen. Ik geef je de helft van wat hij heeft opgebracht, volgende week staat het op je rekening."],
  ['act owns |', "Mijn fout dat ik je moeder erbij heb gehaald. Dat had nooit gemogen."],
  ['act effect owns |', "Ik heb doorverteld aan Kim dat jullie met IVF bezig waren. Jij hoorde het terug van je schoonzus, op een verjaardag, tussen de bitterballen. Het spijt me zo."],
  ['act effect owns change |', "Perdón, ik heb gelogen over waarom ik niet kwam naar jouw diploma-uitreiking. Jij hebt naar mij gezocht in de hele zaal. Ik ga nooit meer liegen tegen jou over waar ik ben, dat beloof ik."],
  ['act effect owns |', "Ik had nooit tegen mijn ouders mogen zeggen dat jij geld uit de kassa van de zaak had gepakt. Mijn vader keek je daarna niet meer aan, en dat komt door mij."],
  ['act owns |', "Sorry dat ik je afdeed als 'maar een vrijwilliger', waar de anderen bij stonden."],
  ['act owns change |', "Ik heb je fiets geleend en nooit teruggebracht, da's gewoon fout. Morgen staat ie voor je deur."],
  ['act effect owns |', "het spijt me dat ik niet naar de begrafenis van je oma kwam... jij stond daar zonder mij naast je... ik had er moeten zijn"],
  ['act effect owns |', "Het spijt me dat ik de kasten niet heb nagekeken toen jij in het ziekenhuis lag. Toen je thuiskwam waren er twee volken dood, en dat had jij niet verdiend."],
  ['act effect owns change |', "Ik heb jou op het rooster steeds de zaterdagen gegeven, terwijl ik wist dat je dan op je kleinzoon past. Daardoor heb je hem maandenlang amper gezien. Het spijt me. Vanaf februari draai ik de zaterdagen zelf."],
  ['act owns |', "Ik ben je excuses schuldig voor dat mailtje met de directie in de cc. Dat was laf."],
  ['change |', "De volgende keer praat ik eerst met jou, voordat ik ook maar iets tegen de groep zeg."],
  ['act effect owns |', "Ik heb je uitgelachen toen je vertelde dat je de opleiding tot pedagogisch medewerker ging doen. Je hebt je aanmelding toen bijna ingetrokken. Dat spijt me echt."],
  ['act effect owns change |', "Ik ben zonder afmelden niet op de regatta gekomen, en jij moest met een invaller varen die de fok niet kon bedienen. Sorry. Ik heb me voor de najaarsrace al ingeschreven als jouw bemanning, en ik kom."],

  // General sorries: owning with no deed named (vague), also beside an effect, a promise or an ask.
  ['owns | vague', "het spijt me... van alles... echt van alles..."],
  ['owns | vague', "Ik was een waardeloze vriend, dat weet ik."],
  ['owns | vague', "Ik heb het verkloot, ouwe."],
  ['effect owns | vague', "Het spijt me dat jij maandenlang in je eentje op de dreumesgroep stond."],
  ['owns change | vague', "Sorry voor hoe het allemaal gelopen is. Vanaf nu bel ik je elke week op woensdagavond."],
  ['owns | vague asks', "Het spijt me echt. Vergeef je me?"],
  ['owns | vague', "Dat lag helemaal aan mij."],
  ['owns | vague', "Amai, 't spijt mij, echt waar, ik ben ne zot geweest."],
  ['owns | vague', "Ik heb 't verpest, da weet ik best."],
  ['owns | vague asks', "Sorry voor wat ik gedaan heb. Mag ik je een keer op koffie trakteren om het goed te maken?"],
  ['owns | vague', "Sorry voor hoe ik deed op je verjaardag."],
  ['effect owns | vague', "Ik weet dat jij door mij alleen in die wachtkamer zat. Het spijt me."],
  ['owns change | vague', "Lo siento, het spijt mij voor alles, vanaf nu stuur ik jou elke zondag een bericht, beloofd."],
  ['owns | vague asks', "ik weet dat ik een rotvriendin ben geweest... kun je me ooit vergeven..."],
  ['owns | vague', "Ik neem volledig eigenaarschap voor wat er misging in het traject."],
  ['owns | vague asks', "Sorry voor alles wat er gebeurd is. Mẹ wil zo graag dat je weer komt eten, kom je met Tết?"],
  ['owns | vague', "Ik schaam me kapot, echt waar."],
  ['effect owns | vague asks', "Ik weet dat ik je veel pijn heb gedaan en het spijt me. Wil je nog met me praten?"],

  // Hedged sorries: "if you felt", "that you were upset", "you feel that way", "but you",
  // counter-blame and excuses; no owning, with act or effect only where named.
  ['| hedge', "Sorry dat je zo overstuur was."],
  ['| hedge', "Het spijt me dat je je zo voelt, maar ik kan er ook niks aan doen."],
  ['act | hedge', "Sorry dat ik niet op je verjaardag kwam, maar jij liet het me ook pas op het laatste moment weten."],
  ['act | hedge', "Het spijt me dat ik je verhuizing heb gemist, maar ik had die week drie deadlines, dat weet je."],
  ['act effect | hedge', "Sorry dat ik je dagboek aan Sanne liet lezen en dat jij daarna door de hele klas werd uitgelachen, maar jij had ook dingen over mij geschreven."],
  ['act | hedge', "Ja sorry dat ik je fiets verkocht heb hoor, maar je liet 'm ook al maanden bij mij in de gang staan."],
  ['| hedge', "Perdón als jij voelde dat ik niet respect had voor jou."],
  ['| hedge asks', "Sorry als het verkeerd overkwam, kunnen we nu gewoon weer normaal doen?"],
  ['act | hedge', "Sorry dat ik die foto heb gedeeld, maar het was echt maar een grapje, iedereen deed het."],
  ['act | hedge', "Het spijt me dat ik de voogdij heb teruggegeven, maar met mijn eigen kinderen en de verbouwing kon ik het gewoon echt niet aan."],
  ['effect | hedge', "Het spijt me dat jij je zo alleen voelde, al had je mij ook gewoon kunnen bellen."],
  ['| hedge', "Het is niet dat ik geen spijt heb, maar jij maakt het ook wel heel groot."],
  ['| hedge', "sorry als ik weer te veel ben... dat zeg jij toch altijd..."],
  ['act | hedge', "Excuses voor het mailtje met de directie in de cc, al was dat binnen de gegeven context wel de gebruikelijke procedure."],
  ['| hedge', "'t Spijt mij als ge da zo gevoeld hebt, mar zo bedoelde ik 't nie."],
  ['act | hedge', "Het spijt me dat ik je niet heb verteld dat het taalcafé naar de dinsdag was verplaatst, maar het stond gewoon in de nieuwsbrief."],
  ['| hedge', "Sorry dat je het gevoel hebt dat ik er niet was."],
  ['act effect | hedge', "Sorry dat ik de kasten niet heb nagekeken en dat je twee volken kwijt bent, maar het was ook een natte zomer, dat had iedereen kunnen overkomen."],
  ['| hedge asks', "Het spijt me als ik te ver ben gegaan. Vergeef je me?"],
  ['act | hedge asks', "Sorry dat ik je moeder erbij haalde, maar jij begon. Zullen we er een streep onder zetten?"],
  ['| hedge', "Ik bied mijn excuses aan voor zover ik iets verkeerd heb gedaan."],
  ['| hedge', "'t Spiet me da'j 't zo zien, mar ik zie 't aans."],
  ['act | hedge', "Sorry dat ik niet op de herdenking van je opa was, maar mijn eigen moeder was die dag ook ziek, dus ja."],
  ['change | hedge', "Sorry als ik bot was. Voortaan tel ik eerst tot tien voor ik een appje stuur."],
  ['| hedge', "Ik weet eerlijk gezegd niet wat ik verkeerd heb gedaan, maar sorry dan."],
  ['act | hedge', "Het spijt me dat ik tegen je geschreeuwd heb, maar je weet hoe ik ben als ik moe ben."],
  ['effect | hedge', "Sorry dat je die avond alleen naar huis moest fietsen, maar ik dacht echt dat Joost je zou brengen."],

  // Owning, then asking something back (forgiveness, a reply, a meeting, a second chance).
  ['act effect owns | asks', "Het spijt me dat ik je verjaardag vergeten ben. Jij hebt de hele avond met je telefoon naast je bord gezeten. Kun je het me vergeven?"],
  ['act owns | asks', "Ik had die dingen over je ex niet in de groep mogen zetten. Sorry. Mag ik je een keer bellen?"],
  ['act effect owns change | asks', "Sorry dat ik niet kwam opdagen bij de opening van je expositie; je stond daar met een glas voor mij klaar. Vanaf nu zet ik je afspraken meteen in mijn agenda. Geef je me nog een kans?"],
  ['act owns | asks', "Ik had nooit met je vriendin mogen zoenen op het Jordaanfestival, ouwe. Sorry. Effe een bakkie doen binnenkort?"],
  ['act effect owns | asks', "Het spijt me dat ik de voogdij zomaar heb teruggegeven. Jij hebt daarna wekenlang geen nacht doorgeslapen. Ik hoop dat je me dat ooit kunt vergeven."],
  ['act owns | asks', "Sorry dat ik voor jouw vertrek uit het team heb gestemd. Laat je me even weten of je nog op de eindejaarsborrel komt?"],
  ['act effect owns | asks', "sorry dat ik je vriend heb uitgescholden op je feest... ik weet dat jullie daarna ruzie hadden... wil je alsjeblieft iets terugzeggen..."],
  ['act owns | asks', "Het spijt mij dat ik jouw fiets kapot heb gemaakt. Wil jij nog met mij praten, por favor?"],
  ['act effect owns | asks', "Sorry dat ik je aanmelding als vrijwilliger heb laten verlopen; je stond die maandag voor een dichte deur bij de uitleenbalie. Zou je willen terugkomen?"],
  ['act owns change | asks', "Ik had je niet mogen afvallen waar de ouders bij stonden bij het ophalen. Het spijt me. Ik zet het op het volgende teamoverleg recht. Wil je daarna samen lunchen?"],
  ['act effect owns | asks', "'t Spiet me dat ik oe bij de notaris heb laten zitten, ie zatten daar mooi allene. Wi'j nog met me praoten?"],
  ['act owns | asks', "Sorry dat ik het geheim van je zus heb doorverteld aan mijn neef. Ik hoop dat we weer vrienden kunnen worden."],
  ['act effect owns | asks', "Sorry dat ik niet ben komen fotograferen op de opening van je fietsenwinkel, je had op het laatst niemand anders meer kunnen vinden. Mag ik het goedmaken met een nieuwe shoot?"],
  ['act owns | asks', "Ik heb u laten vallen toen ge uw job kwijt waart, en da spijt mij. Gaat ge nog ne keer mee iets drinken op de Grote Markt?"],
];
