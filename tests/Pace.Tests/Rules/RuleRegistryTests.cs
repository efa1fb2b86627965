using System.Reflection;
using Pace.Localization;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Rules;

/// <summary>
/// Rules are reached by code through the validator, not through public classes, and rule settings are keyed by a
/// typed <see cref="RuleCode"/> that refuses a malformed code where it is written.
/// </summary>
public class RuleRegistryTests
{
    [TestCase("PACE016", "PACE016")]
    [TestCase(" pace016 ", "PACE016")]
    [TestCase("acme0001", "ACME0001")]
    [TestCase("X123", "X123")]
    public void A_code_is_read_in_any_case_and_kept_in_upper_case(string text, string expected) =>
        Assert.That(RuleCode.Parse(text).Value, Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("PACE16")]
    [TestCase("PACE00016")]
    [TestCase("016")]
    [TestCase("PACE-016")]
    [TestCase("PACE01A")]
    [TestCase("ABCDEFGHIJKLM001")]
    [TestCase("PACE٠١٦")]
    public void A_malformed_code_is_refused(string text)
    {
        Assert.That(RuleCode.TryParse(text, out _), Is.False);
        Assert.That(() => RuleCode.Parse(text), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Codes_compare_by_value_whatever_the_case_written() =>
        Assert.That(RuleCode.Parse("pace002"), Is.EqualTo(RuleCode.Parse("PACE002")));

    [Test]
    public void Every_built_in_rule_is_found_by_its_code()
    {
        foreach (var rule in ChartValidator.Default.Rules)
        {
            Assert.That(ChartValidator.Default.Find(RuleCode.Parse(rule.Code)), Is.SameAs(rule), rule.Code);
        }

        Assert.That(ChartValidator.Default.Find(RuleCode.Parse("PACE999")), Is.Null);
    }

    [Test]
    public void No_built_in_rule_class_is_public()
    {
        var publicRules = typeof(Rule).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Rule)));
        Assert.That(publicRules.Select(t => t.Name), Is.Empty);
    }

    [Test]
    public void A_validator_refuses_a_rule_whose_code_is_malformed()
    {
        var error = Assert.Throws<ArgumentException>(() => _ = ChartValidator.Default.With(new BadCodeRule()));
        Assert.That(error!.Message, Does.Contain("BadCodeRule"));
    }

    [Test]
    public void A_malformed_code_under_rules_is_a_located_load_error()
    {
        var result = ChartReader.Read("pace: 1\norganization: X\nprocesses: []\nrules:\n  PACE16: off\n", "c.pace.yaml");
        var finding = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo("PACE102"));
            Assert.That(finding.Message, Does.Contain(EnglishMessages.KindRuleCode));
            Assert.That((finding.Span!.StartLine, finding.Span.StartColumn), Is.EqualTo((5, 3)));
        });
    }

    [Test]
    public void An_override_keyed_in_lower_case_still_applies()
    {
        var clean = RuleCharts.Clean();
        var chart = clean with { Processes = [.. clean.Processes.Take(2)] };
        var options = new ValidationOptions { Overrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("pace001")] = RuleLevel.Off } };
        Assert.That(ChartValidator.Default.Validate(chart).Select(d => d.Code), Does.Contain("PACE001"));
        Assert.That(ChartValidator.Default.Validate(chart, options).Select(d => d.Code), Does.Not.Contain("PACE001"));
    }

    private sealed class BadCodeRule : Rule
    {
        public override string Code => "PACE-1";

        public override Severity DefaultSeverity => Severity.Error;

        public override void Check(RuleContext context)
        {
        }
    }
}
