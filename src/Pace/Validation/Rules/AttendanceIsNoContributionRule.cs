namespace Pace.Validation.Rules;

/// <summary>
/// PACE013: a KPI that measures attendance or hours worked is no contribution. A001 and A002: "Dat zal zelden
/// het aantal gewerkte uren die dag zijn. Aanwezigheid is geen bijdrage!"
/// </summary>
/// <remarks>
/// A heuristic on the KPI's name, in English and Dutch, by whole words: attendance and time-keeping words anywhere
/// in the name ("attendance", "timesheet", "aanwezigheid", "urenregistratie", "overuren"), hours or days paired
/// with working, logging or booking ("hours worked", "gewerkte uren", "geboekte uren"), "present" or "aanwezig"
/// with work or time words ("days present", "aanwezig op kantoor"), or a name that is only an amount of hours or
/// a presence ("Hours", "Aantal uren", "Aanwezig"). "Net present value", "Online presence" and "Voorraad aanwezig"
/// are not matched. Hours as a measure of speed or cost ("Tickets solved within 8 hours",
/// "Installation hours over budget") are not matched. A name about customers or events ("Webinar attendance",
/// "Aanwezigheid klanten op events") is someone else's presence, and is left alone.
/// </remarks>
internal sealed class AttendanceIsNoContributionRule : Rule
{
    private static readonly WordMatcher Anywhere = new(
    [
        // English. "Present" and "presence" only with work or time words: "net present value" and
        // "online presence" are no attendance.
        "attendance", "timesheet", "timesheets", "time sheet", "time sheets", "overtime",
        "clocked in", "hours worked", "worked hours", "working hours", "work hours", "hours logged", "logged hours",
        "hours booked", "booked hours", "hours clocked", "clocked hours", "hours present", "days present",
        "days worked", "office days", "days in the office", "days at the office", "days in office",
        "present at work", "present in the office", "present at the office", "staff present", "employees present",
        "presence at work", "office presence", "presence rate", "staff presence",

        // Dutch. "Aanwezig" only with work or time words: "voorraad aanwezig" is no attendance.
        "aanwezigheid", "aanwezigheidspercentage", "aanwezigheidsgraad", "urenregistratie", "urenstaat",
        "urenstaten", "urenbriefje", "urenbriefjes", "overuren", "werkuren", "ingeklokt", "inklokken",
        "gewerkte uren", "uren gewerkt", "geschreven uren", "uren geschreven", "geboekte uren", "uren geboekt",
        "gewerkte dagen", "kantoordagen", "dagen op kantoor", "gewerkte tijd", "dagen aanwezig", "uren aanwezig",
        "aanwezig op kantoor", "aanwezig op het werk", "medewerkers aanwezig", "aanwezige medewerkers",
        "percentage aanwezig", "presentie op kantoor",
    ]);

    private static readonly WordMatcher WholeName = new(
    [
        "hours", "number of hours", "total hours", "hours per week", "hours per day", "hours per month",
        "present", "presence",
        "uren", "uur", "aantal uren", "totaal uren", "uren per week", "uren per dag", "uren per maand",
        "aanwezig", "presentie",
    ]);

    private static readonly WordMatcher SomeoneElse = new(
    [
        "customer", "customers", "client", "clients", "visitor", "visitors", "participant", "participants",
        "attendee", "attendees", "event", "events", "webinar", "webinars", "guest", "guests", "show", "shows",
        "fair", "fairs", "conference", "conferences", "meetup", "meetups", "demo", "demos",
        "klant", "klanten", "bezoeker", "bezoekers", "deelnemer", "deelnemers", "gast", "gasten", "beurs",
        "beurzen", "congres", "congressen",
    ]);

    /// <inheritdoc />
    public override string Code => "PACE013";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <summary>The attendance phrase a KPI name measures, or <see langword="null"/> when it measures something else.</summary>
    /// <param name="kpiName">The KPI's name, in English or Dutch.</param>
    /// <returns>The matched phrase, lower case, e.g. <c>gewerkte uren</c>.</returns>
    public static string? AttendancePhrase(string? kpiName)
    {
        if (string.IsNullOrWhiteSpace(kpiName))
        {
            return null;
        }

        var words = WordMatcher.Words(kpiName);
        if (SomeoneElse.FindIn(words) is not null)
        {
            return null;
        }

        return WholeName.Covers(words) ? string.Join(' ', words) : Anywhere.FindIn(words);
    }

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            if (AttendancePhrase(kpi.Name) is { } phrase)
            {
                context.Report(site.PathOf("name"), kpi.Source?.ValueOf("name"), new("kpi", kpi.Name), new("process", site.ProcessName), new("word", phrase));
            }
        }
    }
}
