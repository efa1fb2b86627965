using System.Globalization;
using Acme.PaceRules;
using Pace.Configuration;
using Pace.Localization;
using Pace.Tests.Files;
using Pace.Validation;

namespace Pace.Tests.Rules;

/// <summary>A rule level set for a code that names no rule is an error wherever it is set, with the nearest code.</summary>
public class UnknownRuleCodeTests
{
    private const string Chart = "pace: 1\norganization: X\nprocesses: []\nrules:\n  PACE916: off\n  PACE999: info\n  PACE001: info\n";

    [Test]
    public void In_a_chart_it_is_a_located_PACE121_and_the_chart_is_still_checked()
    {
        var result = ChartChecker.Default.CheckText(Chart, "c.pace.yaml");
        var unknown = result.Diagnostics.Where(d => d.Code == "PACE121").ToList();
        Assert.That(result.Loaded, Is.True);
        Assert.That(unknown.Select(d => (d.Severity, d.Span!.StartLine, d.Span.StartColumn, d.Path)), Is.EqualTo(new[]
        {
            (Severity.Error, 5, 3, "rules.PACE916"),
            (Severity.Error, 6, 3, "rules.PACE999"),
        }));
        Assert.That(unknown[0].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE121Suggestion, ("code", "PACE916"), ("suggestion", "PACE016"))));
        Assert.That(unknown[1].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE121Suggestion, ("code", "PACE999"), ("suggestion", "PACE009"))));
        Assert.That(result.Diagnostics.Single(d => d.Code == "PACE001").Severity, Is.EqualTo(Severity.Info), "the known setting still applies");
    }

    [Test]
    public void In_Dutch_it_is_Dutch_and_a_code_far_from_any_gets_the_list_hint()
    {
        var result = ChartChecker.Default.CheckText("pace: 1\norganization: X\nlanguage: nl\nprocesses: []\nrules:\n  QQQQQQ999: off\n");
        Assert.That(result.Diagnostics.Single(d => d.Code == "PACE121").Message, Is.EqualTo(Named.Format(DutchMessages.PACE121, ("code", "QQQQQQ999"))));
    }

    [Test]
    public void It_cannot_be_suppressed_as_if_it_were_a_rule()
    {
        var result = ChartChecker.Default.CheckText("pace: 1\norganization: X\nprocesses: []\nrules:\n  # pace-disable-next-line PACE121\n  PACE916: off\n");
        Assert.That(result.Diagnostics.Count(d => d.Code == "PACE121"), Is.EqualTo(1));
    }

    [Test]
    public void In_a_configuration_it_refuses_the_configuration()
    {
        using var dir = new TempFolder();
        dir.Write(PaceConfig.FileName, "rules:\n  PACE916: off\n");
        var chart = dir.Write("c.pace.yaml", "pace: 1\norganization: X\nprocesses: []\n");
        var e = Assert.Throws<ConfigurationException>(() => ChartChecker.Default.CheckFile(chart))!;
        var d = e.Diagnostics.Single();
        Assert.That((d.Code, d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo(("PACE121", 2, 3)));
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE121Suggestion, ("code", "PACE916"), ("suggestion", "PACE016"))));

        var given = new ChartChecker(new CheckOptions { Configuration = PaceConfigReader.Read("rules:\n  PACE916: off\n").Config });
        Assert.Throws<ConfigurationException>(() => given.CheckText("pace: 1\norganization: X\nprocesses: []\n"));
    }

    [Test]
    public void In_a_configuration_read_asynchronously_it_refuses_the_configuration_too()
    {
        using var dir = new TempFolder();
        dir.Write(PaceConfig.FileName, "rules:\n  PACE916: off\n");
        var chart = dir.Write("c.pace.yaml", "pace: 1\norganization: X\nprocesses: []\n");
        var e = Assert.ThrowsAsync<ConfigurationException>(async () => await new ChartChecker().CheckFileAsync(chart))!;
        Assert.That(e.Diagnostics.Single().Code, Is.EqualTo("PACE121"));
    }

    [Test]
    public void In_the_libraries_options_it_throws_with_the_nearest_code()
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new ChartChecker(new CheckOptions { RuleOverrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE916")] = RuleLevel.Off } }))!;
        Assert.That(e.Message, Does.Contain("'PACE916'").And.Contain("did you mean 'PACE016'?"));
        var chart = new ChartBuilder("X").Build();
        Assert.Throws<ArgumentException>(() => ChartValidator.Default.Validate(chart, new ValidationOptions { Overrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE999")] = RuleLevel.Off } }));
        Assert.Throws<ArgumentException>(() => ChartValidator.Default.Validate(chart, new ValidationOptions { Defaults = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE999")] = RuleLevel.Off } }));
        Assert.That(ChartValidator.Default.Validate(chart, new ValidationOptions { Overrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("pace016")] = RuleLevel.Off } }), Is.Not.Null, "any case");
    }

    [Test]
    public void An_apps_own_rule_is_a_known_code()
    {
        var rule = new LeadershipTeamRule(["Bram"]);
        var validator = ChartValidator.Default.With(rule);
        var checker = new ChartChecker(new CheckOptions { Validator = validator, RuleOverrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse(rule.Code)] = RuleLevel.Info } });
        Assert.That(checker.CheckText("pace: 1\norganization: X\nprocesses: []\nrules:\n  " + rule.Code + ": warning\n").Diagnostics.Any(d => d.Code == "PACE121"), Is.False);
        Assert.That(validator.SuggestCode("ACME01"), Is.EqualTo("ACME001"));
        Assert.That(validator.Find(RuleCode.Parse(rule.Code.ToLowerInvariant())), Is.SameAs(rule));
    }

    [Test]
    public void A_team_check_declared_further_up_is_a_known_code_in_a_nearer_configuration()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo[".git"]);
        repo.Write(PaceConfig.FileName, "checks:\n  - code: ACME001\n    forbidden-words: [afdeling]\n");
        var teamConfig = repo.Write(Path.Combine("team", PaceConfig.FileName), "rules:\n  ACME001: off\n  ACME002: off\n");
        var chart = repo.Write(Path.Combine("team", "c.pace.yaml"), "pace: 1\norganization: X\nprocesses: []\n");
        var e = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(chart))!;
        Assert.That(e.Diagnostics.Select(d => (d.Code, d.Arguments[0].Value)), Is.EqualTo(new[] { ("PACE121", (object?)"ACME002") }), "ACME001 is the root file's team check");

        File.WriteAllText(teamConfig, "rules:\n  ACME001: off\n");
        Assert.That(new ChartChecker().CheckFile(chart).Diagnostics.Any(d => d.Code == "PACE121"), Is.False);
    }
}
