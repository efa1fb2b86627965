using System.Globalization;

namespace Pace.Rendering.Rules;

/// <summary>Every text of a chart that is printed, with its model path and where it was written.</summary>
internal static class ChartTexts
{
    /// <summary>The printed texts, in file order.</summary>
    public static IEnumerable<(string Path, SourceSpan? Span, string Text)> Of(Chart chart)
    {
        static string At(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
        static (string, SourceSpan?, string)? Field(string path, SourceMap? source, string key, string? text) =>
            string.IsNullOrEmpty(text) ? null : (path.Length == 0 ? key : path + "." + key, source?.ValueOf(key), text);

        var fields = new List<(string, SourceSpan?, string)?>
        {
            Field(string.Empty, chart.Source, "organization", chart.Organization),
            Field(string.Empty, chart.Source, "title", chart.Title),
        };
        var people = chart.People ?? [];
        for (var i = 0; i < people.Count; i++)
        {
            fields.Add(Field(At("people", i), people[i].Source, "name", people[i].Name ?? people[i].Id));
            fields.Add(Field(At("people", i), people[i].Source, "role", people[i].Role));
        }

        var journey = chart.Journey ?? [];
        for (var i = 0; i < journey.Count; i++)
        {
            // Sequence items have no map of their own: the journey key locates them.
            fields.Add((At("journey", i), chart.Source?.ValueOf("journey"), journey[i]));
        }

        for (var p = 0; p < chart.Processes.Count; p++)
        {
            var process = chart.Processes[p];
            var path = At("processes", p);
            fields.Add(Field(path, process.Source, "name", process.Name));
            fields.Add(Field(path, process.Source, "input", process.Input));
            fields.Add(Field(path, process.Source, "outcome", process.Outcome));
            fields.AddRange(process.Steps.Select((step, i) => string.IsNullOrEmpty(step.Name)
                ? null
                : ((string, SourceSpan?, string)?)(At(path + ".steps", i), step.Source?.ValueOf("name") ?? process.Source?.ValueOf("steps"), step.Name)));
            if (chart.People is null)
            {
                fields.AddRange(process.Owners.Select((owner, i) => ((string, SourceSpan?, string)?)(path + ".owner", process.Source?.ValueOf("owner"), owner)));
            }

            for (var k = 0; k < process.Kpis.Count; k++)
            {
                var kpi = process.Kpis[k];
                fields.Add(Field(At(path + ".kpis", k), kpi.Source, "name", kpi.Name));
                fields.Add(Field(At(path + ".kpis", k), kpi.Source, "unit", kpi.Unit));
            }
        }

        // The FACe page prints each seat's name, its indicators and its outcomes.
        var functions = chart.Functions ?? [];
        for (var f = 0; f < functions.Count; f++)
        {
            var function = functions[f];
            var path = At("functions", f);
            fields.Add(Field(path, function.Source, "name", function.Name));
            fields.AddRange(function.Outcomes.Select((outcome, i) => ((string, SourceSpan?, string)?)(At(path + ".outcomes", i), function.Source?.ValueOf("outcomes"), outcome)));
            for (var k = 0; k < function.Kpis.Count; k++)
            {
                fields.Add(Field(At(path + ".kpis", k), function.Kpis[k].Source, "name", function.Kpis[k].Name));
                fields.Add(Field(At(path + ".kpis", k), function.Kpis[k].Source, "unit", function.Kpis[k].Unit));
            }
        }

        return fields.Where(f => f is not null).Select(f => f!.Value);
    }
}
