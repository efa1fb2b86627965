namespace Pace.Localization;

/// <summary>Dutch message templates, one constant per code, with the same arguments as <see cref="EnglishMessages"/>.</summary>
internal static partial class DutchMessages
{
    // Regels
    public const string PACE001 = "Een PACe heeft 4 tot 9 kernprocessen; deze heeft er {count}.";
    public const string PACE002None = "Proces '{process}' heeft geen eindverantwoordelijke; wijs er precies één aan.";
    public const string PACE002Repeated = "Proces '{process}' noemt '{owner}' meer dan eens als eindverantwoordelijke; noem die één keer.";

    public const string PACE002Many = "Proces '{process}' heeft {count} eindverantwoordelijken ({owners}); meer dan één eindverantwoordelijke betekent dat niemand het is — kies er één.";
    public const string PACE003 = "Proces '{process}' heeft {count} KPI's; geef het er precies drie.";
    public const string PACE004 = "De procesnaam '{process}' komt {count} keer voor; procesnamen moeten uniek zijn.";
    public const string PACE005 = "Eindverantwoordelijke '{owner}' staat niet in 'people'; voeg die persoon toe of kies uit: {known}.";
    public const string PACE006 = "De KPI-naam '{kpi}' komt {count} keer voor in proces '{process}'; KPI-namen moeten binnen een proces uniek zijn.";
    public const string PACE007Target = "KPI '{kpi}' van proces '{process}' heeft geen doel; zonder doel is hij niet meetbaar (SMART) — voeg 'target:' toe.";
    public const string PACE007Unit = "KPI '{kpi}' van proces '{process}' heeft geen eenheid; zeg wat het doel telt (EUR, %, dagen, leads), zodat hij meetbaar is (SMART).";
    public const string PACE008 = "KPI '{kpi}' van proces '{process}' heeft geen ritme ('cadence:'); zeg voor welke periode het doel geldt (day, week, month, quarter, year), zodat hij tijdsgebonden is (SMART).";
    public const string PACE009 = "Proces '{process}' heeft geen vooruitkijkende KPI; voeg er een toe die voorspelt (zoals de salespipeline) en markeer hem met 'timing: leading'.";
    public const string PACE010 = "Proces '{process}' heeft geen output-KPI; meet minstens één uitkomst (zoals gesloten deals), niet alleen inspanning, en markeer hem met 'focus: output'.";
    public const string PACE011 = "{person} rapporteert {count} KPI's ({kpis}); houd het bij een handvol — drie, hooguit vier.";
    public const string PACE012 = "{person} heeft geen vooruitkijkende KPI; geef iedereen één of twee KPI's die vooruitkijken.";
    public const string PACE013 = "KPI '{kpi}' van proces '{process}' meet aanwezigheid of gewerkte uren ('{word}'); aanwezigheid is geen bijdrage — meet wat het werk oplevert.";
    public const string PACE014 = "Proces '{process}' is naar een afdeling genoemd; noem het naar wat het proces doet, van input tot uitkomst (zoals 'Van lead naar deal' in plaats van 'Sales').";
    public const string PACE015 = "Proces '{process}' heeft geen snelle KPI; voeg er een toe die dagelijks of wekelijks gemeten wordt, voor het wekelijks overleg en de daily huddle.";
    public const string PACE016 = "{person} is eindverantwoordelijk voor {count} kernprocessen ({processes}); met meer dan drie verwatert de verantwoordelijkheid van één persoon.";
    public const string PACE017 = "KPI '{kpi}' van proces '{process}' legt een individueel doel op een terugkijkende output; individuele doelen zorgen voor concurrentie binnen het team — maak er een team-KPI van ('level: team').";
    public const string PACE018 = "KPI '{kpi}' van proces '{process}' bleef {period} achter bij het doel: {value} tegenover een doel van {target}.";
    public const string PACE018ProRata = "KPI '{kpi}' van proces '{process}' loopt achter {period}: {value} per {date}, tegenover {pro-rata} naar rato ({target} voor de hele periode) — een achterstand van {gap}.";
    public const string PACE019 = "Proces '{process}' heeft geen KPI voor {dimensions}; het PACe-formulier geeft elk proces één KPI voor Beter, één voor Sneller en één voor Goedkoper.";
    public const string PACE019Twice = "Proces '{process}' heeft {count} KPI's voor {dimension}; het PACe-formulier geeft elk proces één KPI voor Beter, één voor Sneller en één voor Goedkoper.";
    public const string PACE020 = "KPI '{kpi}' van proces '{process}' bleef {count} keer op rij achter bij het doel ({first} tot en met {last}).";
    public const string PACE021 = "Deze uitzondering voor {code} zet op de volgende regel niets uit; haal hem weg.";
    public const string PACE021Unknown = "Deze uitzondering noemt {code}, maar zo'n regel bestaat niet; controleer de code.";
    public const string PACE021Empty = "Deze uitzondering noemt geen regel; schrijf de codes die je wilt uitzetten, zoals '# pace-disable-next-line PACE016'.";
    public const string PACE022 = "{text} bevat tekens die geen lettertype kan tekenen: {characters}; ze worden als vakje afgedrukt. Noem een lettertype dat ze heeft onder 'theme.fonts' in het PACe-bestand, of onder 'fonts' in 'pace.config.yaml'.";
    public const string PACE022FontMissing = "Het lettertypebestand '{file}' bestaat niet; de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontUnreadable = "Het lettertypebestand '{file}' is niet te lezen; de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontTooLarge = "Het lettertypebestand '{file}' is groter dan {limit} MB; noem een deelverzameling ervan (pyftsubset maakt er een).";
    public const string PACE022FontFormat = "Met het lettertypebestand '{file}' kan Pace niet tekenen: {reason}; noem een lettertypebestand (.ttf, .otf met CFF- of TrueType-contouren, of .ttc/.otc met #N voor lettertype N).";
    public const string PACE022FontOutside = "Het lettertypebestand '{file}' ligt buiten {folders}; een lettertype wordt alleen gelezen uit de repository van het PACe-bestand (zonder repository: de map van het PACe-bestand) of een map die een configuratie noemt in 'font-folders:'. Er is niets uit gelezen; de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontNotRegular = "Het lettertypebestand '{file}' is geen gewoon bestand maar een map, FIFO, apparaat of socket; er is niets uit gelezen, en de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontLoop = "Het lettertypebestand '{file}' is een symbolische link die in een kring loopt (of meer dan 40 links achter elkaar); er is niets gelezen, en de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE023 = "KPI '{kpi}' van proces '{process}' is voor het laatst bijgewerkt over {last}; per {date} ontbreekt het cijfer over {expected}.";
    public const string PACE024 = "KPI '{kpi}' van proces '{process}' wordt per {cadence} gemeten, maar '{key}' is {granularity}; dit cijfer telt niet mee voor de status, de trend en het aantal missers op rij — geef één cijfer per {cadence}, zoals '{example}'.";

