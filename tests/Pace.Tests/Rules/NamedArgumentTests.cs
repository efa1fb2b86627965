using Pace.Localization;
using Pace.Validation;

namespace Pace.Tests.Rules;

/// <summary>
/// Findings carry named arguments: a rule reports <c>new("process", name)</c>, every language's template places it where
/// its grammar wants it, and the diagnostic keeps each value with its name.
/// </summary>
public class NamedArgumentTests
{
    private const string English = "Process '{process}' has {count} owners.";
    private const string Dutch = "{count} eigenaren bij proces '{process}'.";

    [Test]
    public void A_rule_reports_by_name_in_any_order_and_each_language_places_the_names()
    {
        var validator = ChartValidator.Default.With(new CountingRule());
        var english = validator.Validate(RuleCharts.Clean()).Single(d => d.Code == "APP001");
        Assert.That(english.Message, Is.EqualTo("Process 'Sales' has 3 owners."));
        Assert.That(english.MessageTemplate, Is.EqualTo(English));
        Assert.That(english.Arguments, Is.EqualTo(new MessageArgument[] { new("count", 3), new("process", "Sales") }));

        var dutch = validator.Validate(RuleCharts.Clean(), new ValidationOptions { Language = ChartLanguage.Dutch }).Single(d => d.Code == "APP001");
        Assert.That(dutch.Message, Is.EqualTo("3 eigenaren bij proces 'Sales'."));
    }

    [Test]
    public void A_built_in_finding_names_every_placeholder_of_its_template()
    {
        var finding = ChartValidator.Default.Validate(RuleCharts.Clean() with { Processes = [.. RuleCharts.Clean().Processes.Take(2)] }).Single(d => d.Code == "PACE001");
        Assert.That(finding.Arguments.Select(a => a.Name), Is.EquivalentTo(NamedTemplate.Names(EnglishMessages.PACE001)));
        Assert.That(finding.MessageIn(ChartLanguage.Dutch), Is.EqualTo(Named.Format(DutchMessages.PACE001, ("count", 2))));
    }

    [Test]
    public void A_brace_that_opens_no_placeholder_is_text_and_a_name_without_a_value_stays_as_written()
    {
        Assert.That(NamedTemplate.Fill("'rules: {{a}: off}' {b} {Not} {", [new("a", "ACME001")]), Is.EqualTo("'rules: {ACME001: off}' {b} {Not} {"));
        Assert.That(NamedTemplate.Names("{{x}} {a} {b-c} {a} {9}"), Is.EqualTo(new[] { "x", "a", "b-c" }));
    }

    [Test]
    public void Braces_far_from_their_close_and_names_too_long_to_be_one_are_text()
    {
        // The scan remembers the next '}' instead of searching again from every '{' (a team's message of many '{' stays
        // linear); these cases pin what that must not change.
        var many = new string('{', 10_000);
        var longName = new string('a', 65);
        Assert.Multiple(() =>
        {
            Assert.That(NamedTemplate.Fill(many + "{a}", [new("a", "x")]), Is.EqualTo(many + "x"));
            Assert.That(NamedTemplate.Fill("{a}{b} }{a}", [new("a", "1"), new("b", "2")]), Is.EqualTo("12 }1"));
            Assert.That(NamedTemplate.Fill("{" + longName + "}", [new(longName, "x")]), Is.EqualTo("{" + longName + "}"));
            Assert.That(NamedTemplate.Names("{" + new string('a', 64) + "} {b"), Is.EqualTo(new[] { new string('a', 64) }));
        });
    }

    /// <summary>APP001: reports the first process with its arguments in the other order than the template names them.</summary>
    private sealed class CountingRule : Rule
    {
        public override string Code => "APP001";

        public override Severity DefaultSeverity => Severity.Info;

        public override string MessageTemplate(ChartLanguage language, string variant) => language == ChartLanguage.Dutch ? Dutch : English;

        public override void Check(RuleContext context) =>
            context.Report("processes[0]", null, new("count", 3), new("process", "Sales"));
    }
}
