using System.Globalization;
using Pace.Localization;
using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>PACE100 inside the file, and in the chart's language: the parser's English never reaches a Dutch message.</summary>
public class SyntaxErrorTests
{
    private static readonly string BrokenYaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "invalid", "broken-yaml.pace.yaml"));

    [Test]
    public void A_syntax_error_at_the_end_of_input_points_at_the_end_of_the_last_line()
    {
        var d = ChartReader.Read(BrokenYaml, "broken.pace.yaml").Diagnostics.Single();
        var lines = BrokenYaml.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(7));
        Assert.That((d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo((7, lines[6].Length + 1)));
    }

    [TestCase("en")]
    [TestCase("nl")]
    public void The_parsers_complaint_is_in_the_charts_language(ChartLanguage language)
    {
        var d = ChartReader.Read(BrokenYaml, "broken.pace.yaml", ChartReaderOptions.Default with { Language = language }).Diagnostics.Single();
        var (template, phrase) = language == ChartLanguage.Dutch
            ? (DutchMessages.PACE100, DutchMessages.SyntaxFlowSequence)
            : (EnglishMessages.PACE100, EnglishMessages.SyntaxFlowSequence);
        Assert.That(d.Message, Is.EqualTo(Named.Format(template, ("problem", phrase))));
    }

    [TestCase("pace: 1\norganization: 'open\n", nameof(DutchMessages.SyntaxQuoteNotClosed))]
    [TestCase("pace: 1\norganization: {a: 1\n", nameof(DutchMessages.SyntaxFlowMapping))]
    [TestCase("pace: 1\norganization: a: b\n", nameof(DutchMessages.SyntaxValueNotAllowed))]
    [TestCase("pace: 1\norganization: *nothing\n", nameof(DutchMessages.SyntaxAliasWithoutAnchor))]
    [TestCase("pace: 1\n  organization: X\n", nameof(DutchMessages.SyntaxValueNotAllowed))]
    public void Common_syntax_errors_have_a_Dutch_phrase(string yaml, string phrase)
    {
        var d = ChartReader.Read(yaml, "c.pace.yaml", ChartReaderOptions.Default with { Language = ChartLanguage.Dutch }).Diagnostics.Single(x => x.Code == "PACE100");
        var expected = Named.Format(MessageTable.Get(ChartLanguage.Dutch, phrase), ("alias", "nothing"));
        Assert.That(d.Message, Is.EqualTo(Named.Format(DutchMessages.PACE100, ("problem", expected))));
        Assert.That(d.Span!.StartLine, Is.LessThanOrEqualTo(2), "inside the two-line file");
    }

    [Test]
    public void A_rare_complaint_in_Dutch_is_Dutch_too()
    {
        // A %TAG directive twice: no phrase of its own, so the general one.
        var d = ChartReader.Read("%TAG ! tag:a:\n%TAG ! tag:b:\n---\npace: 1\n", "c.pace.yaml", ChartReaderOptions.Default with { Language = ChartLanguage.Dutch }).Diagnostics.Single();
        Assert.That(d.Message, Is.EqualTo(Named.Format(DutchMessages.PACE100, ("problem", DutchMessages.ParserStopped))));
    }
}
