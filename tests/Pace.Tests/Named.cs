using Pace.Localization;

namespace Pace.Tests;

/// <summary>A message template filled in by name, as a test states what a finding must say: <c>("process", "Sales")</c>.</summary>
internal static class Named
{
    /// <summary>The template with each <c>{name}</c> replaced by the value of that name.</summary>
    public static string Format(string template, params (string Name, object? Value)[] arguments) =>
        NamedTemplate.Fill(template, [.. arguments.Select(a => new MessageArgument(a.Name, a.Value))]);
}
