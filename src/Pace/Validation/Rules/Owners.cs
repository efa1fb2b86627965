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
}
