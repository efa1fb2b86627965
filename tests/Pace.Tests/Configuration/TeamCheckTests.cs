using Pace.Configuration;
using Pace.Localization;
using Pace.Tests.Files;
using Pace.Validation;

namespace Pace.Tests.Configuration;

/// <summary>
/// A team's own checks from <c>pace.config.yaml</c> (<c>checks:</c>): each kind through the library's front door
/// with its location and messages, the team's own messages, levels and suppressions, merging, and every mistake in
/// a check as a located load error.
/// </summary>
public class TeamCheckTests
{
    // Four processes, three KPIs each; lines matter for the locations asserted below.
    private const string Chart = """
        pace: 1
        organization: Acme
        people:
          - id: ann
          - id: bob
        processes:
          - name: Van lead naar deal
            owner: ann
            kpis:
              - {name: Offertes, unit: count, target: 10, cadence: week, timing: leading, focus: output}
              - {name: Omzet, unit: EUR, target: 1000, cadence: month, timing: lagging, focus: output}
              - {name: Doorlooptijd, unit: dagen, target: 5, cadence: month, timing: lagging, focus: output, better: lower}
          - name: Afdeling support
            owner: bob
            kpis:
              - {name: Tickets, unit: count, target: 10, cadence: week, timing: lagging, focus: output}
              - {name: NPS, unit: score, target: 40, cadence: month, timing: lagging, focus: output}
              - {name: Oplostijd, unit: uur, target: 8, cadence: week, timing: lagging, focus: output, better: lower}
          - name: Van order naar levering
            owner: ann
            kpis:
              - {name: Orders, unit: count, target: 10, cadence: week, timing: leading, focus: output}
              - {name: Marge, unit: '%', target: 30, cadence: month, timing: lagging, focus: output}
              - {name: Levertijd, unit: dagen, target: 3, cadence: week, timing: lagging, focus: output, better: lower}
          - name: Van factuur naar betaling
            owner: bob
            kpis:
              - {name: Facturen, unit: count, target: 10, cadence: week, timing: leading, focus: output}
              - {name: Debiteuren, unit: EUR, target: 100, cadence: month, timing: lagging, focus: output, better: lower}
              - {name: Betaaltermijn, unit: dagen, target: 30, cadence: month, timing: lagging, focus: output, better: lower}
        """;

    private static CheckResult Check(string config, string chart = Chart, ChartLanguage? language = null)
    {
        using var folder = new TempFolder();
        folder.Write(PaceConfig.FileName, config);
        var path = folder.Write("acme.pace.yaml", chart);
        return new ChartChecker(new CheckOptions { Language = language }).CheckFile(path);
    }

    private static Diagnostic[] Team(CheckResult result, string code = "ACME001") =>
        [.. result.Diagnostics.Where(d => d.Code == code)];

    /// <summary>A named template filled as a team reads it: each <c>{name}</c> replaced by its value.</summary>
    private static string Fill(string template, params (string Name, object Value)[] values) =>
        values.Aggregate(template, (text, v) => text.Replace("{" + v.Name + "}", Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    [Test]
    public void Units_reports_each_KPI_outside_the_list_at_its_unit()
    {
        var found = Team(Check("checks:\n  - code: ACME001\n    units: [count, EUR, '%', dagen]\n"));
        Assert.That(found.Select(d => d.Path), Is.EqualTo(new[] { "processes[1].kpis[1].unit", "processes[1].kpis[2].unit" }));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That((found[0].Span!.StartLine, found[0].Span!.StartColumn), Is.EqualTo((17, 27)));
            Assert.That(found[0].Message, Is.EqualTo(Fill(EnglishMessages.TeamUnits, ("kpi", "NPS"), ("process", "Afdeling support"), ("unit", "score"), ("allowed", "count, EUR, %, dagen"))));
        });
    }

    [Test]
    public void Forbidden_words_are_found_in_names_in_any_case_and_reported_in_Dutch()
    {
        var found = Team(Check("checks:\n  - code: ACME001\n    level: error\n    forbidden-words: [afdeling]\n", language: ChartLanguage.Dutch));
        var only = found.Single();
        Assert.Multiple(() =>
        {
            Assert.That(only.Severity, Is.EqualTo(Severity.Error));
            Assert.That(only.Path, Is.EqualTo("processes[1].name"));
            Assert.That(only.Message, Is.EqualTo(Fill(DutchMessages.TeamForbiddenWords, ("name", "Afdeling support"), ("word", "afdeling"))));
        });
    }

