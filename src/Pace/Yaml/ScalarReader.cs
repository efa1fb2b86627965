using System.Globalization;
using System.Text.RegularExpressions;

namespace Pace.Yaml;

/// <summary>Reads numbers from scalars the way YAML's core schema writes them, refusing NaN, infinities and overflow.</summary>
internal static partial class ScalarReader
{
    public static decimal? Number(YamlNodeBase node, string path, LoadDiagnostics diagnostics)
    {
        if (node is not YamlScalar { Plain: true, IsNull: false } s)
        {
            diagnostics.Add("PACE102", path, node.Span, new("key", path), new("expected", diagnostics.Phrase("KindNumber")), new("actual", diagnostics.Describe(node)));
            return null;
        }

        // YAML 1.1 allowed 300_000; people write it to read large targets, so Pace does too.
        var text = s.Value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (NumberPattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (NumberPattern().IsMatch(text) || SpecialPattern().IsMatch(text))
        {
            diagnostics.Add("PACE109", path, s.Span, new("value", s.Value), new("key", path));
        }
        else
        {
            diagnostics.Add("PACE102", path, s.Span, new("key", path), new("expected", diagnostics.Phrase("KindNumber")), new("actual", diagnostics.Describe(s)));
        }

        return null;
    }

    [GeneratedRegex(@"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpecialPattern();
}
