using Pace.Validation;
using Pace.Localization;
using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>Every load error comes back as a located PACE1xx diagnostic, never as an exception.</summary>
public class LoadErrorTests
{
    private static Diagnostic Single(string yaml, string code)
    {
        var result = ChartReader.Read(yaml, "chart.pace.yaml");
        Assert.That(result.Succeeded, Is.False, "the chart should not load");
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), string.Join("\n", result.Diagnostics));
        Assert.That(matching[0].Severity, Is.EqualTo(Severity.Error));
        Assert.That(matching[0].Span!.File, Is.EqualTo("chart.pace.yaml"));
        return matching[0];
    }

    private static void AssertAt(Diagnostic d, int line, int column)
    {
        Assert.That((d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo((line, column)), d.ToString());
    }

    [Test]
    public void Yaml_syntax_error_is_located()
    {
        var d = Single("pace: 1\norganization: [unclosed\n", "PACE100");
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE100, ("problem", EnglishMessages.SyntaxFlowSequence))));
        Assert.That((d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo((2, 24)), "the end of the last line, not the line after it");
    }

    [Test]
    public void Yaml_scanner_failure_is_a_syntax_error_not_a_crash()
    {
        // YamlDotNet 16.3 throws InvalidOperationException from its scanner on this input.
        var d = Single("pace: [\norganization: X\n", "PACE100");
        Assert.That(d.Span!.StartLine, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void Unknown_key_suggests_the_nearest_valid_key()
    {
        var d = Single(Minimal.Replace("    owner: Ann\n", "    ownr: Ann\n", StringComparison.Ordinal), "PACE101");
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE101Suggestion, ("key", "ownr"), ("place", "processes[0]"), ("suggestion", "owner"))));
        AssertAt(d, 5, 5);
        Assert.That(d.Path, Is.EqualTo("processes[0].ownr"));
    }

    [Test]
    public void Unknown_key_without_a_near_match_gets_no_suggestion()
    {
        var d = Single("pace: 1\norganization: X\nprocesses: []\ncolour: blue\n", "PACE101");
        Assert.That(d.MessageTemplate, Is.EqualTo(EnglishMessages.PACE101));
        AssertAt(d, 4, 1);
    }

    [Test]
    public void Wrong_type_names_what_was_expected_and_found()
    {
        var d = Single("pace: 1\norganization:\n  name: X\nprocesses: []\n", "PACE102");
        Assert.That(d.Message, Is.EqualTo("'organization' must be a text, but is a mapping."));
        AssertAt(d, 3, 3);
    }

    [Test]
    public void Target_that_is_text_is_a_wrong_type()
    {
        var d = Single(Minimal.Replace("{name: K1}", "{name: K1, target: lots}", StringComparison.Ordinal), "PACE102");
        Assert.That(d.Message, Does.Contain("must be a number, but is the text 'lots'"));
        AssertAt(d, 6, 31);
    }

    [Test]
    public void Duplicate_key_points_at_the_second_and_names_the_first_line()
    {
        var d = Single("pace: 1\norganization: X\norganization: Y\nprocesses: []\n", "PACE103");
        AssertAt(d, 3, 1);
        Assert.That(d.Arguments, Is.EqualTo(new MessageArgument[] { new("key", "organization"), new("line", 2) }));
    }

    [Test]
    public void Bad_enum_value_lists_the_valid_ones()
    {
        var d = Single(Minimal.Replace("{name: K1}", "{name: K1, cadence: weekly}", StringComparison.Ordinal), "PACE104");
        Assert.That(d.Message, Is.EqualTo("'weekly' is not a valid cadence; use one of: day, week, month, quarter, year."));
        AssertAt(d, 6, 32);
    }

    [Test]
    public void Missing_format_version_is_reported_at_the_top()
    {
        var d = Single("organization: X\nprocesses: []\n", "PACE105");
        Assert.That(d.MessageTemplate, Is.EqualTo(EnglishMessages.PACE105Missing));
        AssertAt(d, 1, 1);
    }

    [Test]
    public void Unsupported_format_version_points_at_the_value()
    {
        var d = Single("pace: 2\norganization: X\nprocesses: []\n", "PACE105");
        Assert.That(d.Arguments, Is.EqualTo(new MessageArgument[] { new("version", 2) }));
        AssertAt(d, 1, 7);
    }

    [TestCase("", "PACE106Empty")]
    [TestCase("# only a comment\n", "PACE106Empty")]
    [TestCase("---\n", "PACE106Empty")]
    [TestCase("- a\n- b\n", "PACE106NotMapping")]
    [TestCase("just text\n", "PACE106NotMapping")]
    public void File_that_is_not_a_chart(string yaml, string key)
    {
        var result = ChartReader.Read(yaml, "chart.pace.yaml");
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "PACE106" }));
        Assert.That(result.Diagnostics[0].MessageTemplate, Is.EqualTo(MessageTable.Get(Pace.ChartLanguage.English, key)));
    }

    [Test]
    public void Missing_required_keys_are_reported()
    {
        var result = ChartReader.Read("pace: 1\n", "c.yaml");
        Assert.That(result.Diagnostics.Select(d => d.Arguments[0].Value), Is.EquivalentTo(new[] { "organization", "processes" }));
        Assert.That(result.Diagnostics.Select(d => d.Code).Distinct(), Is.EqualTo(new[] { "PACE107" }));
    }

    [Test]
    public void Malformed_period_in_actuals()
    {
        var yaml = Minimal.Replace("{name: K1}", "{name: K1, actuals: {2026-W54: 3}}", StringComparison.Ordinal);
        var d = Single(yaml, "PACE108");
        Assert.That(d.Arguments[0], Is.EqualTo(new MessageArgument("value", "2026-W54")));
        AssertAt(d, 6, 33);
    }

    [TestCase(".nan")]
    [TestCase(".inf")]
    [TestCase("-.inf")]
    [TestCase("1e999")]
    public void Unusable_numbers_are_load_errors(string number)
    {
        var d = Single(Minimal.Replace("{name: K1}", "{name: K1, target: " + number + "}", StringComparison.Ordinal), "PACE109");
        AssertAt(d, 6, 31);
    }

    [Test]
    public void Invalid_date_is_located()
    {
        var d = Single(Minimal.Replace("organization: X\n", "organization: X\ndate: 2026-02-30\n", StringComparison.Ordinal), "PACE115");
        AssertAt(d, 3, 7);
    }

    [Test]
    public void Dutch_chart_gets_Dutch_load_errors()
    {
        var result = ChartReader.Read("pace: 1\nlanguage: nl\norganization: X\nprocesses: []\nkleur: blauw\n");
        Assert.That(result.Diagnostics.Single().MessageTemplate, Is.EqualTo(DutchMessages.PACE101));
    }

    /// <summary>A small valid chart; tests replace parts of it. Line 5 is the first process's owner, line 6 its KPIs.</summary>
    internal const string Minimal =
        "pace: 1\n" +
        "organization: X\n" +
        "processes:\n" +
        "  - name: P1\n" +
        "    owner: Ann\n" +
        "    kpis: [{name: K1}, {name: K2}, {name: K3}]\n";
}
