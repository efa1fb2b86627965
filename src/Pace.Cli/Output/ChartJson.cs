using System.Globalization;
using System.Text;
using System.Text.Json;
using Pace.Analysis;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// <c>pace export --format json</c>: the chart for a program — typed values (numbers as numbers, periods and days as
/// ISO strings) and, per KPI, how it stands as of the chart's date (<see cref="KpiStanding"/>): its actuals with their
/// status, the latest period to date, trend, misses in a row, stale number and the breakdown of its target over the
/// year. A chart with a FACe (<see cref="FaceTable.Applies"/>) also gets its <c>functions</c> and each process its
/// <c>steps</c> (<see cref="FaceJson"/>). The shape is <c>schema/pace.export.schema.json</c>, documented in <c>docs/cli.md</c>.
/// </summary>
internal static class ChartJson
{
    /// <summary>The version of this shape; it grows only by new fields.</summary>
    public const int Version = 1;

    /// <summary>One chart's object, or with several charts an array of them, each naming its <c>file</c> (the path as given).</summary>
    public static void Write(TextWriter output, IReadOnlyList<(string Path, Chart Chart)> charts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            if (charts.Count > 1)
            {
                json.WriteStartArray();
            }

            foreach (var (path, chart) in charts)
            {
                Write(json, chart, charts.Count > 1 ? path : null);
            }

            if (charts.Count > 1)
            {
                json.WriteEndArray();
            }
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Write(Utf8JsonWriter json, Chart chart, string? file)
    {
        var year = TargetTable.YearOf(chart) is { } y and > 1 and < 9999 ? y : (int?)null;

        // The FACe's keys only for a chart that has one, so a PACe-only chart exports byte for byte as before.
        var face = FaceTable.Applies(chart);
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            if (file is not null)
            {
                json.WriteString("file", file);
            }

            json.WriteString("organization", chart.Organization);
            json.WriteString("title", chart.Title);
            json.WriteString("date", chart.Date is { } date ? Day(date) : null);
            json.WriteString("language", chart.Language?.Code ?? ChartLanguage.English.Code);
            if (year is { } by)
            {
                json.WriteNumber("breakdownYear", by);
            }
            else
            {
                json.WriteNull("breakdownYear");
            }

            json.WriteStartArray("processes");
            for (var i = 0; i < chart.Processes.Count; i++)
            {
                var process = chart.Processes[i];
                json.WriteStartObject();
                json.WriteNumber("number", i + 1);
                json.WriteString("name", process.Name);
                json.WriteString("input", process.Input);
                json.WriteString("outcome", process.Outcome);
                Texts(json, "owners", process.Owners);
                json.WriteStartArray("kpis");
                foreach (var kpi in process.Kpis)
                {
                    WriteKpi(json, chart, kpi, kpi.Owner ?? process.Owner, year);
                }

                json.WriteEndArray();
                if (face)
                {
                    FaceJson.WriteSteps(json, chart, process, year);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (face)
            {
                FaceJson.WriteFunctions(json, chart, year);
            }

            json.WriteEndObject();
        }
    }

    /// <summary>
    /// One KPI object: a process's, a function's leading indicator or a step's, all in the same shape; the reporter is
    /// the KPI's own <c>owner</c>, else the one owner of what it measures (the caller knows which).
    /// </summary>
    public static void WriteKpi(Utf8JsonWriter json, Chart chart, Kpi kpi, string? reporter, int? year)
    {
        var standing = KpiStanding.Of(kpi, chart.Date);
        json.WriteStartObject();
        json.WriteString("name", kpi.Name);
        json.WriteString("unit", kpi.Unit);
        Number(json, "target", kpi.Target);
        json.WriteString("better", KpiWords.Name(kpi.EffectiveBetter));
        Word(json, "cadence", kpi.Cadence);
        json.WriteStartObject("aggregate");
        json.WriteString("value", KpiWords.Name(standing.Aggregate.Aggregate));
        json.WriteString("basis", KpiWords.Name(standing.Aggregate.Basis));
        json.WriteString("word", standing.Aggregate.Word);
        json.WriteEndObject();
        Word(json, "timing", kpi.Timing);
        Word(json, "focus", kpi.Focus);
        Word(json, "speed", kpi.EffectiveSpeed);
        Word(json, "nature", kpi.Nature);
        Word(json, "level", kpi.Level);
        Word(json, "dimension", kpi.Dimension);
        json.WriteString("reporter", reporter);
        json.WriteStartObject("thresholds");
        json.WriteNumber("tolerance", StatusCheck.ToleranceOf(kpi));
        Number(json, "red", kpi.Red);
        Number(json, "green", kpi.Green ?? kpi.Target);
        Number(json, "super", kpi.Super);
        json.WriteEndObject();

        json.WriteStartArray("actuals");
        foreach (var actual in kpi.Actuals.OrderBy(a => a.Period))
        {
            var fits = standing.Unfitting.All(u => !ReferenceEquals(u, actual));
            json.WriteStartObject();
            Period(json, actual.Period);
            json.WriteNumber("value", actual.Value);
            json.WriteBoolean("fitsCadence", fits);
            json.WriteString("status", fits ? Status(PeriodToDate.Of(kpi, actual, chart.Date).Status) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("status", Status(standing.Status));
        WritePeriodToDate(json, standing.Latest);
        WriteTrend(json, standing.Trend);
        json.WriteStartObject("streak");
        json.WriteNumber("misses", standing.Misses.Count);
        json.WriteString("first", standing.Misses.Count > 0 ? standing.Misses[0].Period.ToString() : null);
        json.WriteString("last", standing.Misses.Count > 0 ? standing.Misses[^1].Period.ToString() : null);
        json.WriteEndObject();
        if (standing.Stale is { } stale)
        {
            json.WriteStartObject("stale");
            json.WriteString("lastReported", stale.LastReported.ToString());
            json.WriteString("expected", stale.Expected.ToString());
            json.WriteNumber("missing", stale.Missing);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("stale");
        }

        json.WritePropertyName("breakdown");
        TargetTable.WriteNode(json, year is { } y ? TargetBreakdown.Year(kpi, y) : null, TargetLevel.Week, 0);
        json.WriteEndObject();
    }

    /// <summary>An array of texts: ids, names, results.</summary>
    public static void Texts(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WritePeriodToDate(Utf8JsonWriter json, PeriodToDate? latest)
    {
        if (latest is null)
        {
            json.WriteNull("periodToDate");
            return;
        }

        json.WriteStartObject("periodToDate");
        Period(json, latest.Period);
        json.WriteString("asOf", latest.AsOf is { } asOf ? Day(asOf) : null);
        json.WriteNumber("daysPassed", latest.DaysPassed);
        json.WriteNumber("days", latest.Days);
        json.WriteBoolean("running", latest.IsRunning);
        json.WriteBoolean("proRata", latest.ProRata);
        json.WriteNumber("value", latest.Value);
        Number(json, "target", latest.Target);
        Number(json, "wholeTarget", latest.WholeTarget);
        Number(json, "ahead", latest.Ahead);
        json.WriteString("status", Status(latest.Status));
        json.WriteEndObject();
    }

    private static void WriteTrend(Utf8JsonWriter json, TrendReading trend)
    {
        json.WriteStartObject("trend");
        json.WriteString("direction", KpiWords.Name(trend.Trend));
        json.WriteNumber("points", trend.Points);
        if (trend.Improving is { } improving)
        {
            json.WriteBoolean("improving", improving);
        }
        else
        {
            json.WriteNull("improving");
        }

        if (trend.GapBefore is { } gap)
        {
            json.WriteStartObject("gapBefore");
            json.WriteString("first", gap.First.ToString());
            json.WriteString("last", gap.Last.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("gapBefore");
        }

        json.WriteEndObject();
    }

    private static void Period(Utf8JsonWriter json, Period period)
    {
        json.WriteString("period", period.ToString());
        json.WriteString("firstDay", Day(period.Start));
        // Period.End is the day after, except at the calendar's end (9999-12-31), where it is the last day itself.
        json.WriteString("lastDay", Day(period.Length == Cadence.Day ? period.Start : period.End == DateOnly.MaxValue ? period.End : period.End.AddDays(-1)));
    }

    private static string Status(KpiStatus status) => KpiWords.Name(status);

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Word<T>(Utf8JsonWriter json, string name, T? value)
        where T : struct, Enum => json.WriteString(name, value is { } v ? KpiWords.Name(v) : null);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