    // FACe (functies en de mensen in processtappen)
    public const string PACE030None = "Functie '{function}' heeft geen eindverantwoordelijke; wijs er precies één aan, of zet 'vacant: true' als de stoel open is.";
    public const string PACE030Many = "Functie '{function}' heeft {count} eindverantwoordelijken ({owners}); als meerdere mensen op één stoel zitten, zit er niemand — kies er één.";
    public const string PACE030Repeated = "Functie '{function}' noemt '{owner}' meer dan eens als eindverantwoordelijke; noem die één keer.";

    public const string PACE030Vacant = "Functie '{function}' staat op vacant, maar noemt een eindverantwoordelijke ({owners}); haal 'vacant: true' of de eindverantwoordelijke weg.";
    public const string PACE031 = "De stoel van functie '{function}' is open; dat mag je laten zien, maar zeg wie hem vult, en wanneer.";
    public const string PACE032 = "De functienaam '{function}' komt {count} keer voor; functienamen moeten uniek zijn.";
    public const string PACE033 = "'{person}' staat niet in 'people'; voeg die persoon toe of kies uit: {known}.";
    public const string PACE033Function = "'{function}' is geen functie van deze PACe; kies uit: {known}.";
    public const string PACE034 = "{person} is eindverantwoordelijk voor proces '{process}', maar zit op geen stoel van de FACe; FACe en PACe spreken elkaar tegen — geef die persoon de stoel waar het proces bij hoort, of kies een andere eindverantwoordelijke.";
    public const string PACE035 = "{person} zit op {count} stoelen ({functions}); de FACe vraagt bij iedereen op meer dan één stoel of dat zo bedoeld is.";
    public const string PACE036 = "Functie '{function}' heeft geen vooruitkijkende KPI; geef de functie één tot drie KPI's die vroeg laten zien of ze op koers ligt.";
    public const string PACE036Many = "Functie '{function}' heeft {count} vooruitkijkende KPI's; houd het bij hooguit drie, zodat de stoel op het belangrijkste wordt beoordeeld.";
    public const string PACE037 = "Stap '{step}' van proces '{process}' noemt niemand, terwijl andere stappen dat wel doen; zeg wie eraan meedoet.";
    public const string PACE038 = "{person} doet mee aan stap '{step}' van proces '{process}', maar zit op geen van de stoelen van de functies van die stap ({functions}); kijk of de stap de juiste functies noemt, of wie het werk doet.";

