using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE018: the latest actual misses its target by more than the tolerance (status red, see <see cref="StatusCheck"/>).
/// A000: "Heb je na die week de € 25.000,- gehaald? Mooi, lekker, zo doorgaan. Zo niet, wat moet je dan
/// mogelijk aanpassen."
/// </summary>
/// <remarks>
/// Amber — a miss within the tolerance (default 10 %) — is not reported: the tolerance exists so that ordinary
/// variation does not raise an alarm every week. A KPI that stays amber shows up in PACE020 instead.
/// The finding points at the latest actual's period.
/// </remarks>
internal sealed class TargetMissedRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE018";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context.Chart))
        {
            var kpi = site.Kpi;
            if (kpi.Target is not { } target || StatusCheck.Of(kpi) != KpiStatus.Red)
            {
                continue;
            }

            var latest = kpi.Actuals.OrderBy(a => a.Period).Last();
            context.Report(
                site.PathOf($"actuals.{latest.Period}"),
                latest.Source ?? Locate.ValueOrName(kpi.Source, "actuals"),
                site.KpiName,
                site.ProcessName,
                latest.Period.ToString(),
                QuantityFormat.Quantity(latest.Value, kpi.Unit, context.Language),
                QuantityFormat.Quantity(target, kpi.Unit, context.Language));
        }
    }
}
