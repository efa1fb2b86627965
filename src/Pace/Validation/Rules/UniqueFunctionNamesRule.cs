namespace Pace.Validation.Rules;

/// <summary>
/// PACE032: function names are unique. Steps name the functions that take part in them, so two seats with one name
/// would make every such reference ambiguous — and two seats for one function is FACE-FORM's "more than one person in
/// a seat" by another route.
/// </summary>
internal sealed class UniqueFunctionNamesRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE032";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var functions = context.Chart.Functions ?? [];
        var repeated = functions
            .Select((f, i) => (Name: f.Name?.Trim(), Index: i))
            .Where(f => !string.IsNullOrEmpty(f.Name))
            .GroupBy(f => f.Name!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var group in repeated)
        {
            foreach (var (_, index) in group.Skip(1))
            {
                context.Report(Paths.Function(index) + ".name", functions[index].Source?.ValueOf("name"), new("function", group.First().Name), new("count", group.Count()));
            }
        }
    }
}
