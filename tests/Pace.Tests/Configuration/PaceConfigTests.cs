using Pace.Configuration;
using Pace.Validation;
using Pace.Localization;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Configuration;

/// <summary><c>pace.config.yaml</c>: reading, finding, load errors, and the three levels of rule settings.</summary>
public class PaceConfigTests
{
    private string _root = null!;

    [SetUp]
    public void CreateFolders()
    {
        _root = Path.Combine(Path.GetTempPath(), "pace-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "charts", "sales"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", ".git"));
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Reads_language_and_rule_levels()
    {
        var result = PaceConfigReader.Read("language: nl\nrules:\n  pace016: off\n  PACE014: warning\n", "pace.config.yaml");
        Assert.That(result.Diagnostics, Is.Empty);
        var config = result.Config!;
        Assert.Multiple(() =>
        {
            Assert.That(config.Language, Is.EqualTo(ChartLanguage.Dutch));
            Assert.That(config.RuleLevels[RuleCode.Parse("PACE016")], Is.EqualTo(RuleLevel.Off));
            Assert.That(config.RuleLevels[RuleCode.Parse("pace014")], Is.EqualTo(RuleLevel.Warning));
            Assert.That(config.Rules[0].Source!.StartLine, Is.EqualTo(3));
        });
    }

    [Test]
    public void An_empty_file_is_an_empty_configuration()
    {
        var result = PaceConfigReader.Read("# nothing configured yet\n");
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Config!.Rules, Is.Empty);
    }

    [Test]
    public void A_misspelt_key_is_a_located_PACE101_with_a_suggestion()
    {
        var d = PaceConfigReader.Read("language: en\nrulez:\n  PACE016: off\n", "pace.config.yaml").Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Code, Is.EqualTo("PACE101"));
            Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE101Suggestion, ("key", "rulez"), ("place", EnglishMessages.PlaceConfig), ("suggestion", "rules"))));
            Assert.That(d.ToString(), Does.StartWith("pace.config.yaml:2:1: error PACE101"));
        });
    }

    [Test]
    public void A_bad_level_is_PACE104_in_the_configurations_own_language()
    {
        var result = PaceConfigReader.Read("language: nl\nrules:\n  PACE016: loud\n");
        var d = result.Diagnostics.Single();
        Assert.That(result.Succeeded, Is.False);
        Assert.That(d.Code, Is.EqualTo("PACE104"));
        Assert.That(d.Message, Is.EqualTo(Named.Format(DutchMessages.PACE104, ("value", "loud"), ("kind", "rule level"), ("allowed", "off, info, warning, error"))));
    }

    [TestCase("rules: [PACE016]\n", "PACE102")]
    [TestCase("rules:\n  PACE016: off\n  PACE016: info\n", "PACE103")]
    [TestCase("rules: {\n", "PACE100")]
    [TestCase("- just a list\n", "PACE102")]
    public void Broken_configurations_are_PACE1xx(string yaml, string code) =>
        Assert.That(PaceConfigReader.Read(yaml).Diagnostics.Select(d => d.Code), Does.Contain(code));

    [Test]
    public void Finds_the_configuration_beside_the_chart_first_then_above()
    {
        var chart = Path.Combine(_root, "repo", "charts", "sales", "a.pace.yaml");
        Assert.That(PaceConfigReader.Find(chart), Is.Null);

        var top = Path.Combine(_root, "repo", PaceConfig.FileName);
        File.WriteAllText(top, "rules:\n  PACE016: off\n");
        Assert.That(PaceConfigReader.Find(chart), Is.EqualTo(top));

        var beside = Path.Combine(_root, "repo", "charts", "sales", PaceConfig.FileName);
        File.WriteAllText(beside, "language: nl\n");
        Assert.That(PaceConfigReader.Find(chart), Is.EqualTo(beside));
        var loaded = PaceConfigReader.LoadFor(chart)!.Config!;
        Assert.That((loaded.Language, loaded.Path), Is.EqualTo(((ChartLanguage?)ChartLanguage.Dutch, beside)));
    }

    [Test]
    public void The_search_stops_at_the_repository_root()
    {
        File.WriteAllText(Path.Combine(_root, PaceConfig.FileName), "rules: {}\n"); // outside the repository
        Assert.That(PaceConfigReader.Find(Path.Combine(_root, "repo", "charts", "a.pace.yaml")), Is.Null);
        Assert.That(PaceConfigReader.LoadFor(Path.Combine(_root, "repo", "charts", "a.pace.yaml")), Is.Null);
    }

    [Test]
    public void A_configuration_file_that_does_not_load_says_where()
    {
        var path = Path.Combine(_root, "repo", PaceConfig.FileName);
        File.WriteAllText(path, "rules:\n  PACE016: of\n");
        var result = PaceConfigReader.LoadFor(Path.Combine(_root, "repo", "charts", "a.pace.yaml"))!;
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single().Span, Is.EqualTo(new SourceSpan(path, 2, 12, 2, 14)));
    }

    [Test]
    public void Precedence_run_overrides_beat_the_chart_which_beats_the_configuration_which_beats_the_default()
    {
        // PACE016 (default info) fires: ann owns all four processes.
        var chart = Clean().OwnedBy(1, "ann").OwnedBy(2, "ann").OwnedBy(3, "ann");
        var config = PaceConfigReader.Read("rules:\n  PACE016: warning\n").Config!;

        Severity? Level(Chart c, ValidationOptions o) =>
            ChartValidator.Default.Validate(c, o).Where(d => d.Code == "PACE016").Select(d => (Severity?)d.Severity).SingleOrDefault();

        var run = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE016")] = RuleLevel.Error };
        var inChart = chart with { Rules = [new RuleSetting(RuleCode.Parse("PACE016"), RuleLevel.Off)] };
        Assert.Multiple(() =>
        {
            Assert.That(Level(chart, new ValidationOptions()), Is.EqualTo(Severity.Info), "the rule's default");
            Assert.That(Level(chart, config.ApplyTo(new ValidationOptions())), Is.EqualTo(Severity.Warning), "the configuration beats the default");
            Assert.That(Level(inChart, config.ApplyTo(new ValidationOptions())), Is.Null, "the chart beats the configuration");
            Assert.That(Level(inChart, config.ApplyTo(new ValidationOptions { Overrides = run })), Is.EqualTo(Severity.Error), "the run beats the chart");
        });
    }

    [Test]
    public void The_configurations_language_applies_only_to_charts_without_one()
    {
        var config = new PaceConfig { Language = ChartLanguage.Dutch };
        var chart = Clean().OwnedBy(1, "ann").OwnedBy(2, "ann").OwnedBy(3, "ann");
        string Message(Chart c, ValidationOptions o) => ChartValidator.Default.Validate(c, o).Single(d => d.Code == "PACE016").MessageTemplate;

        Assert.Multiple(() =>
        {
            Assert.That(Message(chart, config.ApplyTo(new ValidationOptions())), Is.EqualTo(DutchMessages.PACE016));
            Assert.That(Message(chart with { Language = ChartLanguage.English }, config.ApplyTo(new ValidationOptions())), Is.EqualTo(EnglishMessages.PACE016));
            Assert.That(Message(chart, config.ApplyTo(new ValidationOptions { Language = ChartLanguage.English })), Is.EqualTo(EnglishMessages.PACE016));
        });
    }

    [Test]
    public void The_json_schema_knows_the_same_keys_and_levels()
    {
        var path = Path.Combine(Rules.RuleConventionTests.RepositoryRoot(), "schema", "pace.config.schema.json");
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var properties = schema.RootElement.GetProperty("properties");
        Assert.That(properties.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "language", "rules", "checks", "root", "logo-folders", "font-folders", "fonts", "translations" }));
        var check = properties.GetProperty("checks").GetProperty("items").GetProperty("properties");
        Assert.That(check.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "code", "level", "message", "units", "forbidden-words", "max-kpis-per-person", "process-needs-kpi" }));
        Assert.That(properties.GetProperty("root").GetProperty("type").GetString(), Is.EqualTo("boolean"));
        Assert.That(properties.GetProperty("logo-folders").GetProperty("items").GetProperty("type").GetString(), Is.EqualTo("string"));
        Assert.That(properties.GetProperty("font-folders").GetProperty("items").GetProperty("type").GetString(), Is.EqualTo("string"));
        Assert.That(properties.GetProperty("translations").GetProperty("items").GetProperty("type").GetString(), Is.EqualTo("string"));
        var levels = properties.GetProperty("rules").GetProperty("additionalProperties").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.That(levels, Is.EqualTo(new[] { "off", "info", "warning", "error" }));
        Assert.That(properties.GetProperty("language").GetProperty("pattern").GetString(), Is.EqualTo(Pace.Yaml.ChartSchema.LanguagePattern));
    }
}
