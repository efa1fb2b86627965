namespace Pace;

/// <summary>
/// The changes people make to a chart between two weekly meetings, one call each: set a KPI's target, record an
/// actual, rename a person, add a process — and, for any other change, edit one process or one KPI with a
/// <c>with</c> expression. Charts are immutable: every method returns a new chart and leaves the old one as it was.
/// </summary>
/// <remarks>
/// <para>
/// Processes and KPIs are found by their names as written, compared exactly (ordinal). A name that matches nothing,
/// or more than one process or KPI (a chart with duplicate names, PACE004/PACE006), throws
/// <see cref="ArgumentException"/>: an edit does not guess.
/// </para>
/// <para>
/// The parts an edit does not touch are kept as they are, including where they were written, so
/// <c>ChartWriter</c> writes a chart read from a file back with only the edited values changed.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var next = chart
///     .WithKpiTarget("Van lead naar deal", "Salespipeline", 950_000)
///     .WithActual("Van lead naar deal", "Salespipeline", Period.Week(2026, 44), 720_000);
/// </code>
/// </example>
public static class ChartEdits
{
    /// <summary>Sets the target of one KPI.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="process">The name of the KPI's process.</param>
    /// <param name="kpi">The KPI's name.</param>
    /// <param name="target">The new target per cadence period, or <see langword="null"/> for none.</param>
    /// <returns>The chart with the new target.</returns>
    /// <exception cref="ArgumentException">No process or KPI, or more than one, has the name.</exception>
    public static Chart WithKpiTarget(this Chart chart, string process, string kpi, decimal? target) =>
        chart.WithKpi(process, kpi, k => k with { Target = target });

    /// <summary>
    /// Records an actual: replaces the value of the KPI's actual for the same period, or adds one, before the first
    /// actual of a later period, so actuals written oldest first stay so.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="process">The name of the KPI's process.</param>
    /// <param name="kpi">The KPI's name.</param>
    /// <param name="period">The period measured.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chart with the actual.</returns>
    /// <exception cref="ArgumentException">No process or KPI, or more than one, has the name.</exception>
    public static Chart WithActual(this Chart chart, string process, string kpi, Period period, decimal value) =>
        chart.WithKpi(process, kpi, k =>
        {
            var actuals = k.Actuals.ToList();
            var same = actuals.FindIndex(a => a.Period == period);
            if (same >= 0)
            {
                actuals[same] = actuals[same] with { Value = value };
            }
            else
            {
                var later = actuals.FindIndex(a => a.Period > period);
                actuals.Insert(later < 0 ? actuals.Count : later, new Actual(period, value));
            }

            return k with { Actuals = actuals };
        });

    /// <summary>
    /// Gives a person another id: their roster entry, and every process owner and KPI owner that names them. On a chart
    /// without a roster, owners are plain names, and those are renamed.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="id">The id (or, without a roster, the name) as owners write it now.</param>
    /// <param name="newId">The new id.</param>
    /// <returns>The chart with the person renamed.</returns>
    /// <exception cref="ArgumentException">
    /// Nobody on the roster or among the owners has <paramref name="id"/>, or the roster already has <paramref name="newId"/>.
    /// </exception>
    public static Chart WithPersonRenamed(this Chart chart, string id, string newId)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(newId);
        bool Named(string? owner) => string.Equals(owner, id, StringComparison.Ordinal);
        var known = chart.FindPerson(id) is not null
            || chart.Processes.Any(p => p.Owners.Any(Named) || p.Kpis.Any(k => Named(k.Owner)) || p.Steps.Any(s => s.People.Any(Named)))
            || (chart.Functions ?? []).Any(f => f.Owners.Any(Named));
        if (!known)
        {
            throw new ArgumentException($"Nobody on the chart has the id '{id}'.", nameof(id));
        }