    // Laadfouten
    public const string PACE100 = "Dit is geen geldige YAML: {problem}";
    public const string PACE101 = "Onbekende sleutel '{key}' in {place}.";
    public const string PACE101Suggestion = "Onbekende sleutel '{key}' in {place} — bedoel je '{suggestion}'?";
    public const string PACE102 = "'{key}' moet {expected} zijn, maar is {actual}.";
    public const string PACE103 = "Sleutel '{key}' staat er twee keer; de eerste staat op regel {line}.";
    public const string PACE104 = "'{value}' is geen geldige {kind}; kies uit: {allowed}.";
    public const string PACE105Missing = "Dit bestand zegt niet in welke versie van het PACe-formaat het geschreven is; zet 'pace: 1' bovenaan.";
    public const string PACE105Unsupported = "Versie {version} van het PACe-formaat wordt niet ondersteund; deze versie van Pace leest versie 1.";
    public const string PACE106Empty = "Het bestand is leeg; een PACe-bestand is een mapping die begint met 'pace: 1'.";
    public const string PACE106NotMapping = "Het bestand bevat {actual}, geen PACe; een PACe-bestand is een mapping die begint met 'pace: 1'.";
    public const string PACE107 = "Verplichte sleutel '{key}' ontbreekt in {place}.";
    public const string PACE108 = "'{value}' is geen periode; schrijf een dag (2026-10-05), ISO-week (2026-W41), maand (2026-10), kwartaal (2026-Q3) of jaar (2026).";
    public const string PACE109 = "'{value}' is geen bruikbaar getal voor {key}.";
    public const string PACE110 = "Het bestand is groter dan de grens van {limit} bytes ({size} bytes of meer); het is niet verder gelezen.";
    public const string PACE111 = "De YAML is meer dan {limit} niveaus diep genest.";
    public const string PACE112 = "Aliassen breiden uit tot meer dan {limit} knopen; het bestand wordt geweigerd (bescherming tegen 'billion laughs').";
    public const string PACE113 = "Een waarde is {length} tekens lang; de grens is {limit}.";
    public const string PACE114 = "{feature} wordt niet ondersteund in PACe-bestanden.";
    public const string PACE115 = "'{value}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-01.";
    public const string PACE116 = "Dit is {kind}, geen gewoon bestand; Pace leest alleen gewone bestanden, dus er is niets uit gelezen.";
    public const string PACE117 = "Dit pad is een symbolische link die buiten {folders} leidt; het is overgeslagen en er is niets uit het doel gelezen.";
    public const string PACE117Loop = "Dit pad is een symbolische link die in een kring loopt (of meer dan 40 links achter elkaar); het is overgeslagen.";
    public const string PACE118 = "Dit configuratiebestand wordt genegeerd: het is van een andere gebruiker (uid {uid}), die zo kan veranderen hoe je PACe-bestanden gecontroleerd worden. Pace gebruikt alleen configuratiebestanden van jou of root, zoals git met safe.directory; noem het met --config om het toch te gebruiken.";
    public const string PACE118Writable = "Dit configuratiebestand wordt genegeerd: andere gebruikers kunnen erin schrijven (modus {mode}), dus iedereen kan veranderen hoe je PACe-bestanden gecontroleerd worden. Maak het alleen van jou (chmod go-w), of noem het met --config om het toch te gebruiken.";
    public const string PACE118FolderWritable = "Dit configuratiebestand wordt genegeerd: andere gebruikers kunnen in de map {folder} schrijven (modus {mode}), dus iedereen kan het vervangen. Maak de map alleen van jou (chmod go-w), of noem het bestand met --config om het toch te gebruiken.";
    public const string PACE119 = "Het logo '{file}' is geen PNG die Pace kan lezen: {reason}. De PACe wordt zonder logo gemaakt.";
    public const string PACE119Missing = "Het logo '{file}' bestaat niet; de PACe wordt zonder logo gemaakt.";
    public const string PACE119Unreadable = "Het logo '{file}' kan niet gelezen worden; de PACe wordt zonder logo gemaakt.";
    public const string PACE119NotRegular = "Het logo '{file}' is {kind}, geen gewoon bestand; er is niets uit gelezen, en de PACe wordt zonder logo gemaakt.";
    public const string PACE119Outside = "Het logo '{file}' ligt buiten {folders}; een logo wordt alleen gelezen uit de repository van het PACe-bestand (zonder repository: de map van het PACe-bestand) of een map die een configuratie noemt in 'logo-folders:'. Er is niets uit gelezen.";
    public const string PACE119Loop = "Het logo '{file}' is een symbolische link die in een kring loopt (of meer dan 40 links achter elkaar); er is niets gelezen, en de PACe wordt zonder logo gemaakt.";
    public const string PACE119TooLarge = "Het logo '{file}' is groter dan de grens van {limit} bytes; het is niet verder gelezen, en de PACe wordt zonder logo gemaakt.";
    public const string PACE119Pixels = "Het logo '{file}' is {width} × {height} pixels; de grens is {limit} × {limit}. Maak het kleiner; de PACe wordt zonder logo gemaakt.";
    public const string PACE120Reserved = "Controlecode '{code}' begint met PACE, en dat is van Pace zelf; geef de controles van je team een eigen voorvoegsel, bijv. ACME001.";
    public const string PACE120Condition = "Controle '{code}' heeft precies één voorwaarde nodig, een van: {conditions}.";
    public const string PACE120Setting = "Controle '{code}': '{setting}' heeft een waarde nodig — een lijst die niet leeg is, een heel getal boven nul, of een timing of focus.";
    public const string PACE120Placeholder = "De melding van controle '{code}' noemt {{placeholder}}, en dat heeft dit soort controle niet; gebruik {placeholders}.";
    public const string PACE121 = "'{code}' is geen regelcode, dus deze instelling verandert niets; 'pace explain --list' noemt de codes.";
    public const string PACE121Suggestion = "'{code}' is geen regelcode, dus deze instelling verandert niets — bedoelde je '{suggestion}'?";
    public const string PACE122 = "Pace spreekt de taal '{language}' niet, dus deze PACe is in het Engels; voeg de taal toe met een vertaalbestand dat pace.config.yaml noemt onder 'translations:' (docs/localization.md).";
    public const string PACE122Conflict = "De vertaling '{file}' voor '{language}' wordt niet gebruikt: '{other}' bracht in deze run eerder andere woorden voor die taal, en één vertaling bedient een taal in een run.";
    public const string PACE122Placeholder = "De vertaling van {key} noemt {{placeholder}}, en dat is geen van zijn plaatshouders ({placeholders}).";
    public const string PACE122Control = "De vertaling van {key} bevat een stuurteken (een regeleinde, een tab, een escape); een sjabloon is één regel gewone tekst.";
    public const string PACE122Name = "De naam van een vertaling is 1 tot {limit} tekens gewone tekst.";
    public const string PACE122Numbers = "'{value}' kan geen getallen schrijven: een scheidingsteken is één teken dat geen letter, cijfer, streepje of stuurteken is, en het decimaal- en het duizendtalteken verschillen.";
    public const string PACE122Missing = "De vertaling '{file}' bestaat niet.";
    public const string PACE122Unreadable = "De vertaling '{file}' kan niet gelezen worden.";
    public const string PACE122NotRegular = "De vertaling '{file}' is {kind}, geen gewoon bestand; er is niets uit gelezen.";
    public const string PACE122Outside = "De vertaling '{file}' ligt buiten {folders}; een vertaling wordt alleen gelezen uit de map van de configuratie die haar noemt, en daaronder. Er is niets uit gelezen.";
    public const string PACE122Loop = "De vertaling '{file}' is een symbolische koppeling die rondloopt (of meer dan 40 koppelingen achter elkaar); er is niets gelezen.";
    public const string PACE122TooLarge = "De vertaling '{file}' is groter dan de grens van {limit} bytes; ze is niet gelezen.";
    public const string PACE122TooMany = "Een configuratie noemt hoogstens {limit} vertaalbestanden; deze noemt er {count}, en vanaf hier is er geen gelezen.";

