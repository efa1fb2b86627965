namespace Pace.Validation.Rules;

/// <summary>The catalogue of built-in rules, in code order.</summary>
public static class BuiltInRules
{
    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new ProcessCountRule(),
        new SingleOwnerRule(),
        new ThreeKpisRule(),
        new UniqueProcessNamesRule(),
        new OwnerInRosterRule(),
        new UniqueKpiNamesRule(),
    ];
}
