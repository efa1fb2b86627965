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
        foreach (var rule in Rules)
        {
            if (!RuleCode.TryParse(rule.Code, out var code))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} has the code '{rule.Code}', which is not letters followed by three or four digits.", nameof(rules));
            }

            if (!_byCode.TryAdd(code, rule))
            {
                throw new ArgumentException($"Two rules have the code {code}.", nameof(rules));
            }
        }
    }

    private readonly Dictionary<RuleCode, Rule> _byCode;

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
    /// <returns>The findings.</returns>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public Findings Validate(Chart chart, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ValidationOptions.Default;
        var language = options.Language ?? chart.Language ?? options.DefaultLanguage ?? ChartLanguage.English;
        var found = new List<Diagnostic>();
        var deferred = new List<(Rule Rule, RuleLevel Level)>();
        foreach (var rule in Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var level = LevelOf(rule, chart, options);
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

            var context = new RuleContext(chart, rule, ToSeverity(level), language) { CancellationToken = cancellationToken };
            rule.Check(context);
            found.AddRange(context.Found);
        }

        var problems = Suppress(found, chart, options);
        foreach (var (rule, level) in deferred)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new RuleContext(chart, rule, ToSeverity(level), language) { SuppressionProblems = problems, CancellationToken = cancellationToken };
            rule.Check(context);
            found.AddRange(context.Found);
        }

        return new Findings(found);
    }

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
                else if (!used.Contains((suppression, code)) && LevelOf(rule, chart, options) != RuleLevel.Off)
                {
                    problems.Add(new SuppressionProblem(suppression, code, SuppressionProblemKind.Unused));
                }
            }
        }

        return problems;
    }

    /// <summary>The level a rule runs at: the run's override, else the chart's setting, else the configuration, else the default.</summary>
    private static RuleLevel LevelOf(Rule rule, Chart chart, ValidationOptions options)
    {
        var code = RuleCode.Parse(rule.Code);
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
