namespace Pace.Validation.Rules;

/// <summary>
/// PACE036: a FACe seat has one to three leading indicators. FACE-FORM gives every function a column of leading
/// indicators beside its results; without one, the seat is judged only on results that arrive too late to steer by.
/// More than three is Pace's own limit, the PACe's three KPIs a process: a seat watched on everything watches nothing.
/// </summary>
internal sealed class FunctionIndicatorsRule : Rule
{
    /// <summary>The most leading indicators a seat has without a finding.</summary>
    public const int MostIndicators = 3;

    /// <inheritdoc />
    public override string Code => "PACE036";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var functions = context.Chart.Functions ?? [];
        for (var i = 0; i < functions.Count; i++)
        {
            var function = functions[i];
            var name = Paths.NameOr(function.Name, i);
            if (function.Kpis.Count == 0)
            {
                context.Report(Paths.Function(i), function.Source?.Node, new MessageArgument("function", name));
            }
            else if (function.Kpis.Count > MostIndicators)
            {
                context.ReportVariant("Many", Paths.Function(i) + ".kpis", function.Source?.ValueOf("kpis"), new("function", name), new("count", function.Kpis.Count));
            }
        }
    }
}
