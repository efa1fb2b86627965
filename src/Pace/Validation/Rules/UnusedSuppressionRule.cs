namespace Pace.Validation.Rules;

/// <summary>
/// PACE021: a <c># pace-disable-next-line</c> comment that suppresses nothing — its rule no longer fires on the
/// next line (the chart was fixed, or the line moved), the code is no rule, or the comment names no code. A stale
/// suppression would silently hide the next real finding on that line, so it is reported where the comment stands.
/// The validator runs this rule after all others, with the suppressions from <see cref="ValidationOptions.Suppressions"/>.
/// </summary>
internal sealed class UnusedSuppressionRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE021";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var problem in context.SuppressionProblems)
        {
            var span = problem.Suppression.Source;
            switch (problem.Kind)
            {
                case SuppressionProblemKind.Empty:
                    context.ReportVariant("Empty", string.Empty, span);
                    break;
                case SuppressionProblemKind.Unknown:
                    context.ReportVariant("Unknown", string.Empty, span, new MessageArgument("code", problem.Code));
                    break;
                default:
                    context.Report(string.Empty, span, new MessageArgument("code", problem.Code));
                    break;
            }
        }
    }
}
