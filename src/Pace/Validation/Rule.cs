using Pace.Localization;

namespace Pace.Validation;

/// <summary>
/// One accountability rule. Built-in rules and an app's own rules derive from this class alike:
/// give the rule a unique code, a default severity and message templates, and report findings in <see cref="Check"/>.
/// </summary>
public abstract class Rule
{
    /// <summary>The stable code, e.g. <c>PACE002</c>; an app's own rules use their own prefix.</summary>
    public abstract string Code { get; }

    /// <summary>The severity when no setting changes it.</summary>
    public abstract Severity DefaultSeverity { get; }

    /// <summary>The message template for a variant of the rule in a language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="variant">The variant name, or an empty string for the rule's main message.</param>
    /// <returns>A template with named placeholders (<c>Process '{process}' has {count} KPIs.</c>), filled from the arguments the rule reports.</returns>
    /// <remarks>Built-in rules read Pace's English and Dutch tables; an app's rule overrides this.</remarks>
    public virtual string MessageTemplate(ChartLanguage language, string variant) =>
        MessageTable.Get(language, Code + variant);

    /// <summary>Checks a chart and reports each finding through <paramref name="context"/>.</summary>
    /// <param name="context">The chart and the way to report.</param>
    public abstract void Check(RuleContext context);
}
