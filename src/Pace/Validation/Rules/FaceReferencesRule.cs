namespace Pace.Validation.Rules;

/// <summary>
/// PACE033: what the FACe and the steps refer to exists — a function owner and a step's people are on the roster
/// when the chart has one (as PACE005 asks of process owners), and a step's functions are functions of the chart.
/// A name that points nowhere is a seat or a step without anyone real behind it.
/// </summary>
internal sealed class FaceReferencesRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE033";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var chart = context.Chart;
        var ids = chart.People?.Select(p => p.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal);
        var known = ids is null || ids.Count == 0 ? "—" : string.Join(", ", ids.Order(StringComparer.Ordinal));
        var functions = chart.Functions ?? [];
        for (var f = 0; f < functions.Count; f++)
        {
            foreach (var owner in functions[f].Owners.Where(o => ids is not null && !string.IsNullOrWhiteSpace(o) && !ids.Contains(o)))
            {
                context.Report(Paths.Function(f) + ".owner", functions[f].Source?.ValueOf("owner"), new("person", owner), new("known", known));
            }
        }

        var names = functions.Select(x => x.Name?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var knownFunctions = names.Count == 0 ? "—" : string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase));
        for (var p = 0; p < chart.Processes.Count; p++)
        {
            var steps = chart.Processes[p].Steps;
            for (var s = 0; s < steps.Count; s++)
            {
                var step = steps[s];
                foreach (var person in step.People.Where(x => ids is not null && !string.IsNullOrWhiteSpace(x) && !ids.Contains(x)))
                {
                    context.Report(Paths.Step(p, s) + ".people", step.Source?.ValueOf("people"), new("person", person), new("known", known));
                }

                foreach (var function in step.Functions.Where(x => !string.IsNullOrWhiteSpace(x) && !names.Contains(x.Trim())))
                {
                    context.ReportVariant("Function", Paths.Step(p, s) + ".functions", step.Source?.ValueOf("functions"), new("function", function), new("known", knownFunctions));
                }
            }
        }
    }
}
