namespace Pace.Validation.Rules;

/// <summary>
/// PACE031: a FACe seat is open (<c>vacant: true</c>). FACE-FORM asks about "empty seats": an open seat is allowed —
/// saying so is better than a name that is not true — but it is worth seeing every time the chart is checked.
/// </summary>
internal sealed class OpenSeatRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE031";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var functions = context.Chart.Functions ?? [];
        for (var i = 0; i < functions.Count; i++)
        {
            if (functions[i].Vacant && functions[i].Owners.All(string.IsNullOrWhiteSpace))
            {
                context.Report(Paths.Function(i) + ".vacant", functions[i].Source?.ValueOf("vacant"), new MessageArgument("function", Paths.NameOr(functions[i].Name, i)));
            }
        }
    }
}
