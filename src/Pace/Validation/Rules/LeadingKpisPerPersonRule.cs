using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE012: a person who reports KPIs has one or two leading ones. Seed 001: "Zorg in ieder geval dat elke
/// medewerker 1 tot 2 voorspellende KPI's heeft." People whose KPIs say nothing about timing are left alone
/// (nothing is known); people on the roster who report no KPI are not on the chart's hook.
/// "None" points where the person first reports a KPI; "Many" points at the third leading KPI's <c>timing</c>.
/// </summary>
public sealed class LeadingKpisPerPersonRule : Rule
{
    /// <summary>The most leading KPIs that keep one person focused: two.</summary>
    public const int MostLeading = 2;

    /// <inheritdoc />
    public override string Code => "PACE012";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var person in PersonLoad.Of(context.Chart))
        {
            var kpis = person.ReportedKpis;
            if (kpis.Count == 0 || kpis.All(k => k.Kpi.Timing is null))
            {
                continue;
            }

            var leading = person.LeadingKpis;
            if (leading.Count == 0)
            {
                var (path, span) = Locate.Reporter(kpis[0]);
                context.ReportVariant("None", path, span, person.DisplayName);
            }
            else if (leading.Count > MostLeading)
            {
                var third = leading[MostLeading];
                var names = string.Join(", ", leading.Select(k => Paths.NameOr(k.Kpi.Name, k.KpiIndex)));
                context.ReportVariant(
                    "Many",
                    Paths.Kpi(third.ProcessIndex, third.KpiIndex) + ".timing",
                    third.Kpi.Source?.ValueOf("timing"),
                    person.DisplayName,
                    leading.Count,
                    names);
            }
        }
    }
}
