namespace Pace.Validation.Rules;

/// <summary>
/// PACE014: a process named after a department ("Sales") should describe its flow ("Van lead naar deal").
/// A001: "In de eerste poging kom je vaak tot de functie-gebieden … Neem 'sales'. Je kunt het proces
/// beschrijven als 'van lead naar deal'."
/// </summary>
/// <remarks>
/// A heuristic in English and Dutch: the name is reported when, leaving out filler words ("afdeling",
/// "department", "team", "de", "the", "and", "en", "&amp;"), it consists only of department names — "Sales",
/// "HR", "Sales &amp; Marketing", "Afdeling Financiën", "Klantenservice". A flow that merely mentions a
/// department ("Van lead naar deal", "Support tickets oplossen binnen een dag") is not. Nor is a step of the
/// customer journeys A001 itself draws ("bestelling -> levering -> installatie -> service", "bestelling -> planning
/// -> installatie -> opleiding -> helpdesk"): "Service", "Planning" and "Helpdesk" (and its synonyms "Help desk",
/// "Service desk") name a step the customer goes through, so they are not on the list of departments.
/// </remarks>
internal sealed class FlowNotDepartmentRule : Rule
{
    private static readonly WordMatcher Departments = new(
    [
        // English
        "sales", "inside sales", "field sales", "after sales", "presales", "pre sales", "marketing", "finance",
        "financial", "accounting", "administration", "admin", "controlling", "treasury", "hr", "hrm",
        "human resources", "personnel", "people operations", "recruitment", "support", "customer support",
        "customer service", "customer care", "customer success", "it", "ict", "operations", "ops", "logistics",
        "procurement", "purchasing", "legal", "r d", "research", "research development", "engineering", "development", "product", "product management",
        "product development", "projects", "project management", "quality", "quality assurance", "qa",
        "production", "manufacturing", "warehouse", "warehousing", "facilities", "facility management",
        "management", "communications", "communication", "pr", "public relations", "account management",
        "business development", "maintenance",

        // Dutch
        "verkoop", "binnendienst", "buitendienst", "financien", "financiele administratie", "boekhouding",
        "administratie", "personeelszaken", "personeel", "p o", "werving", "klantenservice",
        "klantendienst", "klantcontact", "ondersteuning", "automatisering", "operatie", "productie", "kwaliteit",
        "kwaliteitszorg", "inkoop", "logistiek", "magazijn", "expeditie", "juridische zaken", "juridisch",
        "communicatie", "facilitaire dienst", "facilitair", "directie", "projecten", "productontwikkeling",
        "product ontwikkeling", "productmanagement", "ontwikkeling", "techniek", "onderhoud", "accountmanagement",
        "bedrijfsvoering", "secretariaat",
    ]);

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "afdeling", "afd", "department", "dept", "team", "de", "het", "the", "and", "en",
    };

    /// <inheritdoc />
    public override string Code => "PACE014";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <summary>Whether a process name is only a department's name.</summary>
    /// <param name="processName">The name, in English or Dutch.</param>
    /// <returns><see langword="true"/> for names such as "Sales", "HR" or "Afdeling Financiën".</returns>
    public static bool IsDepartmentName(string? processName)
    {
        if (string.IsNullOrWhiteSpace(processName))
        {
            return false;
        }

        var words = WordMatcher.Words(processName).Where(w => !Filler.Contains(w)).ToList();
        return Departments.Covers(words);
    }

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            if (IsDepartmentName(process.Name))
            {
                context.Report(Paths.Process(i) + ".name", process.Source?.ValueOf("name"), new MessageArgument("process", process.Name));
            }
        }
    }
}
