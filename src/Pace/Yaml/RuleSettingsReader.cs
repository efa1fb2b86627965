namespace Pace.Yaml;

/// <summary>
/// Reads a <c>rules:</c> mapping of <c>CODE: level</c> pairs, the same way in a chart and in <c>pace.config.yaml</c>:
/// duplicate codes, non-text keys and unknown levels are located load errors.
/// </summary>
internal static class RuleSettingsReader
{
    public static List<RuleSetting> Read(YamlMapping node, LoadDiagnostics diagnostics)
    {
        var settings = new List<RuleSetting>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, valueNode) in node.Entries)
        {
            if (keyNode is not YamlScalar { IsNull: false } key)
            {
                diagnostics.Add("PACE102", "rules", keyNode.Span, new("key", "rules"), new("expected", diagnostics.Phrase("KindText")), new("actual", diagnostics.Describe(keyNode)));
                continue;
            }

            if (!RuleCode.TryParse(key.Value, out var code))
            {
                diagnostics.Add("PACE102", $"rules.{key.Value}", key.Span, new("key", key.Value), new("expected", diagnostics.Phrase("KindRuleCode")), new("actual", diagnostics.Describe(key)));
                continue;
            }

            if (!seen.TryAdd(key.Value, key.Span.StartLine))
            {
                diagnostics.Add("PACE103", $"rules.{key.Value}", key.Span, new("key", key.Value), new("line", seen[key.Value]));
                continue;
            }

            if (valueNode is YamlScalar s && EnumNames.TryParse<RuleLevel>(s.Value, out var level))
            {
                settings.Add(new RuleSetting(code, level) { Source = key.Span });
            }
            else
            {
                var shown = valueNode is YamlScalar v ? v.Value : diagnostics.Describe(valueNode);
                diagnostics.Add("PACE104", $"rules.{key.Value}", valueNode.Span, new("value", shown), new("kind", "rule level"), new("allowed", string.Join(", ", EnumNames.Of<RuleLevel>())));
            }
        }

        return settings;
    }

}
