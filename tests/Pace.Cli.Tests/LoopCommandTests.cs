using System.Globalization;
using System.Text.Json;
using NJsonSchema;
using Pace.Analysis;
using Pace.Cli.Output;

namespace Pace.Cli.Tests;

/// <summary>The weekly loop on the command line: <c>pace targets</c>, <c>pace export --format json</c> and <c>pace explain CHART</c>.</summary>
public sealed class LoopCommandTests
{
    private static readonly string Acme = PaceTool.Example("acme-software.pace.yaml");

    [Test]
    public async Task Export_json_is_valid_against_its_schema_for_every_example()
    {
        var schema = await JsonSchema.FromFileAsync(RepoFiles.Path("schema", "pace.export.schema.json"));
        foreach (var example in new[] { "acme-software.pace.yaml", "brightleaf-foods.pace.yaml", "technical-wholesaler.pace.yaml" })
        {
            var (exit, output, _) = PaceTool.Run("export", PaceTool.Example(example), "--format", "json");
            Assert.That(exit, Is.EqualTo(0), example);
            Assert.That(schema.Validate(output).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty, example);
        }

        // A schema that checks nothing would pass too: a string where a number belongs must fail.
        var broken = PaceTool.Run("export", Acme, "--format", "json").Out.Replace("\"target\": 40,", "\"target\": \"40\",", StringComparison.Ordinal);
        Assert.That(schema.Validate(broken), Is.Not.Empty);
    }

    [Test]
    public void Export_json_has_typed_values_and_the_loop_per_kpi()
    {
        using var doc = JsonDocument.Parse(PaceTool.Run("export", Acme, "--format", "json").Out);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("date").GetString(), Is.EqualTo("2026-11-01"));
        var sales = root.GetProperty("processes")[1].GetProperty("kpis");

