namespace Pace.Validation.Rules;

/// <summary>
/// PACE012: a person who reports KPIs has at least one leading one. A001: "Zorg in ieder geval dat elke
/// medewerker 1 tot 2 voorspellende KPI's heeft." — "in ieder geval" (at any rate) sets a minimum, not a ceiling,
/// so three or more leading KPIs are not reported (a person's total is PACE011's). People whose KPIs say nothing
/// about timing are left alone (nothing is known); people on the roster who report no KPI are not on the chart's
/// hook. The finding points where the person first reports a KPI.
/// </summary>
internal sealed class LeadingKpisPerPersonRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE012";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var person in context.Loads)
        {
            var kpis = person.ReportedKpis;
            if (kpis.Count == 0 || kpis.All(k => k.Kpi.Timing is null) || person.LeadingKpis.Count > 0)
            {
                continue;
            }

            var (path, span) = Locate.Reporter(kpis[0]);
            context.Report(path, span, new("person", person.DisplayName));
        }
    }
}
