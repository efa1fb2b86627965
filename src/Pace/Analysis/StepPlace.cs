namespace Pace.Analysis;

/// <summary>Where a process step stands in a chart.</summary>
/// <param name="ProcessIndex">The index of the process in <see cref="Chart.Processes"/>.</param>
/// <param name="StepIndex">The index of the step in <see cref="CoreProcess.Steps"/>.</param>
public readonly record struct StepPlace(int ProcessIndex, int StepIndex);
