using System.Text.Json;
using UglyToad.PdfPig;

namespace Pace.Cli.Tests;

/// <summary>
/// The command is a formatter over the library's pipeline: what an app gets from <see cref="ChartChecker"/> is what
/// <c>pace validate</c> prints, and what <c>pace render</c> draws is in the language the pipeline settled on.
/// </summary>
public class PipelineTests
{
    private static IEnumerable<string> AllExamples() =>
        Directory.EnumerateFiles(RepoFiles.Path("examples"), "*.pace.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(AllExamples))]
    public void The_library_and_the_command_find_the_same(string chart)
    {
        var library = ChartChecker.Default.CheckFile(chart).Diagnostics
            .Select(d => $"{d.Code} {d.Severity.ToString().ToLowerInvariant()} {d.Span?.StartLine}:{d.Span?.StartColumn}-{d.Span?.EndLine}:{d.Span?.EndColumn} {d.Path} {d.Message}")
            .ToList();

        var (exit, stdout, _) = PaceTool.Run("validate", chart, "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var command = json.RootElement.GetProperty("charts")[0].GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("code").GetString()} {f.GetProperty("severity").GetString()} {Position(f)} {f.GetProperty("path").GetString()} {f.GetProperty("message").GetString()}")
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(command, Is.EqualTo(library));
            Assert.That(exit, Is.EqualTo(library.Any(l => l.Split(' ')[1] == "error") ? 1 : 0));
        });
    }

    [Test]
    public void Every_example_was_compared()
    {
        Assert.That(AllExamples().Count(), Is.GreaterThanOrEqualTo(10), "the examples and examples/invalid");
    }

    [Test]
    public void A_configurations_language_reaches_the_findings_and_the_pdf()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pace-lang-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "pace.config.yaml"), "language: nl\n");
            var chart = Path.Combine(folder, "chart.pace.yaml");
            // The wholesaler example without its own language line: the configuration's language must apply.
            var text = File.ReadAllLines(PaceTool.Example("technical-wholesaler.pace.yaml")).Where(l => !l.StartsWith("language:", StringComparison.Ordinal));
            File.WriteAllLines(chart, text);

            var check = ChartChecker.Default.CheckFile(chart);
            var (exit, _, stderr) = PaceTool.Run("render", chart, "-o", Path.Combine(folder, "chart.pdf"));
            using var pdf = PdfDocument.Open(Path.Combine(folder, "chart.pdf"));
            var words = string.Concat(pdf.GetPage(1).GetWords().Select(w => w.Text));

            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.Zero, stderr);
                Assert.That(check.Language, Is.EqualTo(ChartLanguage.Dutch));
                Assert.That(check.Configuration?.Path, Does.EndWith("pace.config.yaml"));
                Assert.That(words, Does.Contain("KERNPROCES"), "the Dutch column heading on the PDF");
                Assert.That(words, Does.Contain("Pagina1van4"), "the Dutch footer");
                Assert.That(words, Does.Not.Contain("CORE PROCESS".Replace(" ", string.Empty, StringComparison.Ordinal)));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Position(JsonElement finding) =>
        finding.TryGetProperty("line", out var line)
            ? $"{line.GetInt32()}:{finding.GetProperty("column").GetInt32()}-{finding.GetProperty("endLine").GetInt32()}:{finding.GetProperty("endColumn").GetInt32()}"
            : ":-:";
}