        // The 1-November example: on track pro rata.
        var contract = sales[0];
        Assert.That(contract.GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Number));
        var toDate = contract.GetProperty("periodToDate");
        Assert.Multiple(() =>
        {
            Assert.That(toDate.GetProperty("period").GetString(), Is.EqualTo("2026-Q4"));
            Assert.That(toDate.GetProperty("proRata").GetBoolean(), Is.True);
            Assert.That(toDate.GetProperty("target").GetDecimal(), Is.EqualTo(100_000m));
            Assert.That(toDate.GetProperty("ahead").GetDecimal(), Is.EqualTo(10_000m));
            Assert.That(contract.GetProperty("status").GetString(), Is.EqualTo("green"));
            Assert.That(contract.GetProperty("aggregate").GetProperty("value").GetString(), Is.EqualTo("sum"));
            Assert.That(contract.GetProperty("breakdown").GetProperty("target").GetDecimal(), Is.EqualTo(1_200_000m));
        });

        // The pipeline: a level, five misses in a row, no breakdown; the offers: stale since week 38.
        var pipeline = sales[1];
        Assert.That(pipeline.GetProperty("aggregate").GetProperty("value").GetString(), Is.EqualTo("last"));
        Assert.That(pipeline.GetProperty("streak").GetProperty("misses").GetInt32(), Is.EqualTo(5));
        Assert.That(pipeline.GetProperty("breakdown").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(pipeline.GetProperty("trend").GetProperty("direction").GetString(), Is.EqualTo("falling"));
        Assert.That(pipeline.GetProperty("trend").GetProperty("improving").GetBoolean(), Is.False);
        Assert.That(sales[2].GetProperty("stale").GetProperty("lastReported").GetString(), Is.EqualTo("2026-W38"));
        Assert.That(sales[2].GetProperty("stale").GetProperty("expected").GetString(), Is.EqualTo("2026-W43"));
        Assert.That(sales[2].GetProperty("actuals")[0].GetProperty("value").GetDecimal(), Is.EqualTo(5m));
    }

    [Test]
    public void Targets_text_adds_up_and_shows_a_week_split_by_its_days()
    {
        var en = ReportWords.English;
        var (exit, output, _) = PaceTool.Run("targets", Acme, "--lang", "en");
        Assert.That(exit, Is.EqualTo(0));
        var lines = output.Split('\n');
        Assert.That(lines[0], Is.EqualTo(ReportWords.Say(en.TargetsFor, new("organisation", "Acme Software B.V."), new("year", "2026"), new("by", "week"))).And.EqualTo("Acme Software B.V. — targets for 2026, by week"));
        var contract = lines.SkipWhile(l => !l.EndsWith("· Getekende contractwaarde", StringComparison.Ordinal)).Take(40).ToList();
        Assert.That(contract[1], Is.EqualTo("  " + ReportWords.Say(en.PerCadence, new("target", "€300,000"), new("cadence", "quarter")) + "; " + ReportWords.Say(en.FromUnit, new("aggregate", "sum"), new("unit", "EUR"))));
        Assert.That(contract, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("2026-W05 (6/7)", StringComparison.Ordinal) && l.EndsWith("19,354.84", StringComparison.Ordinal)));
        Assert.That(contract, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("2026-W06 ", StringComparison.Ordinal) && l.EndsWith("25,000.00", StringComparison.Ordinal)), "A000's € 25.000 a week, in February");
        Assert.That(output, Does.Contain("Net Promoter Score\n  " + ReportWords.Say(en.PerCadence, new("target", "45 NPS"), new("cadence", "quarter")) + "; " + ReportWords.Say(en.FromUnit, new("aggregate", "average"), new("unit", "NPS")) + "\n  " + en.SameEveryPeriod));
    }

    /// <summary>A Dutch chart's targets in Dutch: words, periods and amounts, the column wide enough for "week 53 van 2026".</summary>
    [Test]
    public void Targets_of_a_Dutch_chart_speak_Dutch()
    {
        var nl = ReportWords.Dutch;
        var (exit, output, _) = PaceTool.Run("targets", Acme);
        Assert.That(exit, Is.EqualTo(0));
        var lines = output.Split('\n');
        Assert.That(lines[0], Is.EqualTo(ReportWords.Say(nl.TargetsFor, new("organisation", "Acme Software B.V."), new("year", "2026"), new("by", "week"))).And.EqualTo("Acme Software B.V. — doelen voor 2026, per week"));
        var contract = lines.SkipWhile(l => !l.EndsWith("· Getekende contractwaarde", StringComparison.Ordinal)).Take(40).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(contract[1], Is.EqualTo("  " + ReportWords.Say(nl.PerCadence, new("target", "€ 300.000"), new("cadence", "kwartaal")) + "; " + ReportWords.Say(nl.FromUnit, new("aggregate", "sum"), new("unit", "EUR"))));
            Assert.That(contract[2], Does.StartWith("  " + nl.Columns[0].PadRight(nl.PeriodWidth) + nl.Columns[1]));
            Assert.That(contract[3], Does.StartWith("  2026 ").And.EndWith("1.200.000,00"));
            Assert.That(contract, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("week 5 van 2026 (6/7) ", StringComparison.Ordinal) && l.EndsWith("19.354,84", StringComparison.Ordinal)));
            Assert.That(contract, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("februari 2026 ", StringComparison.Ordinal)));
            Assert.That(contract, Has.Some.Matches<string>(l => l.TrimStart().StartsWith("Q1 2026 ", StringComparison.Ordinal)));
            Assert.That(output, Does.Not.Match(@"\d{4}-W\d{2}|\d{4}-Q\d"), "no file keys in Dutch text");
            Assert.That(output, Does.Contain("Net Promoter Score\n  " + ReportWords.Say(nl.PerCadence, new("target", "45 NPS"), new("cadence", "kwartaal")) + "; " + ReportWords.Say(nl.FromUnit, new("aggregate", "average"), new("unit", "NPS")) + "\n  " + nl.SameEveryPeriod));
        });

        // The amounts line up in one column, however long the Dutch period.
        var rows = contract.Skip(3).TakeWhile(l => l.Length > 0).ToList();
        Assert.That(rows.Select(l => l.Length).Distinct(), Has.Exactly(1).Items, "every row as wide as the first");
        Assert.That(PaceTool.Run("targets", Acme, "--format", "csv").Out, Is.EqualTo(PaceTool.Run("targets", Acme, "--format", "csv", "--lang", "nl").Out).And.StartWith("process number,"));
    }

    [Test]
    public void Targets_csv_and_json_by_month_add_up_to_the_cent()
    {
        var csv = PaceTool.Run("targets", Acme, "--by", "month", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(csv[0], Is.EqualTo("process number,process,kpi,unit,aggregate,level,period,first day,last day,days,target"));
        var leads = csv.Skip(1).Select(l => l.Split(',')).Where(c => c[2] == "Gekwalificeerde leads").ToList();
        var year = decimal.Parse(leads.Single(c => c[5] == "year")[10], CultureInfo.InvariantCulture);
        Assert.That(leads.Where(c => c[5] == "month").Sum(c => decimal.Parse(c[10], CultureInfo.InvariantCulture)), Is.EqualTo(year));
        Assert.That(leads.Where(c => c[5] == "quarter").Sum(c => decimal.Parse(c[10], CultureInfo.InvariantCulture)), Is.EqualTo(year));
        Assert.That(leads, Has.None.Matches<string[]>(c => c[5] == "week"), "--by month stops at months");

        using var doc = JsonDocument.Parse(PaceTool.Run("targets", Acme, "--format", "json", "--year", "2027").Out);
        var kpis = doc.RootElement.GetProperty("kpis");
        Assert.That(doc.RootElement.GetProperty("year").GetInt32(), Is.EqualTo(2027));
        var tree = kpis.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "Getekende contractwaarde").GetProperty("breakdown");
        foreach (var quarter in tree.GetProperty("parts").EnumerateArray())
        {
            foreach (var month in quarter.GetProperty("parts").EnumerateArray())
            {
                Assert.That(month.GetProperty("parts").EnumerateArray().Sum(w => w.GetProperty("target").GetDecimal()), Is.EqualTo(month.GetProperty("target").GetDecimal()));
            }
        }

        Assert.That(kpis.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "Salespipeline").GetProperty("breakdown").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Targets_needs_a_year_it_can_break_down()
    {
        var (exit, _, error) = PaceTool.Run("targets", Acme, "--year", "1");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("pace: --year 1 is outside the calendar"));
        Assert.That(PaceTool.Run("targets", PaceTool.Example("invalid/broken-yaml.pace.yaml")).Exit, Is.EqualTo(1));
    }

    [Test]
    public void Explain_a_chart_says_how_each_kpi_combines_and_stands()
    {
        var en = ReportWords.English;
        var (exit, output, _) = PaceTool.Run("explain", Acme, "--lang", "en");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.StartWith(ReportWords.Say(en.HowPaceReads, new("organisation", "Acme Software B.V."), new("as-of", ReportWords.Say(en.AsOf, new MessageArgument("date", "2026-11-01"))))));
        Assert.That(output, Does.Contain("  Kosten per lead\n    aggregate: " + ReportWords.Say(en.FromName, new("aggregate", "average"), new("word", "per"))));
        Assert.That(output, Does.Contain("    " + ReportWords.Say(en.LatestLine, new("period", "2026-Q4"), new("value", "€110,000"), new("judged", ReportWords.Say(en.AgainstProRata, new("pro-rata", "€100,000"), new("days-passed", 31), new("days", 92), new("target", "€300,000"))), new("status", "green"))));
        Assert.That(output, Does.Contain("    latest: 2026-Q4 €110,000 against €100,000 pro rata (31 of 92 days passed, €300,000 for the whole period): green"));
        Assert.That(output, Does.Contain("    " + ReportWords.Say(en.StaleLine, new("last", "2026-W38"), new("expected", "2026-W43"))));
        Assert.That(PaceTool.Run("explain", "PACE023").Out, Does.StartWith("# PACE023"));
    }

    /// <summary>A Dutch chart is explained in Dutch, its periods and date the Dutch way ("in Q4 2026", "1 november 2026").</summary>
    [Test]
    public void Explain_a_Dutch_chart_speaks_Dutch()
    {
        var nl = ReportWords.Dutch;
        var (exit, output, _) = PaceTool.Run("explain", Acme);
        Assert.That(exit, Is.EqualTo(0));
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.StartWith(ReportWords.Say(nl.HowPaceReads, new("organisation", "Acme Software B.V."), new("as-of", ReportWords.Say(nl.AsOf, new MessageArgument("date", "1 november 2026")))) + "\n"));
            Assert.That(output, Does.Contain("  Kosten per lead\n    aggregate: " + ReportWords.Say(nl.FromName, new("aggregate", "average"), new("word", "per")) + " — " + nl.Holds));
            Assert.That(output, Does.Contain("    " + ReportWords.Say(nl.LatestLine, new("period", "in Q4 2026"), new("value", "€ 110.000"), new("judged", ReportWords.Say(nl.AgainstProRata, new("pro-rata", "€ 100.000"), new("days-passed", 31), new("days", 92), new("target", "€ 300.000"))), new("status", nl.Status(KpiStatus.Green)))));
            Assert.That(output, Does.Contain("    laatste cijfer: € 110.000 in Q4 2026, tegenover € 100.000 naar rato (31 van 92 dagen voorbij, € 300.000 voor de hele periode): groen"));
            Assert.That(output, Does.Contain("    " + ReportWords.Say(nl.StaleLine, new("last", "in week 38 van 2026"), new("expected", "week 43 van 2026"))));
            Assert.That(output, Does.Not.Contain("latest:").And.Not.Contain("against").And.Not.Contain("stale:").And.Not.Contain("inferred"));
            Assert.That(output, Does.Not.Match(@"\d{4}-W\d{2}|\d{4}-Q\d"), "no file keys in Dutch text");
        });
        Assert.That(PaceTool.Run("explain", Acme, "--lang", "en").Out, Does.Contain("latest: 2026-Q4"), "--lang overrides the chart's language");
    }

    [Test]
    public void Report_words_have_a_Dutch_word_for_every_English_one()
    {
        foreach (var property in typeof(ReportWords).GetProperties().Where(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(string[])))
        {
            var en = property.GetValue(ReportWords.English);
            var nl = property.GetValue(ReportWords.Dutch);
            Assert.That(nl, Is.Not.Null.And.Not.Empty, property.Name);
            if (en is string english)
            {
                Assert.That(Placeholders((string)nl!), Is.EqualTo(Placeholders(english)), property.Name + ": the same placeholders");
                Assert.That(english, Does.Not.Match(@"\{\d+\}"), property.Name + ": named placeholders");
            }
            else
            {
                Assert.That(((string[])nl!).Length, Is.EqualTo(((string[])en!).Length), property.Name);
            }
        }

        Assert.That(ReportWords.Dutch.Statuses, Has.Length.EqualTo(Enum.GetValues<KpiStatus>().Length));
        Assert.That(Placeholders(ReportWords.Dutch.LatestLine), Is.EqualTo(new[] { "judged", "period", "status", "value" }));
        Assert.That(ReportWords.Dutch.PeriodWidth, Is.GreaterThanOrEqualTo(6 + "week 53 van 2026 (3/7)".Length + 1), "the deepest week, indented, with its days, and a space");
    }

    /// <summary>The Dutch reports say the glossary's words (docs/glossary.md): "doel", "cijfer", "ritme" — never a word it rejects.</summary>
    [Test]
    public void Report_words_in_Dutch_use_no_word_the_glossary_rejects()
    {
        var rejected = File.ReadLines(RepoFiles.Path("docs", "glossary.md"))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 8 && c[1] is not ("concept" or "---"))
            .SelectMany(c => c[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        Assert.That(rejected, Does.Contain("kaart").And.Contain("meting"));
        var texts = typeof(ReportWords).GetProperties()
            .SelectMany(p => p.GetValue(ReportWords.Dutch) switch { string one => new[] { one }, string[] many => many, _ => Array.Empty<string>() })
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"'[^']*'|\{[a-z][a-z0-9-]*\}", " ")) // quotes and placeholders ({target}) are no Dutch text
            .ToList();
        Assert.That(texts, Has.Some.Contain("doel"));
        Assert.That(
            texts.SelectMany(t => rejected.Where(w => System.Text.RegularExpressions.Regex.IsMatch(t, @"(?<![\p{L}\p{N}])" + System.Text.RegularExpressions.Regex.Escape(w), System.Text.RegularExpressions.RegexOptions.IgnoreCase)).Select(w => $"'{w}' in \"{t}\"")),
            Is.Empty);
    }

    private static string[] Placeholders(string template) =>
        [.. System.Text.RegularExpressions.Regex.Matches(template, @"\{([a-z][a-z0-9-]*)\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
}
