namespace Pace.Localization;

/// <summary>Dutch message templates, one constant per code, with the same arguments as <see cref="EnglishMessages"/>.</summary>
internal static class DutchMessages
{
    // Regels
    public const string PACE001 = "Een PACe heeft 4 tot 9 kernprocessen; deze heeft er {0}.";
    public const string PACE002None = "Proces '{0}' heeft geen eindverantwoordelijke; wijs er precies één aan.";
    public const string PACE002Repeated = "Proces '{0}' noemt '{1}' meer dan eens als eindverantwoordelijke; noem die één keer.";

    public const string PACE002Many = "Proces '{0}' heeft {1} eindverantwoordelijken ({2}); meer dan één eindverantwoordelijke betekent dat niemand het is — kies er één.";
    public const string PACE003 = "Proces '{0}' heeft {1} KPI's; geef het er precies drie.";
    public const string PACE004 = "De procesnaam '{0}' komt {1} keer voor; procesnamen moeten uniek zijn.";
    public const string PACE005 = "Eindverantwoordelijke '{0}' staat niet in 'people'; voeg die persoon toe of kies uit: {1}.";
    public const string PACE006 = "De KPI-naam '{0}' komt {1} keer voor in proces '{2}'; KPI-namen moeten binnen een proces uniek zijn.";
    public const string PACE007Target = "KPI '{0}' van proces '{1}' heeft geen doel; zonder doel is hij niet meetbaar (SMART) — voeg 'target:' toe.";
    public const string PACE007Unit = "KPI '{0}' van proces '{1}' heeft geen eenheid; zeg wat het doel telt (EUR, %, dagen, leads), zodat hij meetbaar is (SMART).";
    public const string PACE008 = "KPI '{0}' van proces '{1}' heeft geen ritme ('cadence:'); zeg voor welke periode het doel geldt (day, week, month, quarter, year), zodat hij tijdsgebonden is (SMART).";
    public const string PACE009 = "Proces '{0}' heeft geen vooruitkijkende KPI; voeg er een toe die voorspelt (zoals de salespipeline) en markeer hem met 'timing: leading'.";
    public const string PACE010 = "Proces '{0}' heeft geen output-KPI; meet minstens één uitkomst (zoals gesloten deals), niet alleen inspanning, en markeer hem met 'focus: output'.";
    public const string PACE011 = "{0} rapporteert {1} KPI's ({2}); houd het bij een handvol — drie, hooguit vier.";
    public const string PACE012 = "{0} heeft geen vooruitkijkende KPI; geef iedereen één of twee KPI's die vooruitkijken.";
    public const string PACE013 = "KPI '{0}' van proces '{1}' meet aanwezigheid of gewerkte uren ('{2}'); aanwezigheid is geen bijdrage — meet wat het werk oplevert.";
    public const string PACE014 = "Proces '{0}' is naar een afdeling genoemd; noem het naar wat het proces doet, van input tot uitkomst (zoals 'Van lead naar deal' in plaats van 'Sales').";
    public const string PACE015 = "Proces '{0}' heeft geen snelle KPI; voeg er een toe die dagelijks of wekelijks gemeten wordt, voor het wekelijks overleg en de daily huddle.";
    public const string PACE016 = "{0} is eindverantwoordelijk voor {1} kernprocessen ({2}); met meer dan drie verwatert de verantwoordelijkheid van één persoon.";
    public const string PACE017 = "KPI '{0}' van proces '{1}' legt een individueel doel op een terugkijkende output; individuele doelen zorgen voor concurrentie binnen het team — maak er een team-KPI van ('level: team').";
    public const string PACE018 = "KPI '{0}' van proces '{1}' bleef {2} achter bij het doel: {3} tegenover een doel van {4}.";
    public const string PACE018ProRata = "KPI '{0}' van proces '{1}' loopt achter {2}: {3} per {4}, tegenover {5} naar rato ({6} voor de hele periode) — een achterstand van {7}.";
    public const string PACE019 = "Proces '{0}' heeft geen KPI voor {1}; het PACe-formulier geeft elk proces één KPI voor Beter, één voor Sneller en één voor Goedkoper.";
    public const string PACE019Twice = "Proces '{0}' heeft {1} KPI's voor {2}; het PACe-formulier geeft elk proces één KPI voor Beter, één voor Sneller en één voor Goedkoper.";
    public const string PACE020 = "KPI '{0}' van proces '{1}' bleef {2} keer op rij achter bij het doel ({3} tot en met {4}).";
    public const string PACE021 = "Deze uitzondering voor {0} zet op de volgende regel niets uit; haal hem weg.";
    public const string PACE021Unknown = "Deze uitzondering noemt {0}, maar zo'n regel bestaat niet; controleer de code.";
    public const string PACE021Empty = "Deze uitzondering noemt geen regel; schrijf de codes die je wilt uitzetten, zoals '# pace-disable-next-line PACE016'.";
    public const string PACE022 = "{0} bevat tekens die geen lettertype kan tekenen: {1}; ze worden als vakje afgedrukt. Noem een lettertype dat ze heeft onder 'theme.fonts' in het PACe-bestand, of onder 'fonts' in 'pace.config.yaml'.";
    public const string PACE022FontMissing = "Het lettertypebestand '{0}' bestaat niet; de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontUnreadable = "Het lettertypebestand '{0}' is niet te lezen; de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontTooLarge = "Het lettertypebestand '{0}' is groter dan {1} MB; noem een deelverzameling ervan (pyftsubset maakt er een).";
    public const string PACE022FontFormat = "Met het lettertypebestand '{0}' kan Pace niet tekenen: {1}; noem een lettertypebestand (.ttf, .otf met CFF- of TrueType-contouren, of .ttc/.otc met #N voor lettertype N).";
    public const string PACE022FontOutside = "Het lettertypebestand '{0}' ligt buiten {1}; een lettertype wordt alleen gelezen uit de repository van het PACe-bestand (zonder repository: de map van het PACe-bestand) of een map die een configuratie noemt in 'font-folders:'. Er is niets uit gelezen; de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontNotRegular = "Het lettertypebestand '{0}' is geen gewoon bestand maar een map, FIFO, apparaat of socket; er is niets uit gelezen, en de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE022FontLoop = "Het lettertypebestand '{0}' is een symbolische link die in een kring loopt (of meer dan 40 links achter elkaar); er is niets gelezen, en de tekst wordt met de meegeleverde lettertypen gezet.";
    public const string PACE023 = "KPI '{0}' van proces '{1}' is voor het laatst bijgewerkt over {2}; per {3} ontbreekt het cijfer over {4}.";
    public const string PACE024 = "KPI '{0}' van proces '{1}' wordt per {4} gemeten, maar '{2}' is {3}; dit cijfer telt niet mee voor de status, de trend en het aantal missers op rij — geef één cijfer per {4}, zoals '{5}'.";

