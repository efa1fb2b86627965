namespace Pace.Validation.Rules;

/// <summary>
/// PACE038: a seat holder takes part in a step, but holds none of the seats whose functions take part in it. When a
/// member of the leadership team does the work of another function, either the step names the wrong functions or
/// accountability and work have drifted apart — worth a look, not an error. Only people who hold a seat somewhere are
/// checked (the others are the teams, not the FACe), and only steps that name their functions.
/// </summary>
internal sealed class StepPersonWithoutSeatRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE038";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var chart = context.Chart;
        var functions = chart.Functions ?? [];
        foreach (var person in context.Loads.Where(p => p.Seats.Count > 0))
        {
            var held = person.Seats.Select(i => functions[i].Name?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var (p, s) in person.Steps)
            {
                var step = chart.Processes[p].Steps[s];
                if (step.Functions.Count > 0 && !step.Functions.Any(f => held.Contains(f.Trim())))
                {
                    context.Report(Paths.Step(p, s) + ".people", step.Source?.ValueOf("people"), new("person", person.DisplayName), new("step", Paths.NameOr(step.Name, s)), new("process", Paths.NameOr(chart.Processes[p].Name, p)), new("functions", string.Join(", ", step.Functions)));
                }
            }
        }
    }
}
