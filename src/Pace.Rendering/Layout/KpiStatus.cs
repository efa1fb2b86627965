using Pace.Model;

namespace Pace.Rendering.Layout;

/// <summary>Where a KPI's latest actual stands against its target.</summary>
internal enum Status
{
    /// <summary>Target met.</summary>
    Green,

    /// <summary>Missed, but within the tolerance.</summary>
    Amber,

    /// <summary>Missed by more than the tolerance.</summary>
    Red,
}

/// <summary>The direction of a KPI's recent actuals.</summary>
internal enum Trend
{
    /// <summary>Going up.</summary>
    Rising,

    /// <summary>Going down.</summary>
    Falling,

    /// <summary>Neither, within noise.</summary>
    Flat,
}

/// <summary>
/// Status and trend of a KPI, as the chart shows them. Kept small and isolated on purpose: the Analysis API in
/// <c>Pace</c> will own these rules, and this class is the one place to swap for it.
/// </summary>
internal static class KpiStatus
{
    /// <summary>The tolerance when a KPI gives none: 10 % of the target.</summary>
    public const decimal DefaultTolerance = 0.10m;

    /// <summary>Trends are claimed only from this many actuals on (seed 002).</summary>
    public const int TrendMinimum = 6;

    /// <summary>A change smaller than this share of the level, over the whole series, counts as flat.</summary>
    private const double FlatShare = 0.02;

    /// <summary>The latest actual, by period.</summary>
    public static Actual? Latest(Kpi kpi) => kpi.Actuals.Count == 0 ? null : kpi.Actuals.MaxBy(a => a.Period);

    /// <summary>
    /// Green when the latest actual meets the target (honouring <see cref="Kpi.Better"/>); amber when it misses by
    /// at most the tolerance (edges included); red otherwise. <see langword="null"/> without a target or actuals.
    /// </summary>
    public static Status? Of(Kpi kpi)
    {
        if (kpi.Target is not { } target || Latest(kpi) is not { } latest)
        {
            return null;
        }

        var band = Math.Abs(target) * Math.Max(0, kpi.Tolerance ?? DefaultTolerance);
        var shortfall = kpi.EffectiveBetter == Direction.Lower ? latest.Value - target : target - latest.Value;
        return shortfall <= 0 ? Status.Green : shortfall <= band ? Status.Amber : Status.Red;
    }

    /// <summary>
    /// The trend of the actuals in period order: the least-squares slope over the whole series, called flat when
    /// it moves the level by less than 2 %. <see langword="null"/> with fewer than six actuals.
    /// </summary>
    public static Trend? TrendOf(Kpi kpi)
    {
        if (kpi.Actuals.Count < TrendMinimum)
        {
            return null;
        }

        var values = kpi.Actuals.OrderBy(a => a.Period).Select(a => (double)a.Value).ToArray();
        var n = values.Length;
        var meanX = (n - 1) / 2.0;
        var meanY = values.Average();
        double num = 0, den = 0;
        for (var i = 0; i < n; i++)
        {
            num += (i - meanX) * (values[i] - meanY);
            den += (i - meanX) * (i - meanX);
        }

        var change = num / den * (n - 1);
        var level = Math.Max(Math.Abs(meanY), kpi.Target is { } t ? Math.Abs((double)t) : 0);
        if (level == 0 || Math.Abs(change) < level * FlatShare)
        {
            return Trend.Flat;
        }

        return change > 0 ? Trend.Rising : Trend.Falling;
    }
}
