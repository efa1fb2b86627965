using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE011: a person reports at most four KPIs. A001 and A002: "Iedere medewerker meet een handvol getallen.
/// Focus is cruciaal. Elke medewerker heeft drie, vier KPI's die hij of zij rapporteert." A KPI is reported by its
/// own owner, else by its process's owner (<see cref="PersonLoad"/>). The finding points where the fifth KPI
/// falls to the person.
/// </summary>
internal sealed class HandfulOfKpisRule : Rule
{
    /// <summary>The most KPIs one person reports: four.</summary>
    public const int Handful = 4;

    /// <inheritdoc />
    public override string Code => "PACE011";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var person in context.Loads)
        {
            var kpis = person.ReportedKpis;
            if (kpis.Count > Handful)
            {
                var (path, span) = Locate.Reporter(kpis[Handful]);
                var names = string.Join(", ", kpis.Select(k => Paths.NameOr(k.Kpi.Name, k.KpiIndex)));
                context.Report(path, span, new("person", person.DisplayName), new("count", kpis.Count), new("kpis", names));
            }
        }
    }
}