    // Periodelengtes in meldingen van regels
    public const string CadenceDay = "dag";
    public const string CadenceWeek = "week";
    public const string CadenceMonth = "maand";
    public const string CadenceQuarter = "kwartaal";
    public const string CadenceYear = "jaar";
    public const string OneDay = "een dag";
    public const string OneWeek = "een week";
    public const string OneMonth = "een maand";
    public const string OneQuarter = "een kwartaal";
    public const string OneYear = "een jaar";

    // Zinsdelen binnen laadfouten
    public const string KindEmpty = "leeg";
    public const string KindBoolean = "true of false";
    public const string KindStep = "een stapnaam, of een mapping met de naam, de mensen, de functies en de KPI van de stap ('name', 'people', 'functions', 'kpi')";
    public const string FileKindDirectory = "een map";
    public const string FileKindFifo = "een named pipe (FIFO)";
    public const string FileKindCharacterDevice = "een tekenapparaat (character device)";
    public const string FileKindBlockDevice = "een blokapparaat (block device)";
    public const string FileKindSocket = "een socket";
    public const string FileKindUnknown = "een speciaal bestand";
    public const string PngReasonSignature = "het begint niet zoals een PNG-bestand begint";
    public const string PngReasonHeader = "de kop (IHDR) ontbreekt of is ongeldig";
    public const string PngReasonChecksum = "de controlesom van een blok klopt niet, dus het bestand is beschadigd";
    public const string PngReasonTruncated = "het bestand houdt op voordat de afbeelding af is";
    public const string PngReasonOrder = "de blokken staan in de verkeerde volgorde";
    public const string PngReasonUnknownChunk = "het bevat een kritiek blok dat deze decoder niet kent";
    public const string PngReasonPalette = "het palet ontbreekt of is ongeldig";
    public const string PngReasonFilter = "een rij noemt een onbekend filter";
    public const string PngReasonData = "de gecomprimeerde beeldgegevens zijn ongeldig";
    public const string PngReasonTooLarge = "het is te groot";
    public const string KindTextValue = "de tekst '{text}'";
    public const string KindList = "een lijst";
    public const string KindMapping = "een mapping";
    public const string KindText = "een tekst";

