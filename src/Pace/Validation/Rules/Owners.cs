namespace Pace.Validation.Rules;

/// <summary>
/// The owners a process or seat names, each counted once: <c>owner: [bram, bram]</c> is one person written twice,
/// not two owners, and gets its own message instead of "has 2 owners (bram, bram)".
/// </summary>
internal static class Owners
{
    /// <summary>The distinct named owners in written order, and the first one written more than once.</summary>
    public static (List<string> Distinct, string? Repeated) Of(IEnumerable<string> owners)
    {
        var distinct = new List<string>();
        string? repeated = null;
        foreach (var owner in owners.Where(o => !string.IsNullOrWhiteSpace(o)))
        {
            if (distinct.Contains(owner, StringComparer.Ordinal))
            {
                repeated ??= owner;
            }
            else
            {
                distinct.Add(owner);
            }
        }

        return (distinct, repeated);
    }

    /// <summary>
    /// Reports owners that are not one person: none (<c>None</c>), several (<c>Many</c>) or one written twice
    /// (<c>Repeated</c>), the same way for a process (PACE002) and a seat (PACE030); <c>subject</c> is the placeholder
    /// the name fills, <c>process</c> or <c>function</c>.
    /// </summary>
    public static void Report(RuleContext context, string path, SourceMap? source, string subject, string name, List<string> owners, string? repeated)
    {
        // ValueOf is the mapping itself when no owner key was written.
        var span = source?.ValueOf("owner");
        if (owners.Count == 0)
        {
            context.ReportVariant("None", path, span, new MessageArgument(subject, name));
        }
        else if (owners.Count > 1)
        {
            context.ReportVariant("Many", path, span, new(subject, name), new("count", owners.Count), new("owners", string.Join(", ", owners)));
        }
        else if (repeated is not null)
        {
            context.ReportVariant("Repeated", path, span, new(subject, name), new("owner", repeated));
        }
    }
}
