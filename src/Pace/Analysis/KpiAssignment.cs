namespace Pace.Analysis;

/// <summary>A KPI someone reports, with where it stands in the chart.</summary>
/// <param name="ProcessIndex">The index of the process in <see cref="Chart.Processes"/>.</param>
/// <param name="KpiIndex">The index of the KPI in <see cref="CoreProcess.Kpis"/>.</param>
/// <param name="Process">The process.</param>
/// <param name="Kpi">The KPI.</param>
/// <param name="ExplicitOwner">
/// <see langword="true"/> when the KPI names its own <c>owner</c>; <see langword="false"/> when it falls to the process owner.
/// </param>
public sealed record KpiAssignment(int ProcessIndex, int KpiIndex, CoreProcess Process, Kpi Kpi, bool ExplicitOwner);