    public const string TeamUnits = "KPI '{kpi}' van '{process}' wordt gemeten in '{unit}'; de eenheden van dit team zijn: {allowed}.";

    public const string TeamForbiddenWords = "'{name}' bevat '{word}', een woord dat dit team niet in namen gebruikt.";

    public const string TeamMaxKpisPerPerson = "{person} rapporteert {count} KPI's; dit team houdt het op {max} per persoon.";

    public const string TeamProcessNeedsKpi = "Proces '{process}' heeft geen KPI met {kind}; dit team wil er een in elk proces.";

    // A team check's rule metadata (SARIF): what each condition requires, and where the check comes from.
    public const string TeamRuleUnits = "De eenheid van elke KPI is een van: {values}.";
    public const string TeamRuleForbiddenWords = "Geen naam van een proces, KPI, stap of functie bevat een van deze woorden: {values}.";
    public const string TeamRuleMaxKpisPerPerson = "Niemand rapporteert meer dan {limit} KPI's.";
    public const string TeamRuleProcessNeedsKpi = "Elk proces heeft een KPI met {kind}.";
    public const string TeamRuleHelp = "{code} is een eigen controle van dit team, vastgelegd onder 'checks:' in pace.config.yaml op niveau {level}. {description} Zet hem uit voor één PACe met 'rules: {{code}: off}' in die PACe, of voor één run met '--rule {code}=off'.";
    public const string KindRuleCode = "een regelcode (letters en dan drie cijfers, bijv. PACE016)";
    public const string KindNumber = "een getal";
    public const string KindWholeNumber = "een geheel getal";
    public const string KindDate = "een datum";
    public const string KindTextList = "een tekst of een lijst van teksten";
    public const string KindNumberList = "een lijst van getallen";
    public const string PlaceChart = "de PACe";
    public const string PlaceConfig = "de configuratie";
    public const string PlaceTranslation = "de vertaling";
    public const string FeatureSecondDocument = "Een tweede YAML-document (---)";
    public const string FeatureTag = "De YAML-tag '{tag}'";
    public const string FeatureEncoding = "Tekst die geen UTF-8 is";
    public const string ParserStopped = "de YAML-parser kan hier niet verder lezen.";
    public const string SyntaxFlowSequence = "een lijst tussen [ ] is niet gesloten: er ontbreekt een ',' of ']'.";
    public const string SyntaxFlowMapping = "een mapping tussen { } is niet gesloten: er ontbreekt een ',' of '}'.";
    public const string SyntaxKeyWithoutColon = "na een sleutel ontbreekt de ':'.";
    public const string SyntaxValueNotAllowed = "hier mag geen 'sleutel: waarde' staan; controleer de inspringing, of zet een waarde met ': ' tussen aanhalingstekens.";
    public const string SyntaxQuoteNotClosed = "een tekst tussen aanhalingstekens wordt nergens gesloten.";
    public const string SyntaxUnknownEscape = "een backslash-escape tussen dubbele aanhalingstekens die YAML niet kent.";
    public const string SyntaxTabIndent = "er wordt met een tab ingesprongen; spring in met spaties.";
    public const string SyntaxBadCharacter = "met dit teken kan hier niets beginnen (vaak een tab als inspringing; spring in met spaties).";
    public const string SyntaxKeyExpected = "hier werd een sleutel verwacht; controleer de inspringing.";
    public const string SyntaxItemExpected = "hier werd een lijstitem ('- ') verwacht; controleer de inspringing.";
    public const string SyntaxValueMissing = "hier ontbreekt een waarde.";
    public const string SyntaxAliasWithoutAnchor = "de alias *{alias} noemt geen anker.";
    public const string ForbiddenCharacter = "het teken U+{code-point} mag niet in een YAML-bestand staan; schrijf het tussen dubbele aanhalingstekens als \\u{code-point}.";

