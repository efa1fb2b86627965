namespace Pace.Cli.Output;

/// <summary>
/// What a run does to findings after the check, as compilers do to warnings: <c>--no-warn CODES</c> drops those
/// warnings, <c>--warnings-as-errors [CODES]</c> makes warnings (all, or the listed ones, less
/// <c>--warnings-not-as-errors</c>) errors, and <c>--quiet</c> prints errors only. The promotions change the exit code,
/// <c>--quiet</c> only what is printed. Pace.Build passes MSBuild's <c>NoWarn</c>, <c>WarningsAsErrors</c>,
/// <c>WarningsNotAsErrors</c> and <c>TreatWarningsAsErrors</c> through these.
/// </summary>
internal sealed record FindingFilter
{
    public static FindingFilter None { get; } = new();

    public IReadOnlySet<string> NoWarn { get; init; } = new HashSet<string>();

    public bool AllWarningsAsErrors { get; init; }

    public IReadOnlySet<string> WarningsAsErrors { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> WarningsNotAsErrors { get; init; } = new HashSet<string>();

    public bool Quiet { get; init; }

    /// <summary>The findings after no-warn and warnings-as-errors: what the exit code is decided on.</summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> findings)
    {
        var result = new List<Diagnostic>(findings.Count);
        foreach (var d in findings)
        {
            if (d.Severity != Severity.Warning)
            {
                result.Add(d);
            }
            else if (!NoWarn.Contains(d.Code))
            {
                var promote = WarningsAsErrors.Contains(d.Code) || (AllWarningsAsErrors && !WarningsNotAsErrors.Contains(d.Code));
                result.Add(promote ? d with { Severity = Severity.Error } : d);
            }
        }

        return result;
    }

    /// <summary>The report of a check: the findings after <see cref="Apply"/>, errors only when quiet.</summary>
    public ChartReport Report(CheckResult check)
    {
        var findings = Apply(check.Diagnostics);
        return new ChartReport(check, findings, Quiet ? [.. findings.Where(d => d.Severity == Severity.Error)] : findings);
    }
}
