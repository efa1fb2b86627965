namespace Pace.Validation.Rules;

/// <summary>
/// PACE034: the FACe and the PACe agree — everyone who owns a core process also holds a seat on the FACe. Teams draw
/// the FACe first (FACE-FORM): a process owner without a seat is someone the leadership team made accountable for a
/// flow through the business without making them accountable for any part of it. Only checked when the chart has
/// <c>functions:</c>.
/// </summary>
internal sealed class ProcessOwnerHoldsSeatRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE034";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var chart = context.Chart;
        if (chart.Functions is not { Count: > 0 } functions)
        {
            return;
        }

        var seated = functions.SelectMany(f => f.Owners).Select(o => o.Trim()).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < chart.Processes.Count; p++)
        {
            var process = chart.Processes[p];
            if (process.Owner?.Trim() is { Length: > 0 } owner && !seated.Contains(owner) && reported.Add(owner))
            {
                context.Report(Paths.Process(p) + ".owner", process.Source?.ValueOf("owner"), new("person", chart.FindPerson(owner)?.DisplayName ?? owner), new("process", Paths.NameOr(process.Name, p)));
            }
        }
    }
}
