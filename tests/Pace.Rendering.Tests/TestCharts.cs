using System.Text;
using Pace.Yaml;

namespace Pace.Rendering.Tests;

/// <summary>Charts for tests: the examples as shipped, and generated charts with awkward text.</summary>
internal static class TestCharts
{
    /// <summary>The example charts every snapshot and content test covers.</summary>
    public static readonly string[] Examples = ["acme-software", "technical-wholesaler", "brightleaf-foods"];

    /// <summary>Loads an example by name (copied beside the tests by the project file).</summary>
    public static Chart Example(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", name + ".pace.yaml");
        var result = ChartReader.ReadFile(path);
        Assert.That(result.Chart, Is.Not.Null, () => string.Join("\n", result.Diagnostics));
        return result.Chart!;
    }

    /// <summary>A chart checked by the library's pipeline in a chosen language, as the renderer takes it.</summary>
    public static CheckResult Checked(Chart chart, ChartLanguage? language = null) =>
        new ChartChecker(new CheckOptions { Language = language }).Check(chart);

    /// <summary>An example written into <paramref name="folder"/> with <c>theme.logo: logo.png</c> and checked from there, as pace reads a logo.</summary>
    public static CheckResult CheckedWithLogo(string example, string folder)
    {
        var path = Path.Combine(folder, "chart.pace.yaml");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", example + ".pace.yaml")) + "theme:\n  logo: logo.png\n");
        return new ChartChecker().CheckFile(path);
    }

    /// <summary>A valid chart with the given number of processes and generated texts of 1 to <paramref name="maxLength"/> characters.</summary>
    public static Chart Generated(int seed, int processes, int maxLength, bool exotic = false)
    {
        var random = new Random(seed);
        string Text() => RandomText(random, random.Next(1, maxLength + 1), exotic);
        var people = Enumerable.Range(0, processes).Select(i => new Person { Id = "p" + i, Name = Text(), Role = Text() }).ToList();
        return new Chart
        {
            FormatVersion = 1,
            Organization = Text(),
            Title = Text(),
            Date = new DateOnly(2026, 11, 1),
            Language = random.Next(2) == 0 ? ChartLanguage.English : ChartLanguage.Dutch,
            People = people,
            Journey = [.. Enumerable.Range(0, random.Next(0, 7)).Select(_ => Text())],
            Processes = [.. Enumerable.Range(0, processes).Select(i => new CoreProcess
            {
                Name = Text(),
                Input = Text(),
                Outcome = Text(),
                Owners = ["p" + i],
                Kpis = [.. Enumerable.Range(0, 3).Select(k => GeneratedKpi(random, Text(), k))],
            })],
        };
    }

    private static Kpi GeneratedKpi(Random random, string name, int slot)
    {
        var cadence = (Cadence)random.Next(5);
        var actuals = random.Next(3) == 0
            ? []
            : Enumerable.Range(1, random.Next(1, 12)).Select(w => new Actual(Period.Week(2026, w), random.Next(0, 2_000_000) / 100m)).ToList();
        return new Kpi
        {
            Name = name,
            Unit = random.Next(4) switch { 0 => "EUR", 1 => "%", 2 => null, _ => "leads" },
            Target = random.Next(5) == 0 ? null : random.Next(1, 50_000_000) / 10m,
            Better = random.Next(2) == 0 ? Direction.Higher : Direction.Lower,
            Cadence = cadence,
            Timing = (Timing)random.Next(2),
            Focus = (Focus)random.Next(2),
            Nature = (Nature)random.Next(2),
            Dimension = (Dimension)slot,
            Actuals = actuals,
        };
    }

    /// <summary>Words of random length; long unbroken words now and then; with <paramref name="exotic"/>, RTL, emoji and controls too.</summary>
    public static string RandomText(Random random, int length, bool exotic)
    {
        const string latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïöüĳ€0123456789";
        string[] odd = ["\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\U0001F680", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\u0007", "\r\n", "\t", "\u202E", "e\u0301", "\u4E2D\u6587", "\uFFFD"];
        var sb = new StringBuilder();
        while (sb.Length < length)
        {
            if (exotic && random.Next(6) == 0)
            {
                sb.Append(odd[random.Next(odd.Length)]);
            }
            else
            {
                var word = random.Next(10) == 0 ? random.Next(20, 60) : random.Next(1, 12);
                for (var i = 0; i < word; i++)
                {
                    sb.Append(latin[random.Next(latin.Length)]);
                }
            }

            sb.Append(' ');
        }

        return sb.ToString(0, length);
    }
}