    [Test]
    public void Max_KPIs_per_person_counts_what_each_person_reports()
    {
        var found = Team(Check("checks:\n  - code: ACME001\n    max-kpis-per-person: 5\n"));
        Assert.That(found.Select(d => d.Message), Is.EqualTo(new[]
        {
            Fill(EnglishMessages.TeamMaxKpisPerPerson, ("person", "ann"), ("count", 6), ("max", 5)),
            Fill(EnglishMessages.TeamMaxKpisPerPerson, ("person", "bob"), ("count", 6), ("max", 5)),
        }));
        Assert.That(Team(Check("checks:\n  - code: ACME001\n    max-kpis-per-person: 6\n")), Is.Empty);
    }

    [Test]
    public void Process_needs_KPI_reports_the_process_without_one()
    {
        var found = Team(Check("checks:\n  - code: ACME001\n    process-needs-kpi: {timing: leading}\n")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(found.Path, Is.EqualTo("processes[1].kpis"));
            Assert.That(found.Message, Is.EqualTo(Fill(EnglishMessages.TeamProcessNeedsKpi, ("process", "Afdeling support"), ("kind", "timing: leading"))));
        });
    }

    [Test]
    public void A_team_message_may_put_its_placeholders_in_any_order_and_keep_other_braces()
    {
        const string Config = """
            checks:
              - code: acme002
                units: [count, EUR, '%', dagen, uur]
                message:
                  en: "{unit} {{not ours}} for {kpi}"
                  nl: "{process}: {kpi} in {unit}"
            """;
        var english = Team(Check(Config), "ACME002").Single();
        var dutch = Team(Check(Config, language: ChartLanguage.Dutch), "ACME002").Single();
        Assert.That(english.Message, Is.EqualTo("score {{not ours}} for NPS"));
        Assert.That(dutch.Message, Is.EqualTo("Afdeling support: NPS in score"));
    }

    [Test]
    public void A_chart_switches_a_team_check_off_and_suppresses_it_like_a_built_in_rule()
    {
        const string Config = "checks:\n  - code: ACME001\n    forbidden-words: [afdeling]\n";
        Assert.That(Team(Check(Config)), Has.Length.EqualTo(1), "neither off nor suppressed, it fires");
        Assert.That(Team(Check(Config, Chart + "\nrules:\n  acme001: off\n")), Is.Empty);
        var suppressed = Chart.Replace("  - name: Afdeling support", "  # pace-disable-next-line ACME001\n  - name: Afdeling support", StringComparison.Ordinal);
        var result = Check(Config, suppressed);
        Assert.That(Team(result), Is.Empty);
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Not.Contain("PACE021"));
    }

    [Test]
    public void The_nearest_configuration_wins_per_check_code()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder[".git"]);
        folder.Write(PaceConfig.FileName, "checks:\n  - code: ACME001\n    forbidden-words: [afdeling]\n  - code: ACME002\n    max-kpis-per-person: 1\n");
        folder.Write("team/" + PaceConfig.FileName, "checks:\n  - code: ACME001\n    forbidden-words: [betaling]\n");
        var result = ChartChecker.Default.CheckFile(folder.Write("team/acme.pace.yaml", Chart));
        Assert.That(Team(result).Select(d => d.Path), Is.EqualTo(new[] { "processes[3].name" }));
        Assert.That(Team(result, "ACME002"), Has.Length.EqualTo(2));
    }

    [Test]
    public void A_check_built_in_code_runs_through_the_validator()
    {
        var check = new TeamCheck { Code = RuleCode.Parse("ACME009"), Kind = TeamCheckKind.ForbiddenWords, Values = ["deal"] };
        var chart = ChartChecker.Default.CheckText(Chart).Chart!;
        var found = ChartValidator.Default.With(check.ToRule()).Validate(chart).Where(d => d.Code == "ACME009");
        Assert.That(found.Select(d => d.Path), Is.EqualTo(new[] { "processes[0].name" }));
        Assert.That(() => new TeamCheck { Code = RuleCode.Parse("PACE900"), Kind = TeamCheckKind.Units, Values = ["x"] }.ToRule(), Throws.ArgumentException);
    }

    [TestCase("checks:\n  - code: PACE900\n    units: [EUR]\n", "PACE120", 2, 11, nameof(EnglishMessages.PACE120Reserved))]
    [TestCase("checks:\n  - code: ACME001\n    units: [EUR]\n    max-kpis-per-person: 3\n", "PACE120", 2, 5, nameof(EnglishMessages.PACE120Condition))]
    [TestCase("checks:\n  - code: ACME001\n", "PACE120", 2, 5, nameof(EnglishMessages.PACE120Condition))]
    [TestCase("checks:\n  - code: ACME001\n    units: []\n", "PACE120", 3, 12, nameof(EnglishMessages.PACE120Setting))]
    [TestCase("checks:\n  - code: ACME001\n    max-kpis-per-person: 0\n", "PACE120", 3, 26, nameof(EnglishMessages.PACE120Setting))]
    [TestCase("checks:\n  - code: ACME001\n    units: [EUR]\n    message:\n      en: 'KPI {name}'\n", "PACE120", 5, 11, nameof(EnglishMessages.PACE120Placeholder))]
    [TestCase("checks:\n  - code: ACME1\n    units: [EUR]\n", "PACE102", 2, 11, null)]
    [TestCase("checks:\n  - code: ACME001\n    level: off\n    units: [EUR]\n", "PACE104", 3, 12, null)]
    [TestCase("checks:\n  - code: ACME001\n    units: [EUR]\n  - code: acme001\n    units: [USD]\n", "PACE103", 4, 11, null)]
    [TestCase("checks:\n  - code: ACME001\n    unit: [EUR]\n", "PACE101", 3, 5, null)]
    public void A_broken_check_is_a_located_load_error(string config, string code, int line, int column, string? variant)
    {
        var result = PaceConfigReader.Read(config, "pace.config.yaml");
        var error = result.Diagnostics.First(d => d.Code == code);
        Assert.Multiple(() =>
        {
            Assert.That(result.Config, Is.Null);
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That((error.Span!.StartLine, error.Span.StartColumn), Is.EqualTo((line, column)), error.ToString());
            if (variant is not null)
            {
                Assert.That(error.MessageKey, Is.EqualTo(variant));
            }
        });
    }

    [Test]
    public void A_placeholder_the_kind_lacks_is_named_with_those_it_has()
    {
        var error = PaceConfigReader.Read("checks:\n  - code: ACME001\n    units: [EUR]\n    message:\n      en: 'KPI {name}'\n").Diagnostics.Single(d => d.Code == "PACE120");
        Assert.That(error.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE120Placeholder, ("code", "ACME001"), ("placeholder", "name"), ("placeholders", "{kpi}, {process}, {unit}, {allowed}"))));

        var written = new TeamCheck { Code = RuleCode.Parse("ACME001"), Kind = TeamCheckKind.Units, Values = ["EUR"], Messages = [new TeamMessage(ChartLanguage.English, "KPI {name}")] };
        Assert.That(() => written.ToRule(), Throws.ArgumentException.With.Message.Contains("its en message names {name}, which is not one of {kpi}, {process}, {unit}, {allowed}"));
    }

    [Test]
    public void A_check_that_reads_is_value_equal_and_keeps_its_settings()
    {
        const string Config = "checks:\n  - code: ACME001\n    level: info\n    process-needs-kpi: {timing: leading, focus: output}\n";
        var first = PaceConfigReader.Read(Config).Config!;
        var second = PaceConfigReader.Read("\n" + Config).Config!;
        Assert.That(first, Is.EqualTo(second));
        var check = first.Checks.Single();
        Assert.That((check.Code.Value, check.Severity, check.Kind, check.Timing, check.Focus), Is.EqualTo(("ACME001", Severity.Info, TeamCheckKind.ProcessNeedsKpi, (Timing?)Timing.Leading, (Focus?)Focus.Output)));
    }
}
