using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>Picks the best span for a finding, the same way in every rule: the key's value when written, else the item's name.</summary>
internal static class Locate
{
    /// <summary>The value of <paramref name="key"/> when the mapping has it, else its <c>name</c> value, else the whole mapping.</summary>
    public static SourceSpan? ValueOrName(SourceMap? source, string key) =>
        source is null ? null : source.Has(key) ? source.ValueOf(key) : source.ValueOf("name");

    /// <summary>The <c>kpis</c> key of a process, where findings about its KPI mix point; else the process's name.</summary>
    public static SourceSpan? Kpis(CoreProcess process) =>
        process.Source is not { } s ? null : s.Has("kpis") ? s.KeyOf("kpis") : s.ValueOf("name");

    /// <summary>Where a person is named as the reporter of a KPI: the KPI's own owner, else the process's owner.</summary>
    public static (string Path, SourceSpan? Span) Reporter(KpiAssignment kpi) =>
        kpi.ExplicitOwner
            ? (Paths.Kpi(kpi.ProcessIndex, kpi.KpiIndex) + ".owner", kpi.Kpi.Source?.ValueOf("owner"))
            : (Paths.Process(kpi.ProcessIndex) + ".owner", kpi.Process.Source?.ValueOf("owner"));
}
