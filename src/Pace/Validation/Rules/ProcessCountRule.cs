namespace Pace.Validation.Rules;

/// <summary>PACE001: a chart has 4 to 9 core processes (seed 001: "identify 4–9 processes that drive the business").</summary>
public sealed class ProcessCountRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE001";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var count = context.Chart.Processes.Count;
        if (count is < 4 or > 9)
        {
            context.Report("processes", context.Chart.Source?.KeyOf("processes"), count);
        }
    }
}
