using Acme.PaceRules;
using Pace.Tests.Rules;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Examples;

/// <summary>The example in <c>examples/custom-rule/</c>: an app's own rule, added with <c>ChartValidator.Default.With</c>.</summary>
public class CustomRuleTests
{
    private static readonly ChartValidator Validator = ChartValidator.Default.With(new LeadershipTeamRule(["ann", "bob", "cas"]));

    [Test]
    public void An_apps_rule_reports_like_a_built_in_one_in_both_languages()
    {
        var chart = RuleCharts.Clean();
        var d = Validator.Validate(chart).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Code, Is.EqualTo("ACME001"));
            Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(d.Path, Is.EqualTo("processes[3].owner"));
            Assert.That(d.Message, Is.EqualTo("Process 'From invoice to payment' is owned by Dee Jansen, who is not on the leadership team; a core process belongs to the leadership team."));
            Assert.That(Validator.Validate(chart, new ValidationOptions { Language = ChartLanguage.Dutch }).Single().Message, Does.StartWith("Proces 'From invoice to payment' is van Dee Jansen"));
        });
    }

    [Test]
    public void Its_level_is_set_like_any_rules_and_it_can_be_suppressed()
    {
        var off = RuleCharts.Clean() with { Rules = [new RuleSetting(RuleCode.Parse("ACME001"), RuleLevel.Off)] };
        Assert.That(Validator.Validate(off), Is.Empty);

        const string yaml = "pace: 1\norganization: X\nprocesses:\n  - name: A\n    # pace-disable-next-line ACME001\n    owner: zoe\n";
        var chart = ChartReader.Read(yaml).Chart!;
        var options = new ValidationOptions { Suppressions = SuppressionReader.Read(yaml) };
        Assert.That(Validator.Validate(chart, options).Where(x => x.Code.StartsWith("ACME", StringComparison.Ordinal)), Is.Empty);
        Assert.That(Validator.Validate(chart).Count(x => x.Code == "ACME001"), Is.EqualTo(1));
    }

    [Test]
    public void Codes_stay_unique() =>
        Assert.Throws<ArgumentException>(() => Validator.With(new LeadershipTeamRule([])));
}
