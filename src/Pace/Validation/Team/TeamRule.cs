using Pace.Localization;

namespace Pace.Validation;

/// <summary>
/// Runs a <see cref="TeamCheck"/>: its code and severity are the check's, its message the team's own for the language
/// or else Pace's message for the kind (<c>TeamUnits</c>, … in the message tables).
/// </summary>
internal sealed class TeamRule : Rule
{
    private readonly TeamCheck _check;

    public TeamRule(TeamCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (ChartValidator.HasPacePrefix(check.Code) || check.Code.Value.Length == 0)
        {
            throw new ArgumentException($"A team check's code needs the team's own prefix, not '{check.Code}'.", nameof(check));
        }

        if (Problem(check) is { } problem)
        {
            throw new ArgumentException($"{check.Code}: {problem}", nameof(check));
        }

        _check = check;
    }

    /// <inheritdoc />
    public override string Code => _check.Code.Value;

    /// <inheritdoc />
    public override Severity DefaultSeverity => _check.Severity;

    /// <summary>The names of a kind's message placeholders.</summary>
    public static IReadOnlyList<string> ArgumentNames(TeamCheckKind kind) => kind switch
    {
        TeamCheckKind.Units => ["kpi", "process", "unit", "allowed"],
        TeamCheckKind.ForbiddenWords => ["name", "word"],
        TeamCheckKind.MaxKpisPerPerson => ["person", "count", "max"],
        _ => ["process", "kind"],
    };

    /// <summary>What keeps a check from running, or <see langword="null"/>: a missing setting or a message with an unknown placeholder.</summary>
    public static string? Problem(TeamCheck check)
    {
        var missing = check.Kind switch
        {
            TeamCheckKind.Units or TeamCheckKind.ForbiddenWords when check.Values.Count == 0 => "it lists no values",
            TeamCheckKind.MaxKpisPerPerson when check.Limit is not > 0 => "it needs a limit above zero",
            TeamCheckKind.ProcessNeedsKpi when check.Timing is null && check.Focus is null => "it needs a timing or a focus",
            _ => null,
        };
        if (missing is not null)
        {
            return missing;
        }

        return UnknownPlaceholder(check) is (var message, var unknown)
            ? $"its {message.Language} message names {{{unknown}}}, which is not one of {Placeholders(check.Kind)}"
            : null;
    }

    /// <summary>The first of a check's messages that names a placeholder its kind does not have, with that name; else <see langword="null"/>.</summary>
    public static (TeamMessage Message, string Name)? UnknownPlaceholder(TeamCheck check)
    {
        foreach (var message in check.Messages)
        {
            if (NamedTemplate.Names(message.Template).FirstOrDefault(n => !ArgumentNames(check.Kind).Contains(n, StringComparer.Ordinal)) is { } unknown)
            {
                return (message, unknown);
            }
        }

        return null;
    }

    /// <summary>A kind's placeholders as the messages about them list them: <c>{person}, {count}, {max}</c>.</summary>
    public static string Placeholders(TeamCheckKind kind) => "{" + string.Join("}, {", ArgumentNames(kind)) + "}";

    /// <inheritdoc />
    public override string MessageTemplate(ChartLanguage language, string variant) =>
        _check.Messages.LastOrDefault(m => m.Language == language)?.Template ?? MessageTable.Get(language, "Team" + _check.Kind);

    /// <inheritdoc />
    public override void Check(RuleContext context) => TeamConditions.Check(_check, context);
}
