using System.Text.Json;
using Pace.Tests;

namespace Pace.Cli.Tests;

/// <summary>
/// A third language through the command: a translation file that <c>pace.config.yaml</c> names gives <c>pace
/// validate --format json</c> its words for what it translates and English for the rest; <c>--lang</c> with a
/// language nobody added is the one located PACE122 warning; a broken translation refuses the configuration (exit 2)
/// at its place.
/// </summary>
public sealed class TranslationCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateRepository()
    {
        _folder = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));
        File.Copy(PaceTool.Example("invalid/missing-owner-and-kpi.pace.yaml"), Path.Combine(_folder, "c.pace.yaml"));
    }

    [TearDown]
    public void RemoveRepository()
    {
        Languages.RemoveAll();
        Directory.Delete(_folder, recursive: true);
    }

    private string ChartPath => Path.Combine(_folder, "c.pace.yaml");

    /// <summary>A template of the public catalogue, its placeholders filled (these templates escape no brace).</summary>
    private static string Fill(string template, params (string Name, object Value)[] values) =>
        values.Aggregate(template, (text, v) => text.Replace("{" + v.Name + "}", Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static string English(string key) => MessageCatalog.Template(ChartLanguage.English, key);

    private static List<JsonElement> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("charts")[0].GetProperty("findings").EnumerateArray().ToList();

    [Test]
    public void A_chart_in_a_language_a_translation_file_adds_gets_its_words_and_English_for_the_rest()
    {
        File.WriteAllText(Path.Combine(_folder, "de.yaml"), German.File);
        File.WriteAllText(Path.Combine(_folder, "pace.config.yaml"), "translations: [de.yaml]\nlanguage: de\n");
        var (exit, output, error) = PaceTool.Run("validate", ChartPath, "--format", "json");
        var findings = Findings(output).ToList();
        string MessageOf(string code) => findings.Single(f => f.GetProperty("code").GetString() == code).GetProperty("message").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), output + error);
            Assert.That(MessageOf("PACE002"), Is.EqualTo(Fill(German.NoOwnerFinding, ("process", "From stock to site"))));
            Assert.That(MessageOf("PACE003"), Is.EqualTo(Fill(English("PACE003"), ("process", "From delivery to working installation"), ("count", 2))));
            Assert.That(findings.Select(f => f.GetProperty("code").GetString()), Has.No.Member("PACE122"));
        });
    }

    [Test]
    public void Lang_with_a_language_nobody_added_is_one_warning_and_English()
    {
        var (exit, output, error) = PaceTool.Run("validate", PaceTool.Example("acme-software.pace.yaml"), "--lang", "de", "--format", "json");
        var unknown = Findings(output).Where(f => f.GetProperty("code").GetString() == "PACE122").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), output + error);
            Assert.That(unknown, Has.Count.EqualTo(1));
            Assert.That(unknown[0].GetProperty("severity").GetString(), Is.EqualTo("warning"));
            Assert.That(unknown[0].GetProperty("message").GetString(), Is.EqualTo(Fill(English("PACE122"), ("language", "de"))));
        });
    }

    [TestCase("x$y")]
    [TestCase("e")]
    public void Lang_with_no_language_code_is_a_usage_error_that_does_not_echo_control_characters(string typed) => UsageError(typed);

    // Apart, not a test case: a control character in a case's name keeps the test runner from running it.
    [Test]
    public void Lang_with_an_escape_sequence_is_a_usage_error_that_does_not_echo_it() => UsageError("\u001b[31mde");

    private static void UsageError(string typed)
    {
        var (exit, output, error) = PaceTool.Run("validate", PaceTool.Example("acme-software.pace.yaml"), "--lang", typed);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("--lang").And.Contain("a language code is"));
            Assert.That(output + error, Does.Not.Contain("\u001b"));
        });
    }

    [TestCase("b", "a")]
    [TestCase("a", "b")]
    public void In_a_batch_the_first_translation_in_input_order_serves_every_chart_and_the_other_is_a_warning(string first, string second)
    {
        foreach (var folder in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, folder));
            File.WriteAllText(Path.Combine(_folder, folder, folder + ".pace.yaml"), File.ReadAllText(PaceTool.Example("brightleaf-foods.pace.yaml")).Replace("language: en", "language: de", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(_folder, folder, "de.yaml"), $"language: de\nmessages:\n  ChartPageOf: \"Seite {{page}} von {{pages}} {folder.ToUpperInvariant()}\"\n");
            File.WriteAllText(Path.Combine(_folder, folder, "pace.config.yaml"), "translations: [de.yaml]\n");
        }

        var output = Path.Combine(_folder, "out");
        var (exit, stdout, stderr) = PaceTool.Run("render", Path.Combine(_folder, first, first + ".pace.yaml"), Path.Combine(_folder, second, second + ".pace.yaml"), "--format", "svg", "--out-dir", output);
        var winner = "Seite 1 von 3 " + first.ToUpperInvariant();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), stdout + stderr);
            Assert.That(File.ReadAllText(Path.Combine(output, "a.svg")), Does.Contain(winner));
            Assert.That(File.ReadAllText(Path.Combine(output, "b.svg")), Does.Contain(winner));
            Assert.That(stderr, Does.Contain(Path.Combine(_folder, second, "de.yaml") + ":1:1: warning PACE122: "));
            Assert.That(stderr, Does.Not.Contain(Path.Combine(_folder, first, "de.yaml") + ":1:1:"));
        });
    }

    [Test]
    public void A_broken_translation_refuses_the_configuration_at_its_place()
    {
        File.WriteAllText(Path.Combine(_folder, "de.yaml"), "language: de\nmessages:\n  ChartPageOf: 'Seite {page} von {total}'\n");
        File.WriteAllText(Path.Combine(_folder, "pace.config.yaml"), "translations: [de.yaml]\n");
        var (exit, output, error) = PaceTool.Run("validate", ChartPath);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), output + error);
            Assert.That(output + error, Does.Contain("de.yaml:3:16: error PACE122: " + Fill(English("PACE122Placeholder"), ("key", "ChartPageOf"), ("placeholder", "total"), ("placeholders", "{page}, {pages}"))));
            Assert.That(output + error, Does.Not.Contain("   at "));
        });
    }
}
