namespace Pace;

/// <summary>
/// One named value of a finding's message: <c>new("process", "Sales")</c> fills the placeholder <c>{process}</c> of
/// the message template in every language, wherever a translation puts it.
/// </summary>
/// <param name="Name">The placeholder's name, e.g. <c>process</c>, <c>count</c>: lower-case letters, digits and hyphens.</param>
/// <param name="Value">The value: a text, a number or <see langword="null"/>; formatted with the invariant culture.</param>
public readonly record struct MessageArgument(string Name, object? Value);