        if (chart.FindPerson(newId) is not null && !string.Equals(id, newId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The roster already has someone with the id '{newId}'.", nameof(newId));
        }

        return chart with
        {
            People = chart.People?.Select(p => Named(p.Id) ? p with { Id = newId } : p).ToList(),
            Functions = chart.Functions?.Select(f => f.Owners.Any(Named) ? f with { Owners = [.. f.Owners.Select(o => Named(o) ? newId : o)] } : f).ToList(),
            Processes = [.. chart.Processes.Select(p => p.Owners.Any(Named) || p.Kpis.Any(k => Named(k.Owner)) || p.Steps.Any(s => s.People.Any(Named))
                ? p with
                {
                    Owners = [.. p.Owners.Select(o => Named(o) ? newId : o)],
                    Kpis = [.. p.Kpis.Select(k => Named(k.Owner) ? k with { Owner = newId } : k)],
                    Steps = [.. p.Steps.Select(s => s.People.Any(Named) ? s with { People = [.. s.People.Select(x => Named(x) ? newId : x)] } : s)],
                }
                : p)],
        };
    }

    /// <summary>Adds a core process after the others (processes are in customer-journey order).</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="process">The process, e.g. from <see cref="ProcessBuilder"/> or an object initialiser.</param>
    /// <returns>The chart with the process added.</returns>
    public static Chart WithProcessAdded(this Chart chart, CoreProcess process)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(process);
        return chart with { Processes = [.. chart.Processes, process] };
    }

    /// <summary>Changes one process, e.g. <c>chart.WithProcess("Van lead naar deal", p => p with { Input = "Leads" })</c>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="process">The process's name.</param>
    /// <param name="edit">Makes the new process from the old one.</param>
    /// <returns>The chart with the process changed.</returns>
    /// <exception cref="ArgumentException">No process, or more than one, has the name.</exception>
    public static Chart WithProcess(this Chart chart, string process, Func<CoreProcess, CoreProcess> edit)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(edit);
        var index = IndexOf(chart.Processes, p => p.Name, process, "process", nameof(process));
        return chart with { Processes = [.. chart.Processes.Select((p, i) => i == index ? edit(p) : p)] };
    }

    /// <summary>Changes one FACe seat, e.g. <c>chart.WithFunction("Verkoop", f => f with { Owners = ["eva"] })</c>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="function">The function's name.</param>
    /// <param name="edit">Makes the new function from the old one.</param>
    /// <returns>The chart with the function changed.</returns>
    /// <exception cref="ArgumentException">No function, or more than one, has the name.</exception>
    public static Chart WithFunction(this Chart chart, string function, Func<Function, Function> edit)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(edit);
        var functions = chart.Functions ?? [];
        var index = IndexOf(functions, f => f.Name, function, "function", nameof(function));
        return chart with { Functions = [.. functions.Select((f, i) => i == index ? edit(f) : f)] };
    }

    /// <summary>Adds a FACe seat after the others (a PACe-only chart gets its first).</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="function">The function, e.g. from an object initialiser.</param>
    /// <returns>The chart with the function added.</returns>
    public static Chart WithFunctionAdded(this Chart chart, Function function)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(function);
        return chart with { Functions = [.. chart.Functions ?? [], function] };
    }

    /// <summary>Changes one KPI, e.g. <c>chart.WithKpi("Van lead naar deal", "Salespipeline", k => k with { Unit = "EUR" })</c>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="process">The name of the KPI's process.</param>
    /// <param name="kpi">The KPI's name.</param>
    /// <param name="edit">Makes the new KPI from the old one.</param>
    /// <returns>The chart with the KPI changed.</returns>
    /// <exception cref="ArgumentException">No process or KPI, or more than one, has the name.</exception>
    public static Chart WithKpi(this Chart chart, string process, string kpi, Func<Kpi, Kpi> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return chart.WithProcess(process, p =>
        {
            var index = IndexOf(p.Kpis, k => k.Name, kpi, $"KPI in '{process}'", nameof(kpi));
            return p with { Kpis = [.. p.Kpis.Select((k, i) => i == index ? edit(k) : k)] };
        });
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string?> nameOf, string name, string what, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        var found = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(nameOf(items[i]), name, StringComparison.Ordinal))
            {
                if (found >= 0)
                {
                    throw new ArgumentException($"More than one {what} is named '{name}'.", parameter);
                }

                found = i;
            }
        }

        return found >= 0 ? found : throw new ArgumentException($"There is no {what} named '{name}'.", parameter);
    }
}
