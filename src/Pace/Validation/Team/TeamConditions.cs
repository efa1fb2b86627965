using System.Globalization;
using Pace.Localization;
using Pace.Validation.Rules;

namespace Pace.Validation;

/// <summary>The four conditions a team check can require, each reporting with its kind's arguments in order.</summary>
internal static class TeamConditions
{
    public static void Check(TeamCheck check, RuleContext context)
    {
        switch (check.Kind)
        {
            case TeamCheckKind.Units:
                Units(check, context);
                break;
            case TeamCheckKind.ForbiddenWords:
                Words(check, context);
                break;
            case TeamCheckKind.MaxKpisPerPerson:
                KpisPerPerson(check, context);
                break;
            case TeamCheckKind.ProcessNeedsKpi:
                ProcessNeedsKpi(check, context);
                break;
        }
    }

    /// <summary>
    /// What a check requires, as one sentence in a language (<c>TeamRule…</c> in the message tables), for a report's
    /// rule metadata: "Every KPI's unit is one of: EUR, %, days." The team's values are given as they were written.
    /// </summary>
    public static string Describe(TeamCheck check, ChartLanguage language)
    {
        var setting = check.Kind switch
        {
            TeamCheckKind.Units or TeamCheckKind.ForbiddenWords => string.Join(", ", check.Values),
            TeamCheckKind.MaxKpisPerPerson => check.Limit?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            _ => KindWords(check),
        };
        var name = check.Kind switch
        {
            TeamCheckKind.Units or TeamCheckKind.ForbiddenWords => "values",
            TeamCheckKind.MaxKpisPerPerson => "limit",
            _ => "kind",
        };
        return NamedTemplate.Fill(MessageTable.Get(language, "TeamRule" + check.Kind), [new(name, setting)]);
    }

    /// <summary>A process-needs-kpi condition as the configuration wrote it (<c>timing: leading, focus: output</c>): the same words in every language.</summary>
    private static string KindWords(TeamCheck check) =>
        string.Join(", ", new[] { check.Timing is { } t ? "timing: " + t : null, check.Focus is { } f ? "focus: " + f : null }.OfType<string>()).ToLowerInvariant();

    private static void Units(TeamCheck check, RuleContext context)
    {
        var allowed = string.Join(", ", check.Values);
        var processes = context.Chart.Processes;
        for (var p = 0; p < processes.Count; p++)
        {
            for (var k = 0; k < processes[p].Kpis.Count; k++)
            {
                var kpi = processes[p].Kpis[k];
                var unit = kpi.Unit ?? string.Empty;
                if (!check.Values.Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    var span = kpi.Source is { } s && s.Has("unit") ? s.ValueOf("unit") : kpi.Source?.Node;
                    context.Report(Paths.Kpi(p, k) + ".unit", span, new("kpi", Paths.NameOr(kpi.Name, k)), new("process", Paths.NameOr(processes[p].Name, p)), new("unit", unit), new("allowed", allowed));
                }
            }
        }
    }

    private static void Words(TeamCheck check, RuleContext context)
    {
        var matcher = new WordMatcher(check.Values);
        void Look(string? name, string path, SourceSpan? span)
        {
            if (!string.IsNullOrWhiteSpace(name) && matcher.FindIn(WordMatcher.Words(name)) is { } word)
            {
                context.Report(path, span, new("name", name), new("word", word));
            }
        }

        var processes = context.Chart.Processes;
        for (var p = 0; p < processes.Count; p++)
        {
            var process = processes[p];
            Look(process.Name, Paths.Process(p) + ".name", process.Source?.ValueOf("name"));
            for (var k = 0; k < process.Kpis.Count; k++)
            {
                Look(process.Kpis[k].Name, Paths.Kpi(p, k) + ".name", process.Kpis[k].Source?.ValueOf("name"));
            }

            for (var s = 0; s < process.Steps.Count; s++)
            {
                var step = process.Steps[s];
                Look(step.Name, Paths.Step(p, s), step.Source?.ValueOf("name") ?? process.Source?.ValueOf("steps"));
            }
        }

        var functions = context.Chart.Functions ?? [];
        for (var f = 0; f < functions.Count; f++)
        {
            Look(functions[f].Name, Paths.Function(f) + ".name", functions[f].Source?.ValueOf("name"));
        }
    }

    private static void KpisPerPerson(TeamCheck check, RuleContext context)
    {
        var people = context.Chart.People ?? [];
        Dictionary<string, int>? rosterIndex = null;
        foreach (var load in context.Loads)
        {
            if (load.ReportedKpis.Count > check.Limit)
            {
                // Made at the first person over the limit: the index of the first roster entry with each id.
                rosterIndex ??= people.Select((p, i) => (p.Id, i)).Where(x => x.Id is not null).DistinctBy(x => x.Id, StringComparer.Ordinal)
                    .ToDictionary(x => x.Id!, x => x.i, StringComparer.Ordinal);
                var index = rosterIndex.GetValueOrDefault(load.Id, -1);
                var path = index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"people[{index}]") : "processes";
                var span = index >= 0 ? people[index].Source?.Node : context.Chart.Source?.ValueOf("processes");
                context.Report(path, span, new("person", load.DisplayName), new("count", load.ReportedKpis.Count), new("max", check.Limit));
            }
        }
    }

    private static void ProcessNeedsKpi(TeamCheck check, RuleContext context)
    {
        var kind = KindWords(check);
        var processes = context.Chart.Processes;
        for (var p = 0; p < processes.Count; p++)
        {
            var process = processes[p];
            if (!process.Kpis.Any(k => (check.Timing is null || k.Timing == check.Timing) && (check.Focus is null || k.Focus == check.Focus)))
            {
                context.Report(Paths.Process(p) + ".kpis", process.Source?.ValueOf("kpis") ?? process.Source?.Node, new("process", Paths.NameOr(process.Name, p)), new("kind", kind));
            }
        }
    }
}
