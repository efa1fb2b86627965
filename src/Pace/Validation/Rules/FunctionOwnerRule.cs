namespace Pace.Validation.Rules;

/// <summary>
/// PACE030: each FACe seat has exactly one accountable owner, or is explicitly open (<c>vacant: true</c>). FACE-FORM
/// asks of every name on the chart whether there is "more than one person in a seat"; as for a process (A001), none
/// or more than one is no accountability. A seat that is open and names an owner contradicts itself.
/// </summary>
internal sealed class FunctionOwnerRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE030";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var functions = context.Chart.Functions ?? [];
        for (var i = 0; i < functions.Count; i++)
        {
            var function = functions[i];
            var (owners, repeated) = Owners.Of(function.Owners);
            var name = Paths.NameOr(function.Name, i);
            var path = Paths.Function(i) + ".owner";
            if (function.Vacant)
            {
                // An open seat has no owner to count; naming one contradicts it.
                if (owners.Count > 0)
                {
                    context.ReportVariant("Vacant", path, function.Source?.ValueOf("vacant"), new("function", name), new("owners", string.Join(", ", owners)));
                }
            }
            else
            {
                Owners.Report(context, path, function.Source, "function", name, owners, repeated);
            }
        }
    }
}