    // De KPI-vakken van het PACe-formulier, zoals de PACe ze als kolomkop toont
    public const string DimensionBetter = "Beter";
    public const string DimensionFaster = "Sneller";
    public const string DimensionCheaper = "Goedkoper";

    // The reports of pace explain and pace targets as text (the Cli's ReportWords is their view)
    public const string ReportHowPaceReads = "{organisation}: hoe Pace elke KPI leest{as-of}";
    public const string ReportAsOf = ", stand per {date}";
    public const string ReportAggregateLine = "aggregate: {aggregate} — {meaning}";
    public const string ReportWritten = "{aggregate} (zo geschreven)";
    public const string ReportFromUnit = "{aggregate} (afgeleid uit de eenheid '{unit}')";
    public const string ReportFromName = "{aggregate} (afgeleid uit '{word}' in de naam)";
    public const string ReportByDefault = "{aggregate} (de standaard: een aantal telt op)";
    public const string ReportAddsUp = "het doel telt op en wordt verdeeld over kortere perioden; een periode die nog loopt, wordt naar rato beoordeeld";
    public const string ReportHolds = "het doel geldt in elke periode, afgelopen of lopend";
    public const string ReportLatestLine = "laatste cijfer: {value} {period}, {judged}: {status}";
    public const string ReportAgainstProRata = "tegenover {pro-rata} naar rato ({days-passed} van {days} dagen voorbij, {target} voor de hele periode)";
    public const string ReportAgainst = "tegenover {target}";
    public const string ReportWithoutTarget = "zonder doel";
    public const string ReportLeftOut = "niet meegeteld (niet per {cadence}): {periods}";
    public const string ReportNoCadence = "ritme";
    public const string ReportStaleLine = "niet bijgewerkt: laatste cijfer {last}, ontbreekt tot en met {expected}";
    public const string ReportStatusUnknown = "onbekend";
    public const string ReportStatusGreen = "groen";
    public const string ReportStatusAmber = "oranje";
    public const string ReportStatusRed = "rood";
    public const string ReportStatusSuper = "supergroen";
    public const string ReportTargetsFor = "{organisation} — doelen voor {year}, per {by}";
    public const string ReportPerCadence = "{target} per {cadence}";
    public const string ReportNoTarget = "geen doel";
    public const string ReportNothingWithoutTarget = "zonder doel en ritme valt er niets te verdelen";
    public const string ReportTooLarge = "de bedragen zijn te groot om te verdelen";
    public const string ReportSameEveryPeriod = "in elke periode hetzelfde doel: niets te verdelen";
    public const string ReportColumnPeriod = "periode";
    public const string ReportColumnFirst = "eerste dag";
    public const string ReportColumnLast = "laatste dag";
    public const string ReportColumnDays = "dagen";
    public const string ReportColumnTarget = "doel";

