using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE018: the latest actual misses its target by more than the tolerance (status red, see <see cref="StatusCheck"/>).
/// A000: "Heb je na die week de € 25.000,- gehaald? Mooi, lekker, zo doorgaan. Zo niet, wat moet je dan
/// mogelijk aanpassen."
/// </summary>
/// <remarks>
/// Amber — a miss within the tolerance (default 10 %) — is not reported: the tolerance exists so that ordinary
/// variation does not raise an alarm every week. A KPI that stays amber shows up in PACE020 instead. A period still
/// under way on the chart's date is judged period-to-date (<see cref="PeriodToDate"/>): a flow against its pro-rata
/// target, so € 110.000 of a € 300.000 quarter on 1 November is ahead, not a miss. The finding points at the latest
/// actual's period.
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
        var asOf = context.Chart.Date;
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            if (kpi.Target is not { } target || Series.Latest(kpi) is not { } latest
                || PeriodToDate.Of(kpi, latest, asOf) is not { Status: KpiStatus.Red } judged)
            {
                continue;
            }

            var path = site.PathOf($"actuals.{latest.Period}");
            var span = latest.Source ?? Locate.ValueOrName(kpi.Source, "actuals");
            string Quantity(decimal value) => QuantityFormat.Quantity(value, kpi.Unit, context.Language);
            MessageArgument[] missed = [new("kpi", site.KpiName), new("process", site.ProcessName), new("period", PeriodFormat.In(latest.Period, context.Language)), new("value", Quantity(latest.Value))];
            if (judged is { ProRata: true, Target: { } toDate, Ahead: { } ahead })
            {
                var date = PeriodFormat.Date(asOf!.Value, context.Language);
                context.ReportVariant("ProRata", path, span, [.. missed, new("date", date), new("pro-rata", Quantity(toDate)), new("target", Quantity(target)), new("gap", Quantity(Math.Abs(ahead)))]);
            }
            else
            {
                context.Report(path, span, [.. missed, new("target", Quantity(target))]);
            }
        }
    }
}
