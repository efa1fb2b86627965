using System.CommandLine;
using Pace.Cli.Parsing;
using Pace.Validation;

namespace Pace.Cli;

/// <summary>Options several commands share, defined once so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    private static readonly (string, RuleLevel)[] Levels = [("off", RuleLevel.Off), ("info", RuleLevel.Info), ("warning", RuleLevel.Warning), ("error", RuleLevel.Error)];

    /// <summary>
    /// <c>--lang CODE</c>: any well-formed language code, so a language a translation file adds can be asked for; one
    /// Pace does not know is the check's finding (with how to add it), not a parse error.
    /// </summary>
    public static Option<ChartLanguage?> Lang()
    {
        var option = new Option<ChartLanguage?>("--lang")
        {
            Description = "Language of messages and labels: en, nl, or one a translation adds, e.g. de (default: the chart's language)",
            HelpName = "en|nl|CODE",
            CustomParser = r =>
            {
                var typed = r.Tokens.Count == 0 ? null : r.Tokens[^1].Value;
                if (typed is null)
                {
                    return null;
                }

                if (ChartLanguage.TryParse(typed, out var language))
                {
                    return language;
                }

                // The typed text is echoed only when it is short and plain, so no control character reaches a terminal.
                var shown = typed.Length <= 20 && typed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? $" {typed}" : string.Empty;
                r.AddError($"--lang{shown}: a language code is 2 to 8 letters, optionally with a region (en, nl, de, pt-BR)");
                return null;
            },
        };
        option.CompletionSources.Add(_ => Languages.Known.Select(l => new System.CommandLine.Completions.CompletionItem(l.Code)));
        return option;
    }

    /// <summary>
    /// <c>--rule CODE=LEVEL</c>, repeatable. A PACE code must be one of Pace's rules (a typo is an error with a
    /// "did you mean", not a setting that silently does nothing), another code a rule code in form (a team check's);
    /// the level one of off, info, warning, error.
    /// </summary>
    public static Option<string[]> Rule() => new("--rule")
    {
        Description = "Set a rule's level for this run, e.g. --rule PACE016=off (off, info, warning, error); repeatable",
        HelpName = "CODE=LEVEL",
        AllowMultipleArgumentsPerToken = false,
        Validators =
        {
            r =>
            {
                foreach (var t in r.Tokens)
                {
                    if (RuleProblem(t.Value) is { } problem)
                    {
                        r.AddError($"--rule {t.Value}: {problem}");
                    }
                }
            },
        },
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

    private static string? RuleProblem(string text)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            return "write CODE=LEVEL with LEVEL off, info, warning or error";
        }

        // A code with another prefix than PACE may be a team check of a configuration, known only per chart.
        if (!RuleCode.TryParse(parts[0], out var code) || (ChartValidator.Default.Find(code) is null && code.Value.StartsWith("PACE", StringComparison.Ordinal)))
        {
            return $"{parts[0]} is not a Pace rule{(ChartValidator.Default.SuggestCode(parts[0]) is { } near ? $"; did you mean {near}?" : string.Empty)}";
        }

        return Levels.Any(l => string.Equals(l.Item1, parts[1], StringComparison.OrdinalIgnoreCase))
            ? null
            : $"{parts[1]} is not a level; use one of off, info, warning, error{Suggestions.DidYouMean(parts[1], Levels.Select(l => l.Item1))}";
    }

    private static bool TryParseRule(string text, out RuleCode code, out RuleLevel level)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        level = RuleLevel.Off;
        code = default;
        if (parts.Length != 2 || RuleProblem(text) is not null || !RuleCode.TryParse(parts[0], out code))
        {
            return false;
        }

        level = Levels.First(l => string.Equals(l.Item1, parts[1], StringComparison.OrdinalIgnoreCase)).Item2;
        return true;
    }
}
