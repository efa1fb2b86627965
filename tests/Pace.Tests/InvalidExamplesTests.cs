using System.Globalization;
using System.Text.RegularExpressions;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests;

/// <summary>
/// Each chart in <c>examples/invalid/</c> documents its expected findings in <c># expect: CODE severity line:col</c>
/// comments; the loader and validator must report exactly those errors, and exactly those findings of every code the
/// file documents (other warnings and advice may come on top).
/// </summary>
public partial class InvalidExamplesTests
{
    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples", "invalid"), "*.pace.yaml").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Files))]
    public void Reports_exactly_the_documented_findings(string file)
    {
        var expected = File.ReadLines(file)
            .Select(line => Expect().Match(line))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value}")
            .ToList();
        Assert.That(expected, Is.Not.Empty, "an invalid example documents what it expects");

        var load = ChartReader.ReadFile(file);
        var diagnostics = load.Chart is null ? load.Diagnostics : ChartValidator.Default.Validate(load.Chart);
        // Every error, and the warnings and advice the file says it shows.
        var documented = expected.Select(e => e.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var actual = diagnostics
            .Where(d => d.Severity == Severity.Error || documented.Contains(d.Code))
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Span!.StartLine}:{d.Span.StartColumn}"))
            .ToList();
        Assert.That(actual, Is.EquivalentTo(expected), string.Join("\n", diagnostics));
    }

    [GeneratedRegex(@"^# expect: (PACE\d{3}) (error|warning|info) (\d+:\d+)")]
    private static partial Regex Expect();
}
