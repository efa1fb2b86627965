using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>The writer's format: key order, quoting only where needed, numbers, enums, actuals; and read-back equality.</summary>
public class ChartWriterTests
{
    private static Chart RoundTrip(Chart chart, out string yaml)
    {
        yaml = ChartWriter.Write(chart);
        var read = ChartReader.Read(yaml, "written.pace.yaml");
        Assert.That(read.Diagnostics, Is.Empty, yaml + "\n" + string.Join("\n", read.Diagnostics));
        Assert.That(ChartComparer.Differences(chart, read.Chart!), Is.Empty, yaml);
        return read.Chart!;
    }

    /// <summary>The examples that load: an invalid example whose error is a load error (PACE1xx) has no chart to write.</summary>
    public static IEnumerable<string> LoadingExamples() => Outcome.ExampleFiles().Where(f => ChartReader.ReadFile(f).Chart is not null);

    [Test]
    public void Every_chart_example_is_among_the_loading_examples()
    {
        Assert.That(LoadingExamples().Select(Path.GetFileName),
            Is.SupersetOf(new[] { "acme-software.pace.yaml", "brightleaf-foods.pace.yaml", "technical-wholesaler.pace.yaml" }));
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Examples_read_back_equal_after_writing(string file)
    {
        var loaded = ChartReader.ReadFile(file);
        Assert.That(loaded.Chart, Is.Not.Null);
        RoundTrip(loaded.Chart!, out var yaml);
        Assert.That(ChartWriter.Write(ChartReader.Read(yaml).Chart!), Is.EqualTo(yaml), "writing is stable");
    }

    [Test]
    public void Writes_the_documented_layout()
    {
        var chart = new ChartBuilder("Acme Software B.V.")
            .Title("Procesverantwoordelijkheid 2027")
            .Date(new DateOnly(2026, 11, 1))
            .Language(ChartLanguage.Dutch)
            .Person("bram", "Bram Jansen", "Directeur Enthousiaste Klanten")
            .Journey("Relevante aanvragen", "Van lead naar deal")
            .Process("Van lead naar deal", "bram", p => p
                .Kpi("Getekende contractwaarde", 300_000, "EUR", Cadence.Quarter)
                .Kpi("Salespipeline", 900_000.5m, "EUR", Cadence.Week)
                .Kpi("Aantal offertes", 6, null, Cadence.Week))
            .Rule(RuleCode.Parse("PACE016"), RuleLevel.Off)
            .Build();
        chart = chart with
        {
            Processes =
            [
                chart.Processes[0] with
                {
                    Steps = [ProcessStep.Named("Opvolgen"), ProcessStep.Named("Bezoeken")],
                    Kpis =
                    [
                        chart.Processes[0].Kpis[0] with { Better = Direction.Higher, Timing = Timing.Lagging, Dimension = Dimension.Better },
                        chart.Processes[0].Kpis[1] with { Actuals = [new Actual(Period.Week(2026, 38), 610_000), new Actual(Period.Quarter(2026, 3), -1.25m)] },
                        chart.Processes[0].Kpis[2],
                    ],
                },
            ],
        };

        RoundTrip(chart, out var yaml);
        Assert.That(yaml, Is.EqualTo("""
            pace: 1
            organization: Acme Software B.V.
            title: Procesverantwoordelijkheid 2027
            date: 2026-11-01
            language: nl
            people:
              - id: bram
                name: Bram Jansen
                role: Directeur Enthousiaste Klanten
            journey: [Relevante aanvragen, Van lead naar deal]
            processes:
              - name: Van lead naar deal
                steps: [Opvolgen, Bezoeken]
                owner: bram
                kpis:
                  - name: Getekende contractwaarde
                    unit: EUR
                    target: 300000
                    better: higher
                    cadence: quarter
                    timing: lagging
                    dimension: better
                  - name: Salespipeline
                    unit: EUR
                    target: 900000.5
                    cadence: week
                    actuals:
                      2026-W38: 610000
                      2026-Q3: -1.25
                  - name: Aantal offertes
                    target: 6
                    cadence: week
            rules:
              PACE016: off

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [TestCase("yes", "'yes'")]
    [TestCase("No", "'No'")]
    [TestCase("null", "'null'")]
    [TestCase("~", "'~'")]
    [TestCase("", "''")]
    [TestCase("123", "'123'")]
    [TestCase("-1.5e3", "'-1.5e3'")]
    [TestCase("0x1F", "'0x1F'")]
    [TestCase(".inf", "'.inf'")]
    [TestCase("2026-11-01", "'2026-11-01'")]
    [TestCase("12:30", "'12:30'")]
    [TestCase("<<", "'<<'")]
    [TestCase(" leading", "' leading'")]
    [TestCase("trailing ", "'trailing '")]
    [TestCase("a: b", "'a: b'")]
    [TestCase("a #b", "'a #b'")]
    [TestCase("#b", "'#b'")]
    [TestCase("- a", "'- a'")]
    [TestCase("*a", "'*a'")]
    [TestCase("&a", "'&a'")]
    [TestCase("!a", "'!a'")]
    [TestCase("%a", "'%a'")]
    [TestCase("@a", "'@a'")]
    [TestCase("`a", "'`a'")]
    [TestCase("'a'", "\"'a'\"")]
    [TestCase("\"a\"", "'\"a\"'")]
    [TestCase("[a]", "'[a]'")]
    [TestCase("{a}", "'{a}'")]
    [TestCase("two\nlines", "\"two\\nlines\"")]
    [TestCase("tab\there", "\"tab\there\"")]
    [TestCase("bell\a", "\"bell\\a\"")]
    [TestCase("Acme B.V.", "Acme B.V.")]
    [TestCase("Café ☕", "Café ☕")]
    [TestCase("Launch 🚀", "\"Launch \\U0001F680\"")] // YamlDotNet escapes characters beyond the BMP
    [TestCase("שלום עולם", "שלום עולם")]
    [TestCase("a:b", "a:b")]
    [TestCase("a#b", "a#b")]
    [TestCase("Yesterday", "Yesterday")]
    [TestCase("Q3 2026", "Q3 2026")]
    public void Quotes_a_text_only_when_needed(string text, string written)
    {
        var chart = new Chart { FormatVersion = 1, Organization = text, Processes = [] };
        var read = RoundTrip(chart, out var yaml);
        Assert.That(yaml.Split('\n')[1], Is.EqualTo("organization: " + written));
        Assert.That(read.Organization, Is.EqualTo(text));
    }

    [Test]
    public void Absent_required_values_are_written_empty_and_read_back_absent()
    {
        var chart = new Chart
        {
            FormatVersion = 1,
            People = [new Person()],
            Processes = [new CoreProcess { Kpis = [new Kpi()] }],
        };
        RoundTrip(chart, out var yaml);
        Assert.That(yaml, Does.StartWith("pace: 1\norganization: ~\n"));
        Assert.That(yaml, Does.Contain("  - id: ~\n"));
    }

    [Test]
    public void Empty_and_absent_lists_stay_apart()
    {
        RoundTrip(new Chart { FormatVersion = 1, Organization = "X", People = [], Journey = [], Processes = [] }, out var empty);
        Assert.That(empty, Is.EqualTo("pace: 1\norganization: X\npeople: []\njourney: []\nprocesses: []\n"));
        RoundTrip(new Chart { FormatVersion = 1, Organization = "X", Processes = [] }, out var absent);
        Assert.That(absent, Is.EqualTo("pace: 1\norganization: X\nprocesses: []\n"));
    }

    [Test]
    public void Several_owners_are_a_list_one_is_a_text()
    {
        var chart = new Chart { FormatVersion = 1, Organization = "X", Processes = [new CoreProcess { Name = "P", Owners = ["Ann", "yes"] }] };
        RoundTrip(chart, out var yaml);
        Assert.That(yaml, Does.Contain("    owner: [Ann, 'yes']\n"));
    }

    [Test]
    public void Every_enum_is_written_by_its_format_name()
    {
        var kpi = new Kpi
        {
            Name = "K",
            Better = Direction.Lower,
            Cadence = Cadence.Day,
            Timing = Timing.Leading,
            Focus = Focus.Input,
            Speed = Speed.Slow,
            Nature = Nature.Soft,
            Level = KpiLevel.Organization,
            Dimension = Dimension.Cheaper,
            Tolerance = 0.1m,
            Seasonality = [1, 1.5m, 0],
        };
        var chart = new Chart { FormatVersion = 1, Organization = "X", Language = ChartLanguage.English, Processes = [new CoreProcess { Name = "P", Kpis = [kpi] }] };
        RoundTrip(chart, out var yaml);
        Assert.That(yaml, Does.Contain("language: en\n"));
        Assert.That(yaml, Does.Contain("better: lower\n        cadence: day\n        timing: leading\n        focus: input\n        speed: slow\n        nature: soft\n        level: organization\n        dimension: cheaper\n        tolerance: 0.1\n        seasonality: [1, 1.5, 0]\n"));
    }

    [Test]
    public void Keys_come_in_the_format_order()
    {
        var kpi = new Kpi
        {
            Name = "K", Unit = "u", Target = 1, Better = Direction.Lower, Cadence = Cadence.Day, Timing = Timing.Leading, Focus = Focus.Input,
            Speed = Speed.Slow, Nature = Nature.Soft, Level = KpiLevel.Team, Dimension = Dimension.Faster, Owner = "o", Tolerance = 0.1m,
            Aggregate = Aggregate.Average, Red = 2, Green = 1, Super = 0.5m,
            Actuals = [new Actual(Period.Year(2026), 1)], Seasonality = [1],
        };
        var chart = new Chart
        {
            FormatVersion = 1, Organization = "X", Title = "T", Date = new DateOnly(2026, 1, 1), Language = ChartLanguage.Dutch, Paper = PaperSize.A3,
            Theme = new Theme { Accent = "#123456", Logo = "l.png", Fonts = [new ThemeFont { Regular = "r.ttf", Bold = "b.ttf" }] }, People = [new Person { Id = "a", Name = "A", Role = "R" }], Journey = ["J"],
            Functions = [new Function { Name = "F", Owners = ["a"], Vacant = true, Kpis = [kpi], Outcomes = ["O"] }],
            Processes = [new CoreProcess { Name = "P", Input = "I", Outcome = "O", Steps = [ProcessStep.Named("S")], Owners = ["a"], Kpis = [kpi] }],
            Rules = [new RuleSetting(RuleCode.Parse("PACE001"), RuleLevel.Info)],
        };
        var lines = ChartWriter.Write(chart).Split('\n');

        static List<string> KeysAt(IEnumerable<string> lines, string indent) =>
            [.. lines.Where(l => l.StartsWith(indent, StringComparison.Ordinal) && l.Length > indent.Length && char.IsAsciiLetterLower(l[indent.Length]) && l.Contains(':', StringComparison.Ordinal))
                .Select(l => l[indent.Length..l.IndexOf(':', StringComparison.Ordinal)])];

        Assert.That(KeysAt(lines, string.Empty), Is.EqualTo(FormatKeys.Chart));
        Assert.That(KeysAt(lines, "  ").Where(FormatKeys.Theme.Contains), Is.EqualTo(FormatKeys.Theme));
        Assert.That(KeysAt(lines.Select(l => l.Replace("  - ", "    ", StringComparison.Ordinal)), "    ").Take(3), Is.EqualTo(FormatKeys.Person));
        var process = lines.SkipWhile(l => l != "processes:").Select(l => l.Replace("  - ", "    ", StringComparison.Ordinal)).ToList();
        Assert.That(KeysAt(process, "    "), Is.EqualTo(FormatKeys.Process));
        var function = lines.SkipWhile(l => l != "functions:").TakeWhile(l => !l.StartsWith("journey", StringComparison.Ordinal)).Select(l => l.Replace("  - ", "    ", StringComparison.Ordinal)).ToList();
        Assert.That(KeysAt(function, "    "), Is.EqualTo(FormatKeys.Function));
        Assert.That(KeysAt(process, "        "), Is.EqualTo(FormatKeys.Kpi));
    }

    [Test]
    public void Writes_to_a_text_writer()
    {
        var chart = new Chart { FormatVersion = 1, Organization = "X", Processes = [] };
        using var writer = new StringWriter();
        ChartWriter.Write(chart, writer);
        Assert.That(writer.ToString(), Is.EqualTo(ChartWriter.Write(chart)));
        Assert.That(() => ChartWriter.Write(null!), Throws.ArgumentNullException);
        Assert.That(() => ChartWriter.Write(chart, null!), Throws.ArgumentNullException);
    }
}
