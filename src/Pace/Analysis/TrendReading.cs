namespace Pace.Analysis;

/// <summary>A KPI's trend with what it was read from.</summary>
/// <param name="Trend">Rising, falling, flat, or none.</param>
/// <param name="Points">How many actuals for consecutive, finished periods the trend could use (at most the window).</param>
/// <param name="GapBefore">The periods missing before those actuals, when an earlier actual exists: the gap that keeps the trend short.</param>
/// <param name="Improving"><see langword="true"/> when the trend goes the better way, <see langword="false"/> when the worse, <see langword="null"/> when flat or none.</param>
public sealed record TrendReading(Trend Trend, int Points, SeriesGap? GapBefore, bool? Improving);
