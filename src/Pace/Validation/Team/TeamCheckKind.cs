namespace Pace.Validation;

/// <summary>What a <see cref="TeamCheck"/> requires; each kind's message placeholders are listed with it.</summary>
public enum TeamCheckKind
{
    /// <summary>Every KPI's unit is one of <see cref="TeamCheck.Values"/> (<c>units:</c>). Placeholders: <c>{kpi}</c>, <c>{process}</c>, <c>{unit}</c>, <c>{allowed}</c>.</summary>
    Units,

    /// <summary>
    /// No process, KPI, step or function name contains one of <see cref="TeamCheck.Values"/> as a word, in any case
    /// (<c>forbidden-words:</c>). Placeholders: <c>{name}</c>, <c>{word}</c>.
    /// </summary>
    ForbiddenWords,

    /// <summary>Nobody reports more than <see cref="TeamCheck.Limit"/> KPIs (<c>max-kpis-per-person:</c>). Placeholders: <c>{person}</c>, <c>{count}</c>, <c>{max}</c>.</summary>
    MaxKpisPerPerson,

    /// <summary>
    /// Every process has a KPI of <see cref="TeamCheck.Timing"/> and/or <see cref="TeamCheck.Focus"/>
    /// (<c>process-needs-kpi:</c>). Placeholders: <c>{process}</c>, <c>{kind}</c>.
    /// </summary>
    ProcessNeedsKpi,
}
