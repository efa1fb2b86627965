namespace Pace.Validation;

/// <summary>A team check's message in one language, with named placeholders such as <c>{kpi}</c>.</summary>
/// <param name="Language">The language.</param>
/// <param name="Template">The text; <c>{name}</c> is replaced by the finding's value of that name.</param>
public sealed record TeamMessage(ChartLanguage Language, string Template);