    // FACe (functies en de mensen in processtappen)
    public const string PACE030None = "Functie '{0}' heeft geen eindverantwoordelijke; wijs er precies één aan, of zet 'vacant: true' als de stoel open is.";
    public const string PACE030Many = "Functie '{0}' heeft {1} eindverantwoordelijken ({2}); als meerdere mensen op één stoel zitten, zit er niemand — kies er één.";
    public const string PACE030Repeated = "Functie '{0}' noemt '{1}' meer dan eens als eindverantwoordelijke; noem die één keer.";

    public const string PACE030Vacant = "Functie '{0}' staat op vacant, maar noemt een eindverantwoordelijke ({1}); haal 'vacant: true' of de eindverantwoordelijke weg.";
    public const string PACE031 = "De stoel van functie '{0}' is open; dat mag je laten zien, maar zeg wie hem vult, en wanneer.";
    public const string PACE032 = "De functienaam '{0}' komt {1} keer voor; functienamen moeten uniek zijn.";
    public const string PACE033 = "'{0}' staat niet in 'people'; voeg die persoon toe of kies uit: {1}.";
    public const string PACE033Function = "'{0}' is geen functie van deze PACe; kies uit: {1}.";
    public const string PACE034 = "{0} is eindverantwoordelijk voor proces '{1}', maar zit op geen stoel van de FACe; FACe en PACe spreken elkaar tegen — geef die persoon de stoel waar het proces bij hoort, of kies een andere eindverantwoordelijke.";
    public const string PACE035 = "{0} zit op {1} stoelen ({2}); de FACe vraagt bij iedereen op meer dan één stoel of dat zo bedoeld is.";
    public const string PACE036 = "Functie '{0}' heeft geen vooruitkijkende KPI; geef de functie één tot drie KPI's die vroeg laten zien of ze op koers ligt.";
    public const string PACE036Many = "Functie '{0}' heeft {1} vooruitkijkende KPI's; houd het bij hooguit drie, zodat de stoel op het belangrijkste wordt beoordeeld.";
    public const string PACE037 = "Stap '{0}' van proces '{1}' noemt niemand, terwijl andere stappen dat wel doen; zeg wie eraan meedoet.";
    public const string PACE038 = "{0} doet mee aan stap '{1}' van proces '{2}', maar zit op geen van de stoelen van de functies van die stap ({3}); kijk of de stap de juiste functies noemt, of wie het werk doet.";

