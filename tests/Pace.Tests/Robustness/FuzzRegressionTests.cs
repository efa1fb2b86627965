using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>
/// Inputs the fuzzer (fuzz/run.sh) found to crash the reader, kept in Robustness/Crashes/: each now ends in a chart
/// or located load errors, and a chart that loads validates and writes back. Add a file there for every new finding.
/// </summary>
public class FuzzRegressionTests
{
    public static IEnumerable<TestCaseData> Crashes() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Robustness", "Crashes"))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Crash({Path.GetFileName(f)})"));

    [TestCaseSource(nameof(Crashes))]
    public void Ends_in_a_chart_or_located_load_errors(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Robustness", "Crashes", name));
        var result = Outcome.ReadBytes(bytes, name);
        if (result.Chart is { } chart)
        {
            ChartValidator.Default.Validate(chart);
            Assert.That(ChartReader.Read(ChartWriter.Write(chart)).Succeeded, Is.True);
        }
    }

    /// <summary>The first findings, with the outcome each has now.</summary>
    [TestCase("scanner-invalid-operation-plain-scalar.yaml", "PACE100")] // YamlDotNet's scanner threw InvalidOperationException
    [TestCase("scanner-no-more-tokens.yaml", "PACE100")] // the parser threw InvalidOperationException ("no more tokens")
    [TestCase("tag-not-a-uri.yaml", "PACE100")] // a malformed global tag: ArgumentException from TagName
    [TestCase("directive-only-empty-document-unlocated.yaml", "PACE106")] // PACE106 without a location
    public void Known_finding_has_its_outcome(string name, string code)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Robustness", "Crashes", name));
        var result = Outcome.ReadBytes(bytes, name);
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Contain(code));
    }

    [TestCase("---\nflow: [a,\nb,\nc]\n", 3, 1)] // the YAML test suite's 9C9N: a flow sequence under-indented
    [TestCase("k: {\nk\n:\nv\n}\n", 2, 1)] // the suite's VJP3/00: a flow key across lines
    public void Scanner_exception_is_a_located_syntax_error(string yaml, int line, int column)
    {
        // The same crash as the first finding, in its smallest form: YamlDotNet's scanner throws
        // InvalidOperationException, which the reader now reports as PACE100 where the scanner stopped.
        var result = Outcome.ReadText(yaml, "scanner");
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "PACE100" }));
        Assert.That(result.Diagnostics[0].Message, Is.EqualTo("This is not valid YAML: the YAML parser could not read past this point."));
        Assert.That((result.Diagnostics[0].Span!.StartLine, result.Diagnostics[0].Span!.StartColumn), Is.EqualTo((line, column)));
    }

    [Test]
    public void Empty_document_after_a_directive_is_located()
    {
        Assert.That(Outcome.ReadText("%H ", "directive").Diagnostics.Single().Span, Is.EqualTo(Pace.SourceSpan.At("input.pace.yaml", 1, 1)));
    }
}