    // The words of the FACe pages (the Rendering's FaceLabels is their view)
    public const string FaceFaceTitle = "Functies en verantwoordelijkheid (FACe)";
    public const string FaceFaceIntro = "Elke functie van het bedrijf met de ene persoon die ervoor eindverantwoordelijk is, haar vooruitkijkende KPI's en de resultaten waarop ze wordt afgerekend.";
    public const string FaceOpenSeat = "Open stoel";
    public const string FaceOpenSeatNote = "nog geen eindverantwoordelijke";
    public const string FaceNoOwner = "Geen eenduidige eindverantwoordelijke";
    public const string FaceLeadingIndicators = "Vooruitkijkende KPI's";
    public const string FaceNoIndicators = "Nog geen vooruitkijkende KPI";
    public const string FaceOutcomes = "Resultaten";
    public const string FaceMatrixTitle = "Functies in de processen (FACe × PACe)";
    public const string FaceMatrixIntro = "Waar elke functie meedoet aan de stappen van elk kernproces. Een gekleurde cel: de eindverantwoordelijke van het proces zit op die stoel.";
    public const string FaceTakesPart = "doet mee aan zoveel stappen";
    public const string FaceOwnerSeat = "eindverantwoordelijke van het proces zit op deze stoel";
    public const string FaceEmptyRow = "Nog geen stap noemt een functie of iemand op een stoel";
    public const string FaceSeat = "Stoel";
    public const string FaceStepsTitle = "Doet mee aan";
    public const string FaceMoreFunctions = "functies {first}–{last} van {count}";

    // The words of the web pages that the printed chart does not have (the Rendering's SiteLabels is their view)
    public const string SiteSkipToContent = "Naar de inhoud";
    public const string SiteIndexTitle = "PACe's: verantwoordelijkheid per kernproces";
    public const string SiteIndexIntro = "Elke PACe van deze site met de uitkomst van de regelcontrole.";
    public const string SiteAllCharts = "Alle PACe's";
    public const string SiteChartPages = "Pagina's van deze PACe";
    public const string SiteChartTab = "PACe";
    public const string SiteDownloads = "Downloaden";
    public const string SitePdfDownload = "PDF, alle pagina's";
    public const string SitePngDownload = "PNG, de PACe";
    public const string SiteSvgDownload = "SVG, de PACe";
    public const string SiteProcesses = "Kernprocessen";
    public const string SiteNumber = "Nr.";
    public const string SiteActuals = "Cijfers";
    public const string SitePeriod = "Periode";
    public const string SiteValue = "Waarde";
    public const string SiteOrganization = "Organisatie";
    public const string SiteTitle = "Titel";
    public const string SiteDate = "Datum";
    public const string SiteNotLoaded = "kon niet als PACe worden gelezen";
    public const string SiteRules = "Regels";
    public const string SiteRulesIntro = "Wat elke regel controleert, waarom, en hoe je oplost wat hij vindt.";
    public const string SiteSources = "Bronnen";
    public const string SiteNotTranslated = "Deze pagina is nog niet vertaald; hieronder staat de Engelse tekst.";
    public const string SiteMadeWith = "Gemaakt met Pace uit het PACe-bestand; de PDF heeft dezelfde inhoud om af te drukken.";
    public const string SiteFaceTitle = "Functies (FACe)";
    public const string SiteFaceIntro = "Wie op elke stoel zit, voor welke cijfers de stoel staat, en welke resultaten hij levert.";
    public const string SiteFunction = "Functie";
    public const string SiteKpis = "KPI's";
    public const string SiteImproving = "verbetert";
    public const string SiteWorsening = "verslechtert";
}
