namespace Pace.Validation.Rules;

/// <summary>
/// PACE037: once a process says who takes part in its steps, every step has someone. A001 gives every step of a
/// process its own number ("Van elke activiteit en processtap … een getal"); a step nobody does has nobody to report
/// it. Steps written as plain names say nothing about people, so a process whose steps are all plain names is not
/// checked.
/// </summary>
internal sealed class StepWithoutPeopleRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE037";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var p = 0; p < processes.Count; p++)
        {
            var steps = processes[p].Steps;
            if (!steps.Any(s => s.People.Any(x => !string.IsNullOrWhiteSpace(x))))
            {
                continue;
            }

            for (var s = 0; s < steps.Count; s++)
            {
                if (steps[s].People.All(string.IsNullOrWhiteSpace))
                {
                    context.Report(Paths.Step(p, s), steps[s].Source?.Node, new("step", Paths.NameOr(steps[s].Name, s)), new("process", Paths.NameOr(processes[p].Name, p)));
                }
            }
        }
    }
}
