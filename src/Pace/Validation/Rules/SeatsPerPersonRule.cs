namespace Pace.Validation.Rules;

/// <summary>
/// PACE035: one person holds more than one FACe seat. FACE-FORM asks of every chart: "person in more than one seat?"
/// — in a young company that is often the case, so this is advice, but it is the question the form itself asks. The
/// finding points at the person's second seat.
/// </summary>
internal sealed class SeatsPerPersonRule : Rule
{
    /// <summary>The most seats one person holds without a finding: one, as FACE-FORM's question puts it.</summary>
    public const int MostSeats = 1;

    /// <inheritdoc />
    public override string Code => "PACE035";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var functions = context.Chart.Functions ?? [];
        foreach (var person in context.Loads.Where(p => p.Seats.Count > MostSeats))
        {
            var second = person.Seats[MostSeats];
            var names = string.Join(", ", person.Seats.Select(i => Paths.NameOr(functions[i].Name, i)));
            context.Report(Paths.Function(second) + ".owner", functions[second].Source?.ValueOf("owner"), new("person", person.DisplayName), new("count", person.Seats.Count), new("functions", names));
        }
    }
}
