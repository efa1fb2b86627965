namespace Pace.Validation.Rules;

/// <summary>
/// PACE001: a chart has 4 to 9 core processes (A001: "beschrijf met je MT vier tot negen kernprocessen"; the same
/// range on PACE-FORM).
/// </summary>
internal sealed class ProcessCountRule : Rule
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
            context.Report("processes", context.Chart.Source?.KeyOf("processes"), new MessageArgument("count", count));
        }
    }
}
