// Held-out sets 15 and 15b (Dutch, apology checklist), by two writers. Written blind, from the format and
// the labelling conventions in ../types.ts only: neither writer saw a rule, another corpus line
// or a result. They are to be measured once and never tuned on; if a line here turns out to be
// mislabelled, fix the label in a commit that says so, never the check.
// Voices leaned on in set 15: Bommelerwaards, Hoeks (Hoeksche Waard), Kortrijks, Schiedams,
// Dordts, een Koerdische Nederlander in de tweede taal, een Filipijnse Nederlander (Taglish),
// een schapenscheerdersploeg, een tandartspraktijk, een kermis-botsautoploeg, een debatclub,
// hospicevrijwilligers, een festivalkaartje dat nooit werd terugbetaald, een mantelzorger en
// de dochter, autocorrectie die woorden verhaspelt, berichten die beginnen met 'niet lullig
// bedoeld maar', een getuige die niet kwam opdagen.
// Voices leaned on in set 15b: Goerees-Overflakkees, Bredaas, Antwerps-Borgerhouts met Berbers
// en Darija ertussen, Texels, een Hongaarse Nederlander in de tweede taal, een
// Surinaams-Javaanse familie (mbak, mas, ibu, mbah, slametan), Dordts, een
// tegelzettersbedrijf, een thuisonderwijsgroep, een biljartclub, een jeugdvoetbaltrainer en
// een ouder, een vriendin die Veilig Thuis belde over de ander, een gemiste bruiloft door een
// kater, een modelspoorclub, een slechte Google-review over de zaak van de ander, een
// kerstdiner bij de schoonfamilie, hashtags, doorgestreepte woorden met ~~, effecten verteld
// als verhaal.
// Before the one measurement, 10 lines that repeat a tuning line or an earlier line word for word
// were taken out: they had been tuned on or would count twice.
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // held-out set 15
  // sound apologies: the deed named, owned without a hedge, often its effect and a change
  ['act effect owns change', "Het spijt me dat ik niet ben komen opdagen als je getuige. Jij stond daar in het gemeentehuis met een lege plek naast je en moest op het laatste moment je neef laten tekenen. Ik kom volgende maand langs om het je recht in je gezicht te zeggen, en elke afspraak met jou zet ik voortaan dubbel in mijn agenda."],
  ['act effect owns', "Ik heb het geld voor het festivalkaartje nooit terugbetaald. Jij hebt daardoor die hele zomer krap gezeten. Dat is mijn fout."],
  ['act effect owns change', "sorry dat ik je kaartje niet heb terugbetaald. je moest er zelf voor lenen bij je broer en daar schaamde je je voor. ik maak vrijdag de 239 euro over, de overboeking staat al klaar"],
  ['act effect owns change', "Heval, ik heb tegen jouw familie gezegd dat jij had gelogen. Dat was niet waar. Jouw moeder keek daarna anders naar jou, en dat komt door mij. Het spijt mij. Zondag ga ik naar haar toe en vertel ik dat ik het heb verzonnen."],
  ['act owns', "Het spijt me dat ik je tijdens de weerlegging voor de hele debatclub belachelijk heb gemaakt."],
  ['act effect owns', "Ik heb je in de appgroep van de ploeg afgezeken. Jij las dat terwijl je in het ziekenhuis lag. Ik schaam me daar diep voor."],
  ['act effect owns change', "Ate, pasensya na. Ik had beloofd op je kinderen te passen en ik ben niet gekomen. Jij moest je dienst in het ziekenhuis afzeggen. Vanaf nu zet ik het met een wekker in m'n telefoon, en als ik niet kan bel ik een dag van tevoren."],
  ['act owns change', "'t Spyt me da'k nie gekomen zyn naar de begrafenis van joen vader. 'k Goan volgende week mee naar 't kerkhof, as ge da wilt."],
  ['act effect owns', "Ik ben niet meer bij je moeder langsgegaan nadat wij ruzie kregen. Jij stond er toen helemaal alleen voor, met de thuiszorg, het wassen en de nachten. Dat had ik nooit mogen doen."],
  ['act effect owns change', "Ik heb tegen de praktijkhouder gezegd dat jij de planning had verknoeid, terwijl ik het was. Jij kreeg een gesprek over iets wat ik had gedaan. Het spijt me. Ik heb vanochtend een mail gestuurd om het recht te zetten en maandag vertel ik het ook aan het team."],
  ['act effect owns', "sorry dat ik die foto van jou in de botsauto heb gedeeld zonder het te vragen. ze hebben je er wekenlang mee gepest op de kermis"],
  ['act owns', "Ik had die grap over je moeder bij de scheerders nooit mogen maken. Mijn fout."],
  ['act effect owns change', "Ik ben tijdens jouw debatfinale weggelopen om te roken en niet meer teruggekomen. Jij keek tijdens je slotpleidooi naar mijn lege stoel, zei je later. Het spijt me echt. Bij je volgende wedstrijd zit ik vooraan en blijf ik tot de uitslag."],
  ['act effect owns', "Jie hebt die hele nacht in de schuur op me gewacht met de schape, en ik kwam nie. Het spijt me, ik had motte belle."],
  ['act effect owns', "Het spijt me dat ik jouw scheiding aan de andere vrijwilligers heb verteld. Jij moest daarna elke dienst hun blikken verdragen."],
  ['act effect owns change', "Sorry dat ik je kaartje voor Best Kept Secret heb doorverkocht en het geld heb gehouden. Jij stond bij de ingang zonder kaart terwijl de rest naar binnen ging. Ik heb het geld vandaag overgemaakt, en volgend jaar koop ik de kaartjes van mijn eigen geld."],
  ['act effect owns change', "niet lullig bedoeld maar ik moet het gewoon zeggen: sorry dat ik niet bij je diploma-uitreiking was. je zat daar alleen met je moeder. in juni kom ik naar je promotie, dat staat al vrij in mijn rooster"],
  ['act effect owns', "Mijn autocorrect maakte van sorry eerst ‘sorbet’, maar ik meen het: het spijt me dat ik je een loser noemde toen je uit de ploeg stapte. Je zat daarna te huilen in de auto, dat heb ik gezien."],
  ['act owns change', "Ik heb je gewoon op je verjaardag ingeroosterd voor de nachtdienst. Dat was fout van mij. Het rooster maak ik voortaan samen met jou."],
  ['act effect owns change', "Het spijt me dat ik onze ruzie over de Tikkie in de groep heb gegooid. Iedereen weet nu van jouw geldzorgen en dat heb ik veroorzaakt. Ik haal de berichten vandaag weg en ik zet erbij dat het mijn schuld was."],
  ['act effect owns', "Ik heb tegen de jury gezegd dat jij je bronnen had verzonnen. Jij bent daardoor gediskwalificeerd, op je laatste toernooi nog wel. Het was gemeen en het was niet waar, en het spijt me."],
  ['act effect owns change', "Heval, ik was niet op jouw bruiloft. Ik ben thuisgebleven omdat ik boos was, en dat was fout. Jij hebt de hele avond naar de deur gekeken, zei jouw zus. Het spijt mij. Volgende maand kook ik voor jullie twee bij mij thuis, als jullie dat willen."],
  ['act owns', "Het was laf van me dat ik je scheerkop mee naar Wales heb genomen en nooit heb teruggegeven."],
  ['act effect owns change', "'k Hè joen fiets kapot gereden en 'k zei niks. Gie moest ne ganse moand te voet naar 't werk. 't Spyt me. Zoaterdag breng 'k ne nieuwe."],
  ['act effect owns change', "hoi. ik weet niet goed hoe ik moet beginnen dus ik begin gewoon. het is alweer vier maanden geleden, de lammeren zijn er en de ploeg is zonder jou begonnen. ik heb je toen in de schuur waar iedereen bij stond beschuldigd dat je geld uit de kas had gepakt. dat was niet waar, de penningmeester had zich vergist. jij bent die dag naar huis gereden en niet meer teruggekomen, en van je vrouw hoorde ik dat je nachten niet sliep. het spijt me. ik heb het vorige week aan de ploeg uitgelegd en ik zet het ook in de nieuwsbrief van mei. verder alles goed hier, de hond wordt oud."],
  ['act effect owns', "Ik ben je een excuus schuldig voor wat ik op de wake van mevrouw Visser over jou zei. Jij stond erbij, je familie hoorde het ook, en jullie zijn daarna meteen naar huis gegaan."],

  // kind lines with no apology in them, raising nothing
  ['', "Ik denk nog vaak aan de scheerweek in Drenthe."],
  ['', "Ik hoop dat het goed gaat met je moeder."],
  ['', "Ik schrijf dit al drie weken en nu verstuur ik het gewoon."],
  ['', "Dank je dat je mijn vorige bericht hebt gelezen."],
  ['', "Ik heb de foto's van de kermis nog, als je ze ooit wil hebben."],
  ['', "Neem alle tijd die je nodig hebt."],
  ['', "Met mij gaat het goed, ik werk weer gewoon in de praktijk."],
  ['', "Ate, ingat ka palagi."],
  ['', "Ik wil je niks vragen, ik wil je alleen iets zeggen."],

  // vague: owned, but no deed named
  ['owns | vague', "het spijt me van alles man. echt."],
  ['owns | vague', "Ik ben een slechte vriend geweest, dat weet ik heus wel."],
  ['owns | vague', "Heval, ik heb fout gedaan. Ik weet het."],
  ['owns | vague', "Die hele toestand, dat lag helemaal aan mij."],
  ['owns | vague', "Ik heb het verkloot. Sorry."],
  ['owns | vague', "Mijn excuses voor mijn gedrag van de laatste tijd."],
  ['owns | vague', "Ik was een waardeloze getuige en een nog waardelozere vriend."],
  ['owns | vague', "sorry sorry sorry. autocorrect maakt er steeds sorrie van maar je snapt me"],
  ['effect owns | vague', "Sorry. Ik weet dat jij je maandenlang alleen hebt gevoeld."],
  ['effect owns | vague', "Het spijt me. Jij hebt er nachten wakker van gelegen en dat weet ik."],
  ['owns change | vague', "Het spijt me hoe ik me gedragen heb. Vanaf nu bel ik je elke zondagavond, beloofd."],
  ['effect owns change | vague', "Sorry voor mijn aandeel. Jij bent je plek in de ploeg kwijtgeraakt, en ik ga de baas vragen of je terug mag komen."],
  ['owns | vague asks', "Sorry voor alles wat er gebeurd is. Kunnen we het gewoon achter ons laten?"],
  ['owns | vague asks', "Pasensya na, ate. Vergeef je me?"],
  ['owns | vague asks', "'t Spyt me, echt. Zoude gie nog ne ki willen afspreken?"],
  ['effect owns | vague asks', "Ik weet dat ik je pijn heb gedaan en het spijt me. Geef je me nog een kans?"],
  ['owns change | vague asks', "Ik heb me misdragen. Vanaf volgende week drink ik niks meer op de ploegavonden, echt. Mag ik je daarna een keer zien?"],
  ['owns | vague asks', "Dat was op mij, alles. Laat je iets van je horen?"],

  // hedge: sorry with "if", "but", "you feel", counter-blame or an excuse
  ['| hedge', "Het spijt me als het verkeerd is overgekomen."],
  ['| hedge', "sorry dat je het zo opvat, zo bedoelde ik het echt niet"],
  ['act | hedge', "Sorry dat ik niet op je bruiloft was, maar jij had ook niet gezegd dat het zo belangrijk voor je was."],
  ['act | hedge', "Het spijt me dat ik het kaartje niet heb terugbetaald, maar het was een zwaar jaar met mam en de zorg."],
  ['act | hedge', "niet lullig bedoeld maar ik zei dat over je ex omdat jij er zelf over begon. sorry dan."],
  ['| hedge', "Sorry dat jij je zo voelt, heval. Ik kan er ook niks aan doen."],
  ['act | hedge', "Sorry als het vervelend was dat ik die foto deelde, het was maar een geintje."],
  ['effect | hedge', "Het spijt me dat je een uur voor het gemeentehuis hebt moeten wachten, maar mijn trein bleef steken bij Geldermalsen."],
  ['| hedge', "Sorry hoor, maar jij bent ook niet de makkelijkste."],
  ['| hedge', "Ate, sorry na kung nasaktan kita. Als ik je gekwetst heb, dan spijt me dat."],
  ['act effect | hedge', "Ik ben niet meer komen helpen bij jouw diensten in het hospice en jij draaide die nachten alleen, dat weet ik, maar jij had ook kunnen bellen."],
  ['| hedge', "Het spijt me, maar we hebben allebei dingen gezegd die niet oké waren."],
  ['act | hedge', "'k Zyn nie gekomen, 't spyt me, mo 'k moest werken en da weet gie."],
  ['act | hedge', "Sorry voor wat ik in de debatzaal over je vader zei, al moet je toegeven dat jij mij eerst uitdaagde."],
  ['effect | hedge', "Ik snap dat jij je alleen voelde met je moeder, maar ik had zelf ook een gezin en een baan."],
  ['| hedge', "Het spijt me dat je het zo hebt ervaren."],
  ['act | hedge', "Sorry dat ik tegen de baas zei dat jij die fout had gemaakt. Ik dacht echt dat het zo was, dus kwaad bedoeld was het niet."],
  ['act effect | hedge', "Sorry dat ik de wake heb overgeslagen en dat jij die nacht alleen bij mevrouw Visser zat, maar niemand had me laten weten dat het zo slecht ging."],
  ['| hedge', "Sorry hoor, maar iedereen maakt weleens een fout."],
  ['act | hedge', "Ik ben uit de botsautoploeg gestapt zonder het te zeggen, maar jij had het net zo goed kunnen zien aankomen."],
  ['effect | hedge', "spijt me dat je je geld kwijt bent maar het festival ging gewoon niet door dus wat had ik eraan moeten doen"],
  ['| hedge', "Ik bied mijn excuses aan voor eventuele misverstanden."],
  ['| hedge', "Sorry, maar eerlijk is eerlijk, jij was die avond ook niet bepaald aardig."],
  ['act | hedge', "Excuses dat ik je op je verjaardag heb ingeroosterd, maar je had je beschikbaarheid ook eerder kunnen doorgeven."],
  ['act | hedge', "Dag Ellen, ik hoop dat alles goed is met jou en de kinderen. Hier is het druk, de praktijk is verhuisd naar de Hoogstraat en we hebben een nieuwe mondhygiëniste. Over dat gedoe met de afspraken: ik heb jouw patiënten inderdaad aan mezelf toegewezen, maar je was er zo vaak niet dat iemand het moest doen, dus echt kwaad bedoeld was het niet. Enfin. Groetjes aan Bram."],
  ['| hedge', "Het spijt me dat jij het zo ziet. Ik zie het zelf echt anders."],
  ['| hedge asks', "Sorry als ik je gekwetst heb. Kunnen we weer normaal doen?"],
  ['act | hedge asks', "Ik heb je kaartje doorverkocht, sorry, maar ik zat echt krap. Zand erover?"],
  ['act | hedge asks', "Sorry dat ik niet ben gekomen, het was een gekkenhuis die week. Kunnen we het er een keer over hebben?"],
  ['| hedge asks', "Heval, sorry als jij boos bent op mij. Jij bent toch nog mijn broer? Zeg dat ja."],

  // owned, but something is asked back
  ['act owns | asks', "Sorry dat ik als getuige niet ben komen opdagen. Wil je me nog een kans geven?"],
  ['act effect owns | asks', "Het spijt me dat ik het geld van het kaartje heb gehouden. Jij moest daardoor je huur te laat betalen. Kun je me vergeven?"],
  ['act effect owns change | asks', "Heval, ik heb jouw moeder niet gegroet op het feest. Zij was verdrietig, zei jouw broer. Het spijt mij echt. Ik ga haar bloemen brengen. Ben jij nog mijn vriend?"],
  ['act owns | asks', "Ik had je nooit mogen uitlachen tijdens je pleidooi. Mag ik het goedmaken met een etentje?"],
  ['act effect owns | asks', "sorry dat ik je bij het scheren voor schaap heb uitgemaakt waar iedereen bij stond. ze noemden je daarna allemaal het schaap, ik weet het. hoop dat je het me kan vergeven"],
  ['act effect owns change | asks', "Ate, sorry na talaga. Ik heb het geld voor de debut van je pamangkin niet gestuurd zoals ik had beloofd, en jij moest alles zelf betalen. Ik stuur het deze maand, in twee delen. Pwede ba tayong mag-usap ulit? Kunnen we weer praten?"],
  ['act owns | asks', "Het spijt me dat ik niet naar de uitvaart van je opa ben gekomen. Laat je iets van je horen?"],
  ['act effect owns | asks', "Ik heb dat filmpje van jou bij de behandelstoel in de praktijk-app gezet. Jij durfde daarna weken niet in de kantine te zitten. Het was stom en gemeen, het spijt me. Zullen we het uitpraten?"],
  ['act effect owns change | asks', "Ik ben niet komen opdagen als getuige en jouw vrouw moest daardoor een vreemde vragen om te tekenen. Het spijt me heel erg. Ik laat jullie trouwfoto inlijsten en kom hem brengen, hij is al besteld. Zou je me ooit kunnen vergeven, denk je?"],
  ['act owns | asks', "'k Hè gezeid da gie lui waart, en da was nie juust. 't Spyt me. Is 't weer goe tussen ons?"],
  ['act effect owns | asks', "Het spijt me dat ik tegen je dochter heb gezegd dat jij niet genoeg voor je moeder zorgde. Ze heeft je daarna dagen niet gebeld. Wil je me laten weten of we nog kunnen praten?"],
  ['act owns change | asks', "Sorry dat ik de botsautowagen zonder overleg heb verkocht. Jouw deel betaal ik binnen drie maanden terug. Blijven we maten?"],
  ['act effect owns | asks', "Ik heb jouw plek in de debatploeg aan Tom gegeven zonder het je te vertellen, en jij hoorde het op de training van anderen. Mijn fout, helemaal. Drinken we binnenkort een biertje?"],
  ['act effect owns | asks', "Jonge, ik heb je laten barsten met de verhuizing naar Schiedam-Noord. Jij zat daar met je rug in de knoop en een halve vrachtwagen. Sorry man. Zeg effe dat het goed is tussen ons."],
  // held-out set 15b, a second writer
  // Sound apologies: the deed in words, what it did to the other, an unhedged sorry, often a
  // concrete change. No flags.
  ['act effect owns change |', "Het spijt me dat ik niet op je bruiloft was omdat ik brak in bed lag. Jij stond daar bij het gemeentehuis en keek steeds naar de deur. Ik drink voortaan niks meer de avond voor iets belangrijks."],
  ['act effect owns |', "Ik ben je een excuus schuldig: ik heb Veilig Thuis gebeld zonder eerst met jou te praten. Jij moest daarna aan vreemden uitleggen dat je een goede moeder bent. Dat spijt me echt."],
  ['act effect owns |', "sorry dat ik jouw zaak een slechte review gaf op google. je kreeg daarna minder klanten en dat was mijn schuld. ik heb m vandaag weggehaald."],
  ['act effect owns change |', "Het spijt me dat ik je zoon drie wedstrijden op de bank heb gezet zonder het uit te leggen. Hij kwam thuis en wilde niet meer naar de training. Vanaf nu bespreek ik elke wissel eerst met de ouders."],
  ['act effect owns |', "Wollah het spijt me da ik over uw zus heb geroddeld op 't Krugerplein. Ge moest daarna aan iedereen uitleggen da het nie klopte."],
  ['act effect owns change |', "mbak, het spijt me dat ik niet op de slametan voor mbah was. Ibu heeft alles alleen moeten klaarmaken. Volgend jaar ben ik er de dag ervoor al om mee te koken."],
  ['act effect owns change |', "Het spijt me dat ik jouw keu heb laten vallen en er niks over zei. Je merkte het pas midden in de competitie toen je ballen verkeerd liepen. Ik laat er deze week op mijn kosten een nieuwe pomerans op zetten."],
  ['act effect owns change |', "Het was mijn fout dat de voegen in Dirksland loslieten, ik had de verkeerde lijm besteld. Jij hebt het bij de klant moeten opvangen. Ik betaal het herstel en ik ga er zelf heen."],
  ['act effect owns change |', "~~Sorry als~~ Het spijt me dat ik je moeder een bemoeial noemde bij het kerstdiner. Jij zat daarna de hele avond stil naast haar. Ik bel haar zelf om het goed te maken."],
  ['act effect owns |', "Ik had die foto van jou op de camping nooit in de groep mogen zetten. Je werd er weken mee gepest. Het spijt me."],
  ['act effect owns change |', "Köszönöm dat je dit leest. Het spijt me dat ik jouw verjaardag vergat. Jij had een tafel gereserveerd en zat daar alleen. Ik heb het nu voor elk jaar in mijn agenda gezet."],
  ['act effect owns change |', "het spijt me dat ik je die avond in de kroeg uitlachte om je accent. je ging vroeg naar huis en bent daarna nooit meer mee geweest. ik doe dat nooit meer, ook niet als grap."],
  ['act effect owns |', "Het spijt me dat ik in het clubhuis riep dat jij je eigen zoon voortrok. Iedereen keek naar je, en je bent de rest van het seizoen niet meer in de kantine geweest."],
  ['act effect owns |', "ik heb jouw nieuws over de baby aan mijn zus verteld en daardoor wist heel Middelharnis het voor jij het zelf kon vertellen. dat spijt me heel erg."],
  ['act effect owns |', "Het spijt me dat ik expres de boot naar Tessel niet nam en jou op de kade liet wachten. Je hebt daar twee uur in de wind gestaan."],
  ['act effect owns change |', "Het spijt me dat ik de klus bij de familie Van Rij achter jouw rug om heb ingepikt. Jij had er al drie keer voor gemeten. Ik geef de klant jouw nummer en laat het verder aan jou."],
  ['act effect owns change |', "Het spijt me dat ik in de app van de thuisschoolgroep schreef dat jouw kinderen achterliepen. Je dochter heeft het gelezen. Ik zet het recht in de groep, maar pas als jij de tekst goed vindt."],
  ['act effect owns |', "mas, ik heb je bruiloft gemist omdat ik de avond ervoor te veel had gedronken. je hebt me nog bij de ingang staan zoeken. daar heb ik spijt van."],
  ['act effect owns |', "Het spijt me dat ik niet naar de crematie van je vader kwam. Jij stond daar met je zus alleen vooraan."],
  ['act effect owns change |', "sorry dat ik je na de wedstrijd voor je hele team heb uitgescholden. jouw spelers zaten er stil van in de bus. ik blijf voortaan achter het hek en hou m'n mond."],
  ['act effect owns |', "Het was mijn fout dat ik je verhuisdag vergat; jij moest met je broer met z'n tweeën de bank de trap op sjouwen."],
  ['act effect owns |', "Het spijt me oprecht dat ik Veilig Thuis heb gebeld op grond van één ruzie die ik door de muur hoorde. De kinderen werden op school apart genomen en jij sliep wekenlang slecht."],
  ['act effect owns change |', "#sorry dat ik jouw zaak zwart maakte op insta. je omzet zakte die maand in. volgende week zet ik er zelf een rectificatie op. #mijnfout"],
  ['act effect owns change |', "Het spijt me dat ik die vloer in jullie badkamer scheef heb gelegd en er niks van zei. Jullie hebben een maand om kapotte tegels heen gelopen. Ik leg hem opnieuw, gratis, wanneer het jullie uitkomt."],
  ['act effect owns |', "Het spijt me. Jij zat die avond met twee borden op tafel te wachten en ik kwam gewoon niet opdagen."],
  ['act effect owns |', "Die middag stond jij met de klant in een lege badkamer en ik nam mijn telefoon niet op. Het spijt me."],
  ['act owns change |', "Sorry dat ik met m'n elleboog door je modelbaan ging en gewoon naar huis reed. Ik heb de twee viaducten opnieuw besteld en kom ze zaterdag zelf plaatsen."],

  // Kind lines that share words with hedges and asks (maar, als, vergeven, vragen, voelde)
  // but do not hedge or ask.
  ['act owns |', "Je hoeft me niet te vergeven. Ik wilde alleen zeggen dat het me spijt dat ik jouw tegelsnijder heb meegenomen en nooit heb teruggebracht."],
  ['act effect owns |', "Geen maar, geen smoes: het spijt me dat ik niet kwam opdagen als getuige. Je moest op het laatste moment je broer vragen."],
  ['act owns |', "Als ik terugkijk, schaam ik me dat ik de kas van de biljartclub zonder overleg heb gebruikt voor de barbecue."],
  ['act effect owns |', "Je voelde je verraden, en terecht. Ik heb de andere ouders verteld dat jullie met thuisonderwijs stopten voordat jij dat zelf kon doen. Het spijt me."],
  ['act owns |', "Ik wil je niks vragen, alleen dit zeggen: het spijt me dat ik de Hongaarse soep van je moeder belachelijk maakte op het feest."],
  ['act owns |', "Als je liever niet reageert snap ik dat. Het spijt me dat ik jouw sleutel van het clublokaal aan Gerrit gaf zonder het te vragen."],
  ['act owns |', "Dat ik de scheidsrechter tegen jou opzette bij de finale, daar heb ik spijt van. Je hoeft hier niks op terug te zeggen."],
  ['act effect owns change |', "Het spijt me dat ik jouw hond niet heb uitgelaten terwijl ik het beloofd had. Jij moest na je nachtdienst eerst de hele gang schoonmaken. Als ik weer oppas zet ik een wekker, elke keer."],

  // General sorries: owning with no act named is vague, whatever else comes with it.
  ['owns | vague', "het spijt me echt heel erg van alles wat er gebeurd is"],
  ['owns | vague', "Het ligt aan mij, ik heb het verpest."],
  ['owns | vague', "sorry man"],
  ['owns | vague', "Het spijt me, wollah. Van alles."],
  ['owns | vague', "Ik weet dat ik fout zat. Ik heb er spijt van."],
  ['owns | vague', "mbak ik heb spijt. matur nuwun dat je dit nog leest."],
  ['owns | vague', "Ik ben een lul geweest in dit hele verhaal."],
  ['owns | vague', "#sorry #ikwasfout"],
  ['owns | vague', "Ik weet dat ik je heb laten vallen."],
  ['owns effect | vague', "Sorry voor wat ik gedaan heb. Jij zat daardoor weken thuis."],
  ['owns effect | vague', "Het spijt me, ik weet dat je er wakker van lag."],
  ['owns effect | vague', "Sorry voor die dag. Je hebt daar helemaal alleen gestaan."],
  ['owns effect | vague', "Sorry voor alles. Je moeder vertelde me dat je die nacht in de auto hebt geslapen bij de dijk."],
  ['owns change | vague', "Ik was fout. Vanaf nu bel ik je elke zondag, ook als er niks te vertellen is."],
  ['owns change | vague', "Ik heb me als een idioot gedragen en het spijt me. Ik ben inmiddels bij de huisarts geweest voor mijn drinken en ik ga elke week naar een groep."],

  // General sorries that ask something back.
  ['owns | vague asks', "Het spijt me. Mag ik je een keer op koffie trakteren om het goed te maken?"],
  ['owns | vague asks', "ik weet dat ik fout zat. vergeef je me?"],
  ['owns | vague asks', "Het spijt me echt, ik hoop dat je me ooit kan vergeven."],
  ['owns | vague asks', "sorry he. zullen we gewoon weer normaal doen?"],
  ['owns | vague asks', "Het spijt me, ik mis je. Laat je iets van je horen?"],
  ['owns | vague asks', "Köszönöm voor je geduld. Het spijt me. Geef je mij nog een kans?"],
  ['owns | vague asks', "Ik ben een slechte vriend geweest. Het minste wat je kan doen is me even terugbellen zodat ik het kan uitleggen."],
  ['owns change | vague asks', "Het spijt me voor alles, echt. Vanaf nu ben ik op elke training op tijd en ik hou de afspraken bij in een schrift. Wil je weer samen met mij de JO11 doen?"],

  // Naming the deed, owning it, and still asking something back.
  ['act owns | asks', "Het spijt me dat ik je bruiloft miste door mijn kater. Kun je me vergeven?"],
  ['act owns | asks', "Sorry dat ik Veilig Thuis belde zonder met je te praten. Wil je alsjeblieft weer met me praten?"],
  ['act owns | asks', "Het spijt me dat ik die review schreef. Haal jij dan ook jouw reactie eronder weg?"],
  ['act effect owns | asks', "Het spijt me dat ik je zoon voor het hele team uitlachte. Hij durfde daarna niet meer op doel te schieten. Ik hoop dat hij en jij me nog een kans willen geven."],
  ['act effect owns | asks', "sorry dat ik je camera kwijtraakte op het strand bij paal 17, al je foto's van de baby stonden erop. ik ben er kapot van. mag ik een keer langskomen?"],
  ['act owns change | asks', "Het spijt me dat ik je keu heb gebroken. Ik betaal een nieuwe. Speel je dan weer met me in de competitie?"],
  ['act owns | asks', "het spijt me dat ik niet op je bruiloft was. het zou heel veel voor me betekenen als je me terugschrijft."],
  ['act owns | asks', "Wollah sorry da ik u heb uitgescholden voor de moskee. Zijn we terug goed, broer?"],

  // Hedges with "als" / "mocht" / "voor zover": the sorry is conditional.
  ['act | hedge', "Sorry als je je gekwetst voelde door wat ik over je moeder zei."],
  ['act | hedge', "Mocht je het vervelend hebben gevonden dat ik niet op je verjaardag kwam, dan spijt me dat."],
  ['| hedge', "Als ik je pijn heb gedaan, sorry."],
  ['act | hedge', "Het spijt me als mijn telefoontje naar Veilig Thuis verkeerd is overgekomen."],
  ['| hedge', "~~Het spijt me~~ Het spijt me als ik je kwetste."],

  // Hedges that are sorry for the other's feeling, not for the deed.
  ['| hedge', "Het spijt me dat je zo boos bent geworden om die review."],
  ['| hedge', "sorry dat je je gekwetst voelde"],
  ['| hedge', "Het spijt me dat jij het zo hebt opgevat."],
  ['| hedge', "Jammer dat je er zo over denkt, maar oké, sorry dan."],
  ['| hedge', "Sorry dat je je zo voelt, mbak."],

  // Hedges with "maar", counter-blame and excuses.
  ['act | hedge', "Het spijt me dat ik de klus inpikte, maar jij was ook nooit bereikbaar."],
  ['act | hedge', "Sorry dat ik je zoon op de bank zette, alleen speelde hij die weken echt slecht."],
  ['act | hedge', "Ik had je verjaardag niet moeten vergeten, maar jij hebt de mijne ook vaak genoeg gemist."],
  ['act | hedge', "Het spijt me dat ik Veilig Thuis belde, jij liet me ook geen keus met dat geschreeuw elke avond."],
  ['| hedge', "Sorry, al was jij wel degene die begon met die appjes."],
  ['act | hedge', "wollah sorry da ik riep in de winkel, ge hebt mij ook kwaad gemaakt he"],
  ['| hedge', "Fouten zijn gemaakt, aan beide kanten."],
  ['act | hedge', "Het spijt me dat ik de oplevering miste, ik had die week drie klussen tegelijk en mijn busje stond in de garage."],
  ['act | hedge', "Sorry dat ik je bruiloft miste, ik was echt ziek die ochtend (waar dat van kwam doet er even niet toe)."],
  ['act | hedge', "Het spijt me van mijn grap over jouw Nederlands, in Hongarije is humor gewoon anders, snap je."],
  ['act | hedge', "Ik heb je kat laten ontsnappen, sorry, maar die deur ging vanzelf open met die wind hier op Tessel."],
  ['act | hedge', "sorry voor die review maar ik was die dag gewoon kapot en alles zat tegen"],
  ['| hedge', "Het was nooit mijn bedoeling om je te kwetsen."],
  ['| hedge', "sorry dat ik zo ben. zo ben ik nu eenmaal"],
  ['act | hedge', "Sorry dat ik niet naar je housewarming kwam, het was een zware week en je weet hoe ik ben met drukte."],

  // Hedged and asking something back.
  ['| hedge asks', "Sorry als ik overdreven reageerde. Kunnen we het er verder niet meer over hebben?"],
  ['| hedge asks', "Het spijt me dat je je zo voelt. Vergeef je me?"],
  ['act | hedge asks', "Sorry dat ik de kas gebruikte, maar ik heb alles toch teruggelegd. Mag ik weer in het bestuur?"],
  ['act | hedge asks', "Mijn excuses als je het niet leuk vond dat ik je zoon wisselde. Kom je zaterdag weer kijken?"],
  ['act | hedge asks', "Sorry als mijn telefoontje naar Veilig Thuis je pijn deed, je weet dat ik het goed bedoelde. Zullen we het achter ons laten?"],
];
