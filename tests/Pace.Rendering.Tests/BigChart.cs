using System.Globalization;
using System.Text;

namespace Pace.Rendering.Tests;

/// <summary>
/// Charts far larger than any team writes (thousands of processes, each KPI with actuals), so that every stage of a
/// check and a render takes long enough to be cancelled in the middle. Also linked into the benchmarks.
/// </summary>
internal static class BigChart
{
    /// <summary>The YAML of a chart with <paramref name="processes"/> processes of three KPIs with <paramref name="actuals"/> weekly actuals each.</summary>
    public static string Yaml(int processes, int actuals)
    {
        var text = new StringBuilder("pace: 1\norganization: Big B.V.\nprocesses:\n");
        for (var p = 0; p < processes; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: Process {p}\n    owner: Owner {p % 40}\n    kpis:\n");
            for (var k = 0; k < 3; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"      - {{name: KPI {k}, unit: EUR, target: {1000 + p}, cadence: week, timing: leading, focus: output, nature: hard, actuals: {{");
                for (var a = 1; a <= actuals; a++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{(a > 1 ? ", " : string.Empty)}2026-W{a:D2}: {900 + a + p}");
                }

                text.Append("}}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The same chart built in code, for the stages after loading.</summary>
    public static Chart Chart(int processes, int actuals) => new()
    {
        FormatVersion = 1,
        Organization = "Big B.V.",
        Processes = [.. Enumerable.Range(0, processes).Select(p => new CoreProcess
        {
            Name = "Process " + p.ToString(CultureInfo.InvariantCulture),
            Owners = ["Owner " + (p % 40).ToString(CultureInfo.InvariantCulture)],
            Kpis = [.. Enumerable.Range(0, 3).Select(k => new Kpi
            {
                Name = "KPI " + k.ToString(CultureInfo.InvariantCulture),
                Unit = "EUR",
                Target = 1000 + p,
                Cadence = Cadence.Week,
                Timing = Timing.Leading,
                Focus = Focus.Output,
                Nature = Nature.Hard,
                Actuals = [.. Enumerable.Range(1, actuals).Select(a => new Actual(Period.Week(2026, a), 900 + a + p))],
            })],
        })],
    };

    /// <summary>Reader limits that let such a chart load (the defaults stop at 4 MB and 100,000 nodes).</summary>
    public static Yaml.ChartReaderOptions Unlimited { get; } = Pace.Yaml.ChartReaderOptions.Default with { MaxInputBytes = 1L << 30, MaxNodes = 100_000_000 };

    /// <summary>A checker for such charts: no limits, and no rules unless given (validating thousands of processes is slow).</summary>
    public static ChartChecker Checker(params Validation.Rule[] rules) =>
        new(new CheckOptions { Limits = Unlimited, Validator = new Validation.ChartValidator(rules) });
}
