using System.Globalization;
using Pace.Validation;
using Pace.Localization;
using Pace.Yaml;

namespace Pace.Tests.Rules;

/// <summary>PACE001–PACE006: for each, a chart that breaks it and one that passes, with the message in both languages.</summary>
public class Pace001To006Tests
{
    private static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    /// <summary>A valid chart: four processes, one owner and three uniquely named KPIs each.</summary>
    private static ChartBuilder Valid(int processes = 4)
    {
        var builder = new ChartBuilder("Acme");
        for (var i = 1; i <= processes; i++)
        {
            builder.Process($"Process {i}", $"Owner {i}", p => p.Kpi("K1").Kpi("K2").Kpi("K3"));
        }

        return builder;
    }

    private static IReadOnlyList<Diagnostic> Check(Chart chart, string code, ChartLanguage language = default) =>
        [.. ChartValidator.Default.Validate(chart, new ValidationOptions { Language = language }).Where(d => d.Code == code)];

    [TestCase(4)]
    [TestCase(9)]
    public void PACE001_passes_with_4_to_9_processes(int count) =>
        Assert.That(Check(Valid(count).Build(), "PACE001"), Is.Empty);

    [TestCase(3)]
    [TestCase(10)]
    [TestCase(0)]
    public void PACE001_reports_too_few_or_too_many(int count)
    {
        var found = Check(Valid(count).Build(), "PACE001");
        Assert.That(found.Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE001, ("count", count))));
        Assert.That(found.Single().Severity, Is.EqualTo(Severity.Error));
        Assert.That(Check(Valid(count).Build(), "PACE001", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE001, ("count", count))));
    }

    [Test]
    public void PACE002_reports_a_process_without_owner()
    {
        var chart = Valid(3).Process("Orphan", null, p => p.Kpi("A").Kpi("B").Kpi("C")).Build();
        var found = Check(chart, "PACE002").Single();
        Assert.That(found.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE002None, ("process", "Orphan"))));
        Assert.That(found.Path, Is.EqualTo("processes[3].owner"));
        Assert.That(Check(chart, "PACE002", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE002None, ("process", "Orphan"))));
    }

    [Test]
    public void PACE002_reports_a_process_with_two_owners()
    {
        var chart = Valid(3).Process("Shared", "Ann", p => p.AlsoOwnedBy("Bob").Kpi("A").Kpi("B").Kpi("C")).Build();
        var found = Check(chart, "PACE002").Single();
        Assert.That(found.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE002Many, ("process", "Shared"), ("count", 2), ("owners", "Ann, Bob"))));
        Assert.That(Check(chart, "PACE002", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE002Many, ("process", "Shared"), ("count", 2), ("owners", "Ann, Bob"))));
    }

    [Test]
    public void PACE002_reports_one_owner_written_twice_as_a_repeat_not_as_two_owners()
    {
        var chart = Valid(3).Process("Twice", "Ann", p => p.AlsoOwnedBy("Ann").Kpi("A").Kpi("B").Kpi("C")).Build();
        var found = Check(chart, "PACE002").Single();
        Assert.That(found.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE002Repeated, ("process", "Twice"), ("owner", "Ann"))));
        Assert.That(Check(chart, "PACE002", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE002Repeated, ("process", "Twice"), ("owner", "Ann"))));
    }

    [Test]
    public void PACE002_counts_distinct_owners()
    {
        var chart = Valid(3).Process("Shared", "Ann", p => p.AlsoOwnedBy("Bob").AlsoOwnedBy("Ann").Kpi("A").Kpi("B").Kpi("C")).Build();
        Assert.That(Check(chart, "PACE002").Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE002Many, ("process", "Shared"), ("count", 2), ("owners", "Ann, Bob"))));
    }

    [Test]
    public void PACE002_passes_with_one_owner_each() => Assert.That(Check(Valid().Build(), "PACE002"), Is.Empty);

    [TestCase(2)]
    [TestCase(4)]
    public void PACE003_reports_a_process_without_three_kpis(int kpis)
    {
        var chart = Valid(3).Process("Odd", "Ann", p =>
        {
            for (var i = 0; i < kpis; i++)
            {
                p.Kpi("K" + i);
            }
        }).Build();
        Assert.That(Check(chart, "PACE003").Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE003, ("process", "Odd"), ("count", kpis))));
        Assert.That(Check(chart, "PACE003", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE003, ("process", "Odd"), ("count", kpis))));
    }

    [Test]
    public void PACE003_passes_with_three_kpis_each() => Assert.That(Check(Valid().Build(), "PACE003"), Is.Empty);

    [Test]
    public void PACE004_reports_a_repeated_process_name_once_per_repeat()
    {
        var chart = Valid(3).Process("process 1", "Ann", p => p.Kpi("A").Kpi("B").Kpi("C")).Build();
        var found = Check(chart, "PACE004").Single();
        Assert.That(found.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE004, ("process", "process 1"), ("count", 2))));
        Assert.That(found.Path, Is.EqualTo("processes[3].name"));
        Assert.That(Check(chart, "PACE004", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE004, ("process", "process 1"), ("count", 2))));
    }

    [Test]
    public void PACE004_passes_with_unique_names() => Assert.That(Check(Valid().Build(), "PACE004"), Is.Empty);

    [Test]
    public void PACE005_reports_owners_and_kpi_owners_missing_from_the_roster()
    {
        var chart = new ChartBuilder("Acme").Person("ann", "Ann").Person("bob", "Bob")
            .Process("P1", "ann", p => p.Kpi("A").Kpi("B").Kpi(new Kpi { Name = "C", Owner = "zoe" }))
            .Process("P2", "Bram", p => p.Kpi("A").Kpi("B").Kpi("C"))
            .Build();
        var found = Check(chart, "PACE005");
        Assert.That(found.Select(d => d.Message), Is.EquivalentTo(new[]
        {
            Named.Format(EnglishMessages.PACE005, ("owner", "zoe"), ("known", "ann, bob")),
            Named.Format(EnglishMessages.PACE005, ("owner", "Bram"), ("known", "ann, bob")),
        }));
        Assert.That(found.Select(d => d.Path), Is.EquivalentTo(new[] { "processes[0].kpis[2].owner", "processes[1].owner" }));
        Assert.That(Check(chart, "PACE005", ChartLanguage.Dutch).Select(d => d.Message), Does.Contain(Named.Format(DutchMessages.PACE005, ("owner", "Bram"), ("known", "ann, bob"))));
    }

    [Test]
    public void PACE005_passes_without_a_roster_or_with_known_owners()
    {
        Assert.That(Check(Valid().Build(), "PACE005"), Is.Empty);
        var chart = new ChartBuilder("Acme").Person("ann", "Ann").Process("P1", "ann", p => p.Kpi("A")).Build();
        Assert.That(Check(chart, "PACE005"), Is.Empty);
    }

    [Test]
    public void PACE006_reports_a_repeated_kpi_name_within_a_process()
    {
        var chart = Valid(3).Process("P", "Ann", p => p.Kpi("Renewals").Kpi("renewals").Kpi("Churn")).Build();
        var found = Check(chart, "PACE006").Single();
        Assert.That(found.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE006, ("kpi", "renewals"), ("count", 2), ("process", "P"))));
        Assert.That(found.Path, Is.EqualTo("processes[3].kpis[1].name"));
        Assert.That(Check(chart, "PACE006", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE006, ("kpi", "renewals"), ("count", 2), ("process", "P"))));
    }

    [Test]
    public void PACE006_passes_when_the_same_kpi_name_is_in_different_processes() =>
        Assert.That(Check(Valid().Build(), "PACE006"), Is.Empty);

    [Test]
    public void Findings_point_at_the_file_position()
    {
        const string yaml = "pace: 1\norganization: X\nprocesses:\n  - name: A\n    owner: [Ann, Bob]\n    kpis: [{name: K1}, {name: K2}, {name: K3}]\n";
        var chart = ChartReader.Read(yaml, "c.pace.yaml").Chart!;
        var found = Check(chart, "PACE002").Single();
        Assert.That(found.ToString(), Is.EqualTo("c.pace.yaml:5:12: error PACE002: " + Named.Format(EnglishMessages.PACE002Many, ("process", "A"), ("count", 2), ("owners", "Ann, Bob"))));
    }

    [TestCase("off", null)]
    [TestCase("warning", Severity.Warning)]
    [TestCase("info", Severity.Info)]
    public void Chart_rules_setting_changes_the_severity(string level, Severity? expected)
    {
        var yaml = $"pace: 1\norganization: X\nprocesses: []\nrules:\n  PACE001: {level}\n";
        var chart = ChartReader.Read(yaml).Chart!;
        var found = Check(chart, "PACE001");
        Assert.That(found.Select(d => (Severity?)d.Severity).SingleOrDefault(), Is.EqualTo(expected));
    }

    [Test]
    public void Run_overrides_beat_chart_settings_which_beat_configuration_defaults()
    {
        var chart = Valid(2).Rule(RuleCode.Parse("PACE001"), RuleLevel.Warning).Build();
        Severity? Level(ValidationOptions o) =>
            ChartValidator.Default.Validate(chart, o).Where(d => d.Code == "PACE001").Select(d => (Severity?)d.Severity).SingleOrDefault();
        var config = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE001")] = RuleLevel.Info };
        var run = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE001")] = RuleLevel.Off };
        Assert.Multiple(() =>
        {
            Assert.That(Level(new ValidationOptions { Defaults = config }), Is.EqualTo(Severity.Warning));
            Assert.That(Level(new ValidationOptions { Defaults = config, Overrides = run }), Is.Null);
            Assert.That(Level(new ValidationOptions { Defaults = config }), Is.Not.EqualTo(Severity.Info));
        });
        var withoutChartSetting = Valid(2).Build();
        Assert.That(ChartValidator.Default.Validate(withoutChartSetting, new ValidationOptions { Defaults = config }).Single(d => d.Code == "PACE001").Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void Every_message_key_has_English_and_Dutch_with_the_same_placeholders()
    {
        var en = MessageTable.Keys(ChartLanguage.English).Order().ToList();
        var nl = MessageTable.Keys(ChartLanguage.Dutch).Order().ToList();
        Assert.That(nl, Is.EqualTo(en));
        foreach (var key in en)
        {
            Assert.That(Placeholders(MessageTable.Get(ChartLanguage.Dutch, key)), Is.EqualTo(Placeholders(MessageTable.Get(ChartLanguage.English, key))), key);
        }

        static int[] Placeholders(string template) =>
            [.. System.Text.RegularExpressions.Regex.Matches(template, @"\{(\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];
    }
}
