using System.CommandLine;
using Pace.Validation;

namespace Pace.Cli;

/// <summary>Options several commands share, defined once so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Lang() => new("--lang")
    {
        Description = "Language of messages: en or nl (default: the chart's language)",
        CustomParser = r => r.Tokens.Single().Value,
        Validators = { r => { if (r.Tokens.Count > 0 && r.Tokens[0].Value is not ("en" or "nl")) { r.AddError("--lang must be en or nl"); } } },
    };

    public static Option<string[]> Rule() => new("--rule")
    {
        Description = "Set a rule's level for this run, e.g. --rule PACE016=off (off, info, warning, error); repeatable",
        AllowMultipleArgumentsPerToken = false,
        Validators = { r => { foreach (var t in r.Tokens) { if (!TryParseRule(t.Value, out _, out _)) { r.AddError($"--rule {t.Value}: write CODE=LEVEL with LEVEL off, info, warning or error"); } } } },
    };

    public static ChartLanguage? ParseLanguage(string? value) => value switch
    {
        "nl" => ChartLanguage.Dutch,
        "en" => ChartLanguage.English,
        _ => null,
    };

    /// <summary>The library's checking pipeline with this run's language, rule levels and reader limits.</summary>
    /// <summary>
    /// The run's checker: the built-in rules and the renderer's PACE022 (every character drawable) — only the renderer
    /// knows its fonts, so the rule comes from Pace.Rendering, and validate and render report the same findings.
    /// </summary>
    public static ChartChecker Checker(ChartLanguage? language, string[]? rules, Pace.Yaml.ChartReaderOptions limits) =>
        new(new CheckOptions { Language = language, RuleOverrides = Overrides(rules), Limits = limits, Validator = Validator });

    private static ChartValidator Validator { get; } = ChartValidator.Default.With(new Pace.Rendering.Rules.GlyphCoverageRule());

    private static Dictionary<RuleCode, RuleLevel> Overrides(string[]? rules)
    {
        var overrides = new Dictionary<RuleCode, RuleLevel>();
        foreach (var rule in rules ?? [])
        {
            if (TryParseRule(rule, out var code, out var level))
            {
                overrides[code] = level;
            }
        }

        return overrides;
    }

    private static bool TryParseRule(string text, out RuleCode code, out RuleLevel level)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        level = RuleLevel.Off;
        return RuleCode.TryParse(parts[0], out code) && parts.Length == 2 && Enum.TryParse(parts[1], ignoreCase: true, out level) && Enum.IsDefined(level);
    }
}
