using System.Text.Json;

namespace Pace.Cli.Output;

/// <summary>
/// The FACe in <c>pace export --format json</c> (<see cref="ChartJson"/>): the chart's <c>functions</c> — each seat's
/// owners or that it is open, its leading indicators as KPI objects of the same shape as a process's, its results —
/// and a process's <c>steps</c> with who and which functions take part and the step's KPI. People are by id, as a
/// process's <c>owners</c> are.
/// </summary>
internal static class FaceJson
{
    /// <summary>The process's steps in order; a plain-name step has no people, no functions and a null KPI.</summary>
    public static void WriteSteps(Utf8JsonWriter json, Chart chart, CoreProcess process, int? year)
    {
        json.WriteStartArray("steps");
        foreach (var step in process.Steps)
        {
            json.WriteStartObject();
            json.WriteString("name", step.Name);
            ChartJson.Texts(json, "people", step.People);
            ChartJson.Texts(json, "functions", step.Functions);
            if (step.Kpi is { } kpi)
            {
                json.WritePropertyName("kpi");

                // A step's KPI is reported by the process owner unless it names its own, as the chart's format says.
                ChartJson.WriteKpi(json, chart, kpi, kpi.Owner ?? process.Owner, year);
            }
            else
            {
                json.WriteNull("kpi");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The chart's functions in order (an empty array for a chart whose FACe is its steps alone).</summary>
    public static void WriteFunctions(Utf8JsonWriter json, Chart chart, int? year)
    {
        json.WriteStartArray("functions");
        foreach (var function in chart.Functions ?? [])
        {
            json.WriteStartObject();
            json.WriteString("name", function.Name);
            ChartJson.Texts(json, "owners", function.Owners);
            json.WriteBoolean("openSeat", function.Vacant);
            json.WriteStartArray("kpis");
            foreach (var kpi in function.Kpis)
            {
                // The seat's owner reports its leading indicators unless one names its own.
                ChartJson.WriteKpi(json, chart, kpi, kpi.Owner ?? function.Owner, year);
            }

            json.WriteEndArray();
            ChartJson.Texts(json, "outcomes", function.Outcomes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