    // Laadfouten
    public const string PACE100 = "Dit is geen geldige YAML: {0}";
    public const string PACE101 = "Onbekende sleutel '{0}' in {1}.";
    public const string PACE101Suggestion = "Onbekende sleutel '{0}' in {1} — bedoel je '{2}'?";
    public const string PACE102 = "'{0}' moet {1} zijn, maar is {2}.";
    public const string PACE103 = "Sleutel '{0}' staat er twee keer; de eerste staat op regel {1}.";
    public const string PACE104 = "'{0}' is geen geldige {1}; kies uit: {2}.";
    public const string PACE105Missing = "Dit bestand zegt niet in welke versie van het PACe-formaat het geschreven is; zet 'pace: 1' bovenaan.";
    public const string PACE105Unsupported = "Versie {0} van het PACe-formaat wordt niet ondersteund; deze versie van Pace leest versie 1.";
    public const string PACE106Empty = "Het bestand is leeg; een PACe-bestand is een mapping die begint met 'pace: 1'.";
    public const string PACE106NotMapping = "Het bestand bevat {0}, geen PACe; een PACe-bestand is een mapping die begint met 'pace: 1'.";
    public const string PACE107 = "Verplichte sleutel '{0}' ontbreekt in {1}.";
    public const string PACE108 = "'{0}' is geen periode; schrijf een dag (2026-10-05), ISO-week (2026-W41), maand (2026-10), kwartaal (2026-Q3) of jaar (2026).";
    public const string PACE109 = "'{0}' is geen bruikbaar getal voor {1}.";
    public const string PACE110 = "Het bestand is groter dan de grens van {1} bytes ({0} bytes of meer); het is niet verder gelezen.";
    public const string PACE111 = "De YAML is meer dan {0} niveaus diep genest.";
    public const string PACE112 = "Aliassen breiden uit tot meer dan {0} knopen; het bestand wordt geweigerd (bescherming tegen 'billion laughs').";
    public const string PACE113 = "Een waarde is {0} tekens lang; de grens is {1}.";
    public const string PACE114 = "{0} wordt niet ondersteund in PACe-bestanden.";
    public const string PACE115 = "'{0}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-01.";
    public const string PACE116 = "Dit is {0}, geen gewoon bestand; Pace leest alleen gewone bestanden, dus er is niets uit gelezen.";
    public const string PACE117 = "Dit pad is een symbolische link die buiten {0} leidt; het is overgeslagen en er is niets uit het doel gelezen.";
    public const string PACE117Loop = "Dit pad is een symbolische link die in een kring loopt (of meer dan 40 links achter elkaar); het is overgeslagen.";
    public const string PACE118 = "Dit configuratiebestand wordt genegeerd: het is van een andere gebruiker (uid {0}), die zo kan veranderen hoe je PACe-bestanden gecontroleerd worden. Pace gebruikt alleen configuratiebestanden van jou of root, zoals git met safe.directory; noem het met --config om het toch te gebruiken.";
    public const string PACE118Writable = "Dit configuratiebestand wordt genegeerd: andere gebruikers kunnen erin schrijven (modus {0}), dus iedereen kan veranderen hoe je PACe-bestanden gecontroleerd worden. Maak het alleen van jou (chmod go-w), of noem het met --config om het toch te gebruiken.";
    public const string PACE118FolderWritable = "Dit configuratiebestand wordt genegeerd: andere gebruikers kunnen in de map {0} schrijven (modus {1}), dus iedereen kan het vervangen. Maak de map alleen van jou (chmod go-w), of noem het bestand met --config om het toch te gebruiken.";
    public const string PACE119 = "Het logo '{0}' is geen PNG die Pace kan lezen: {1}. De PACe wordt zonder logo gemaakt.";
    public const string PACE119Missing = "Het logo '{0}' bestaat niet; de PACe wordt zonder logo gemaakt.";
    public const string PACE119Unreadable = "Het logo '{0}' kan niet gelezen worden; de PACe wordt zonder logo gemaakt.";
    public const string PACE119NotRegular = "Het logo '{0}' is {1}, geen gewoon bestand; er is niets uit gelezen, en de PACe wordt zonder logo gemaakt.";
    public const string PACE119Outside = "Het logo '{0}' ligt buiten {1}; een logo wordt alleen gelezen uit de repository van het PACe-bestand (zonder repository: de map van het PACe-bestand) of een map die een configuratie noemt in 'logo-folders:'. Er is niets uit gelezen.";
    public const string PACE119Loop = "Het logo '{0}' is een symbolische link die in een kring loopt (of meer dan 40 links achter elkaar); er is niets gelezen, en de PACe wordt zonder logo gemaakt.";
    public const string PACE119TooLarge = "Het logo '{0}' is groter dan de grens van {1} bytes; het is niet verder gelezen, en de PACe wordt zonder logo gemaakt.";
    public const string PACE119Pixels = "Het logo '{0}' is {1} × {2} pixels; de grens is {3} × {3}. Maak het kleiner; de PACe wordt zonder logo gemaakt.";
    public const string PACE120Reserved = "Controlecode '{0}' begint met PACE, en dat is van Pace zelf; geef de controles van je team een eigen voorvoegsel, bijv. ACME001.";
    public const string PACE120Condition = "Controle '{0}' heeft precies één voorwaarde nodig, een van: {1}.";
    public const string PACE120Setting = "Controle '{0}': '{1}' heeft een waarde nodig — een lijst die niet leeg is, een heel getal boven nul, of een timing of focus.";
    public const string PACE120Placeholder = "De melding van controle '{0}' noemt {{{1}}}, en dat heeft dit soort controle niet; gebruik {2}.";
    public const string PACE121 = "'{0}' is geen regelcode, dus deze instelling verandert niets; 'pace explain --list' noemt de codes.";
    public const string PACE121Suggestion = "'{0}' is geen regelcode, dus deze instelling verandert niets — bedoelde je '{1}'?";

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
    public const string KindTextValue = "de tekst '{0}'";
    public const string KindList = "een lijst";
    public const string KindMapping = "een mapping";
    public const string KindText = "een tekst";

