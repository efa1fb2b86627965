namespace Pace.Analysis;

/// <summary>
/// What one person carries on a chart: the core processes they own, the KPIs they report, the FACe seats they hold
/// and the process steps they take part in. A KPI is reported by
/// its own <see cref="Kpi.Owner"/>, else by its process's single owner; a KPI of a process with no owner or
/// several owners, and no owner of its own, is reported by nobody.
/// </summary>
/// <remarks>A001: every person reports "drie, vier KPI's" (a handful), "in ieder geval 1 tot 2" of them leading.</remarks>
public sealed record PersonLoad
{
    /// <summary>The person as owners name them: a roster id, or a plain name on a chart without a roster.</summary>
    public required string Id { get; init; }

    /// <summary>The roster entry, when the chart has one that lists this id.</summary>
    public Person? Person { get; init; }

    /// <summary>The name to show: the roster name, else the id.</summary>
    public string DisplayName => Person?.Name ?? Id;

    /// <summary>Indexes of the processes this person owns, in chart order.</summary>
    public IReadOnlyList<int> OwnedProcesses { get; init => field = ValueList<int>.From(value); } = ValueList<int>.Empty;

    /// <summary>The KPIs this person reports, in chart order.</summary>
    public IReadOnlyList<KpiAssignment> ReportedKpis { get; init => field = ValueList<KpiAssignment>.From(value); } = ValueList<KpiAssignment>.Empty;

    /// <summary>Indexes of the functions (FACe seats) this person is named owner of, in chart order.</summary>
    public IReadOnlyList<int> Seats { get; init => field = ValueList<int>.From(value); } = ValueList<int>.Empty;

    /// <summary>The process steps this person takes part in, as (process index, step index), in chart order.</summary>
    public IReadOnlyList<StepPlace> Steps { get; init => field = ValueList<StepPlace>.From(value); } = ValueList<StepPlace>.Empty;

    /// <summary>The reported KPIs marked <c>timing: leading</c>.</summary>
    public IReadOnlyList<KpiAssignment> LeadingKpis => [.. ReportedKpis.Where(k => k.Kpi.Timing == Timing.Leading)];

    /// <summary>
    /// The load of everyone on a chart: first the roster, in its order (also people who carry nothing), then
    /// anyone else named as an owner (of a function, then of a process) or in a step, in order of first mention.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>One load per person.</returns>
    public static IReadOnlyList<PersonLoad> Of(Chart chart)
    {
        var order = new List<string>();
        var owned = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var reported = new Dictionary<string, List<KpiAssignment>>(StringComparer.Ordinal);
        var seats = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var steps = new Dictionary<string, List<StepPlace>>(StringComparer.Ordinal);

        void Meet(string id)
        {
            if (!owned.ContainsKey(id))
            {
                order.Add(id);
                owned[id] = [];
                reported[id] = [];
                seats[id] = [];
                steps[id] = [];
            }
        }

        // The roster entry of an id as Chart.FindPerson finds it (the first with exactly that id), looked up once
        // per person here instead of a roster walk for each.
        var roster = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in chart.People ?? [])
        {
            if (person.Id is { } written)
            {
                roster.TryAdd(written, person);
            }

            if (Clean(person.Id) is { } id)
            {
                Meet(id);
            }
        }

        var functions = chart.Functions ?? [];
        for (var f = 0; f < functions.Count; f++)
        {
            foreach (var owner in functions[f].Owners.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                Meet(owner);
                seats[owner].Add(f);
            }
        }

        for (var p = 0; p < chart.Processes.Count; p++)
        {
            var process = chart.Processes[p];
            var owners = process.Owners.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            foreach (var owner in owners)
            {
                Meet(owner);
                owned[owner].Add(p);
            }

            var processOwner = owners.Count == 1 ? owners[0] : null;
            for (var k = 0; k < process.Kpis.Count; k++)
            {
                var kpi = process.Kpis[k];
                var own = Clean(kpi.Owner);
                if ((own ?? processOwner) is { } reporter)
                {
                    Meet(reporter);
                    reported[reporter].Add(new KpiAssignment(p, k, process, kpi, own is not null));
                }
            }

            for (var s = 0; s < process.Steps.Count; s++)
            {
                foreach (var person in process.Steps[s].People.Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    Meet(person);
                    steps[person].Add(new StepPlace(p, s));
                }
            }
        }

        return [.. order.Select(id => new PersonLoad
        {
            Id = id,
            Person = roster.GetValueOrDefault(id),
            OwnedProcesses = owned[id],
            ReportedKpis = reported[id],
            Seats = seats[id],
            Steps = steps[id],
        })];
    }

    private static string? Clean(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
