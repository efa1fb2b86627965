using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE020: a KPI missed its target three periods in a row — its latest three or more actuals, for consecutive
/// periods, each missed, amber or red (see <see cref="MissStreak"/>); a period without an actual breaks the row. One miss can be bad luck; three in a row is a pattern that asks for a
/// plan (A000: "wat moet je dan mogelijk aanpassen?"). Unlike PACE018, misses within the tolerance count:
/// staying just under target period after period is still a trend. The finding points at the <c>actuals</c> key.
/// </summary>
internal sealed class MissedInARowRule : Rule
{
    /// <summary>How many misses in a row are reported: three.</summary>
    public const int InARow = 3;

    /// <inheritdoc />
    public override string Code => "PACE020";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            var streak = MissStreak.Of(kpi, context.Chart.Date);
            if (streak.Count >= InARow)
            {
                var span = kpi.Source is { } s && s.Has("actuals") ? s.KeyOf("actuals") : Locate.ValueOrName(kpi.Source, "actuals");
                context.Report(
                    site.PathOf("actuals"),
                    span,
                    new("kpi", site.KpiName),
                    new("process", site.ProcessName),
                    new("count", streak.Count),
                    new("first", PeriodFormat.Words(streak[0].Period, context.Language)),
                    new("last", PeriodFormat.Words(streak[^1].Period, context.Language)));
            }
        }
    }
}