    public const string TeamUnits = "KPI '{kpi}' van '{process}' wordt gemeten in '{unit}'; de eenheden van dit team zijn: {allowed}.";

    public const string TeamForbiddenWords = "'{name}' bevat '{word}', een woord dat dit team niet in namen gebruikt.";

    public const string TeamMaxKpisPerPerson = "{person} rapporteert {count} KPI's; dit team houdt het op {max} per persoon.";

    public const string TeamProcessNeedsKpi = "Proces '{process}' heeft geen KPI met {kind}; dit team wil er een in elk proces.";

    // A team check's rule metadata (SARIF): what each condition requires, and where the check comes from.
    public const string TeamRuleUnits = "De eenheid van elke KPI is een van: {0}.";
    public const string TeamRuleForbiddenWords = "Geen naam van een proces, KPI, stap of functie bevat een van deze woorden: {0}.";
    public const string TeamRuleMaxKpisPerPerson = "Niemand rapporteert meer dan {0} KPI's.";
    public const string TeamRuleProcessNeedsKpi = "Elk proces heeft een KPI met {0}.";
    public const string TeamRuleHelp = "{0} is een eigen controle van dit team, vastgelegd onder 'checks:' in pace.config.yaml op niveau {1}. {2} Zet hem uit voor één PACe met 'rules: {{{0}: off}}' in die PACe, of voor één run met '--rule {0}=off'.";
    public const string KindRuleCode = "een regelcode (letters en dan drie cijfers, bijv. PACE016)";
    public const string KindNumber = "een getal";
    public const string KindWholeNumber = "een geheel getal";
    public const string KindDate = "een datum";
    public const string KindTextList = "een tekst of een lijst van teksten";
    public const string KindNumberList = "een lijst van getallen";
    public const string PlaceChart = "de PACe";
    public const string PlaceConfig = "de configuratie";
    public const string FeatureSecondDocument = "Een tweede YAML-document (---)";
    public const string FeatureTag = "De YAML-tag '{0}'";
    public const string FeatureEncoding = "Tekst die geen UTF-8 is";
    public const string ParserStopped = "de YAML-parser kan hier niet verder lezen.";
    public const string SyntaxFlowSequence = "een lijst tussen [ ] is niet gesloten: er ontbreekt een ',' of ']'.";
    public const string SyntaxFlowMapping = "een mapping tussen {{ }} is niet gesloten: er ontbreekt een ',' of '}}'.";
    public const string SyntaxKeyWithoutColon = "na een sleutel ontbreekt de ':'.";
    public const string SyntaxValueNotAllowed = "hier mag geen 'sleutel: waarde' staan; controleer de inspringing, of zet een waarde met ': ' tussen aanhalingstekens.";
    public const string SyntaxQuoteNotClosed = "een tekst tussen aanhalingstekens wordt nergens gesloten.";
    public const string SyntaxUnknownEscape = "een backslash-escape tussen dubbele aanhalingstekens die YAML niet kent.";
    public const string SyntaxTabIndent = "er wordt met een tab ingesprongen; spring in met spaties.";
    public const string SyntaxBadCharacter = "met dit teken kan hier niets beginnen (vaak een tab als inspringing; spring in met spaties).";
    public const string SyntaxKeyExpected = "hier werd een sleutel verwacht; controleer de inspringing.";
    public const string SyntaxItemExpected = "hier werd een lijstitem ('- ') verwacht; controleer de inspringing.";
    public const string SyntaxValueMissing = "hier ontbreekt een waarde.";
    public const string SyntaxAliasWithoutAnchor = "de alias *{0} noemt geen anker.";
    public const string ForbiddenCharacter = "het teken U+{0} mag niet in een YAML-bestand staan; schrijf het tussen dubbele aanhalingstekens als \\u{0}.";

    // De KPI-vakken van het PACe-formulier, zoals de PACe ze als kolomkop toont
    public const string DimensionBetter = "Beter";
    public const string DimensionFaster = "Sneller";
    public const string DimensionCheaper = "Goedkoper";
}
