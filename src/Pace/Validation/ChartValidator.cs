using Pace.Analysis;
using Pace.Localization;
using Pace.Validation.Rules;

namespace Pace.Validation;

/// <summary>Runs a set of rules over a chart, applying rule levels from the chart, a configuration and the run.</summary>
public sealed class ChartValidator
{
    /// <summary>Creates a validator with the given rules.</summary>
    /// <param name="rules">The rules to run; codes must be unique.</param>
    /// <exception cref="ArgumentException">A rule's code is not a <see cref="RuleCode"/>, or two rules share a code.</exception>
    public ChartValidator(IEnumerable<Rule> rules)
    {
        Rules = [.. rules];
        _byCode = new Dictionary<RuleCode, Rule>(Rules.Count);
        _codes = new RuleCode[Rules.Count];
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (!RuleCode.TryParse(rule.Code, out var code))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} has the code '{rule.Code}', which is not letters followed by three or four digits.", nameof(rules));
            }

            if (!_byCode.TryAdd(code, rule))
            {
                throw new ArgumentException($"Two rules have the code {code}.", nameof(rules));
            }

            _codes[i] = code;
        }
    }

    private readonly Dictionary<RuleCode, Rule> _byCode;

    // The code of Rules[i], parsed once here rather than for every rule of every validation.
    private readonly RuleCode[] _codes;

    /// <summary>A validator with every built-in rule.</summary>
    public static ChartValidator Default { get; } = new(BuiltInRules.All);

    /// <summary>The rules this validator runs.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The rule with a code, built in or added: the registry of what this validator runs.</summary>
    /// <param name="code">The code, e.g. <c>PACE016</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has the code.</returns>
    public Rule? Find(RuleCode code) => _byCode.GetValueOrDefault(code);

    /// <summary>A validator with the same rules plus an app's own.</summary>
    /// <param name="rules">The extra rules.</param>
    /// <returns>A new validator.</returns>
    public ChartValidator With(params Rule[] rules) => new(Rules.Concat(rules));

    /// <summary>Validates a chart.</summary>
    /// <param name="chart">The chart, valid or not.</param>
    /// <param name="options">Language and rule levels; <see cref="ValidationOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the validation; checked before each rule and at each finding (<see cref="RuleContext.CancellationToken"/>).</param>
    /// <returns>
    /// The findings; a code in the chart's own <c>rules:</c> that names none of this validator's rules is one of them
    /// (PACE121, an error: a misspelt code would otherwise switch nothing off, silently).
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <see cref="ValidationOptions.Overrides"/> or <see cref="ValidationOptions.Defaults"/> name a code that is none
    /// of this validator's rules.
    /// </exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public Findings Validate(Chart chart, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ValidationOptions.Default;
        CheckCodes(options.Overrides.Keys, "ValidationOptions.Overrides");
        CheckCodes(options.Defaults.Keys, "ValidationOptions.Defaults");
        var language = options.Language ?? chart.Language ?? options.DefaultLanguage ?? ChartLanguage.English;
        var found = new List<Diagnostic>();
        var deferred = new List<(Rule Rule, RuleLevel Level)>();
        var loads = new Lazy<IReadOnlyList<PersonLoad>>(() => PersonLoad.Of(chart));
        for (var i = 0; i < Rules.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rule = Rules[i];
            var level = LevelOf(rule, _codes[i], chart, options);
            if (level == RuleLevel.Off)
            {
                continue;
            }

            // The unused-suppression rule can only judge once every other rule has reported.
            if (rule is UnusedSuppressionRule)
            {
                deferred.Add((rule, level));
                continue;
            }

            var context = new RuleContext(chart, rule, ToSeverity(level), language, loads) { CancellationToken = cancellationToken, FontFolders = options.FontFolders };
            rule.Check(context);
            found.AddRange(context.Found);
        }

        var problems = Suppress(found, chart, options);
        foreach (var (rule, level) in deferred)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new RuleContext(chart, rule, ToSeverity(level), language, loads) { SuppressionProblems = problems, CancellationToken = cancellationToken, FontFolders = options.FontFolders };
            rule.Check(context);
            found.AddRange(context.Found);
        }

        // After the suppressions: a setting that names no rule is not a finding to hide.
        found.AddRange(UnknownCodes(chart.Rules, language));
        return new Findings(found);
    }

    /// <summary>The code of this validator's rule nearest to a misspelt one (<c>PACE999</c> → <c>PACE009</c>).</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The nearest rule code within a typo's distance, or <see langword="null"/>.</returns>
    public string? SuggestCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TypoMatcher.Nearest(code.Trim().ToLowerInvariant(), Rules.Select(r => r.Code.ToLowerInvariant())) is { } found
            && RuleCode.TryParse(found, out var near) && Find(near) is { } rule
            ? rule.Code
            : null;
    }

    /// <summary>Rule settings, from a chart's or a configuration's <c>rules:</c>, whose code names no rule: one PACE121 error each, at the code.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="language">The language of the messages.</param>
    /// <param name="path">The model path the settings are under.</param>
    /// <returns>The errors; none when every code names a rule.</returns>
    internal IEnumerable<Diagnostic> UnknownCodes(IEnumerable<RuleSetting> settings, ChartLanguage language, string path = "rules")
    {
        foreach (var setting in settings.Where(s => Find(s.Code) is null))
        {
            var code = setting.Code.Value;
            var suggestion = SuggestCode(code);
            var key = suggestion is null ? "PACE121" : "PACE121Suggestion";
            MessageArgument[] arguments = suggestion is null ? [new("code", code)] : [new("code", code), new("suggestion", suggestion)];
            yield return new Diagnostic("PACE121", Severity.Error, MessageTable.Get(language, key), arguments, $"{path}.{code}", setting.Source) { MessageKey = key };
        }
    }

    /// <summary>
    /// Throws when a level is set for a code of Pace's own (<c>PACE…</c>) that names no rule of this validator. A code
    /// with another prefix may be a team check of a configuration (<c>checks:</c>), which is known only per chart, so
    /// it is let through: where no rule has it, it sets nothing.
    /// </summary>
    /// <param name="codes">The codes.</param>
    /// <param name="where">Where they were set, for the message.</param>
    /// <exception cref="ArgumentException">A code names no rule.</exception>
    internal void CheckCodes(IEnumerable<RuleCode> codes, string where)
    {
        foreach (var code in codes.Where(c => Find(c) is null && HasPacePrefix(c)))
        {
            var suggestion = SuggestCode(code.Value) is { } near ? $"; did you mean '{near}'?" : "; the rule codes are listed by 'pace explain --list'.";
            throw new ArgumentException($"{where} sets a level for '{code}', which is not a rule code{suggestion}");
        }
    }

    /// <summary>Whether a code has Pace's own prefix, which no team check may use.</summary>
    internal static bool HasPacePrefix(RuleCode code) => code.Value.StartsWith("PACE", StringComparison.Ordinal);

    /// <summary>
    /// Drops the findings the chart's suppressions cover, and returns what is wrong with the suppressions:
    /// no codes, a code that is no rule, or a code that suppressed nothing. A code whose rule is off for this
    /// run suppresses nothing, yet is not reported: the rule may well be on in another configuration.
    /// </summary>
    private List<SuppressionProblem> Suppress(List<Diagnostic> found, Chart chart, ValidationOptions options)
    {
        var problems = new List<SuppressionProblem>();
        if (options.Suppressions.Count == 0)
        {
            return problems;
        }

        var used = new HashSet<(Suppression, string)>();
        found.RemoveAll(d =>
        {
            var by = options.Suppressions.FirstOrDefault(s => s.Covers(d));
            if (by is null)
            {
                return false;
            }

            used.Add((by, d.Code.ToUpperInvariant()));
            return true;
        });

        foreach (var suppression in options.Suppressions)
        {
            if (suppression.Codes.Count == 0)
            {
                problems.Add(new SuppressionProblem(suppression, null, SuppressionProblemKind.Empty));
                continue;
            }

            foreach (var code in suppression.Codes)
            {
                var rule = RuleCode.TryParse(code, out var typed) ? Find(typed) : null;
                if (rule is null)
                {
                    problems.Add(new SuppressionProblem(suppression, code, SuppressionProblemKind.Unknown));
                }
                else if (!used.Contains((suppression, code)) && LevelOf(rule, typed, chart, options) != RuleLevel.Off)
                {
                    problems.Add(new SuppressionProblem(suppression, code, SuppressionProblemKind.Unused));
                }
            }
        }

        return problems;
    }

    /// <summary>The level a rule runs at: the run's override, else the chart's setting, else the configuration, else the default.</summary>
    private static RuleLevel LevelOf(Rule rule, RuleCode code, Chart chart, ValidationOptions options)
    {
        if (options.Overrides.TryGetValue(code, out var run))
        {
            return run;
        }

        var inChart = chart.Rules.LastOrDefault(s => s.Code == code);
        if (inChart is not null)
        {
            return inChart.Level;
        }

        return options.Defaults.TryGetValue(code, out var configured) ? configured : ToLevel(rule.DefaultSeverity);
    }

    private static Severity ToSeverity(RuleLevel level) => level switch
    {
        RuleLevel.Info => Severity.Info,
        RuleLevel.Warning => Severity.Warning,
        _ => Severity.Error,
    };

    private static RuleLevel ToLevel(Severity severity) => severity switch
    {
        Severity.Info => RuleLevel.Info,
        Severity.Warning => RuleLevel.Warning,
        _ => RuleLevel.Error,
    };
}
