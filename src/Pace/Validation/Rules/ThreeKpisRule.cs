namespace Pace.Validation.Rules;

/// <summary>
/// PACE003: each process has exactly three KPIs. A001: "beschrijf de 3 belangrijkste kengetallen voor dat proces";
/// on PACE-FORM they are better, faster, cheaper.
/// </summary>
internal sealed class ThreeKpisRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE003";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            if (process.Kpis.Count != 3)
            {
                var span = process.Source is { } s && s.Has("kpis") ? s.KeyOf("kpis") : process.Source?.Node;
                context.Report(Paths.Process(i) + ".kpis", span, new("process", Paths.NameOr(process.Name, i)), new("count", process.Kpis.Count));
            }
        }
    }
}
