namespace Pace.Analysis;

/// <summary>
/// Finds the trend of a KPI. A002: "Een trend openbaart zich met zes KPI's" — a trend reveals itself with six
/// points — so with fewer than <see cref="MinimumPoints"/> actuals no trend is claimed. The trend is the
/// least-squares slope through the latest <see cref="MinimumPoints"/> (or a chosen window of) actuals: when the
/// fitted change across the window stays within <see cref="FlatBand"/> of the mean, the KPI is flat.
/// </summary>
/// <remarks>
/// A002 counts "Zes achtereenvolgende maanden": six consecutive periods. Only the latest run of actuals for consecutive
/// periods is read (<see cref="Series.Run(Kpi)"/>); a missing period breaks it, and <see cref="TrendReading.GapBefore"/>
/// says where. Given a chart's date, the latest actual of a flow whose period is still under way is left out: a part
/// of a quarter is no point on the line of whole quarters.
/// </remarks>
public static class TrendAnalysis
{
    /// <summary>The fewest actuals that show a trend: six (A002).</summary>
    public const int MinimumPoints = 6;

    /// <summary>
    /// The flat band: a fitted change across the whole window of at most 2.5 % of the window's mean is flat.
    /// (Over six points that is about half a percent a period.) Pace's own choice (A002 says when a trend shows,
    /// not how small a change is no trend): a quarter of the default amber tolerance
    /// (<see cref="StatusCheck.DefaultTolerance"/>), so "flat" never hides a fitted change large enough to turn a KPI
    /// from green to red.
    /// </summary>
    public const decimal FlatBand = 0.025m;

    /// <summary>The trend of a KPI's latest six actuals.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see cref="Trend.None"/> with fewer than six actuals; else rising, falling or flat.</returns>
    public static Trend Of(Kpi kpi) => Of(kpi, MinimumPoints);

    /// <summary>The trend of a KPI's latest actuals over a chosen window.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="window">How many of the latest actuals to fit; at least <see cref="MinimumPoints"/>.</param>
    /// <returns><see cref="Trend.None"/> with fewer than six actuals; else rising, falling or flat.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below six.</exception>
    public static Trend Of(Kpi kpi, int window) => Reading(kpi, null, window).Trend;

    /// <summary>The trend of a KPI's latest actuals as of a date, with the number of points it used and the gap that broke the series.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="asOf">The chart's date; a flow's period still under way on it is left out. <see langword="null"/> to read every actual.</param>
    /// <param name="window">How many of the latest actuals to fit; at least <see cref="MinimumPoints"/>.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below six.</exception>
    public static TrendReading Reading(Kpi kpi, DateOnly? asOf, int window = MinimumPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, MinimumPoints);
        var fitting = Series.Fitting(kpi);
        if (asOf is { } date && fitting.Count > 0 && Calendar.Supports(fitting[^1].Period) && Calendar.IsRunning(fitting[^1].Period, date)
            && KpiAggregate.IsSummable(kpi))
        {
            fitting = [.. fitting.Take(fitting.Count - 1)];
        }

        var run = Series.Run(fitting);
        var values = run.Actuals.Select(a => a.Value).ToList();
        var trend = Of(values.Count > window ? values[^window..] : values);
        bool? improving = trend switch
        {
            Trend.Rising => kpi.EffectiveBetter == Direction.Higher,
            Trend.Falling => kpi.EffectiveBetter == Direction.Lower,
            _ => null,
        };
        return new TrendReading(trend, Math.Min(values.Count, window), run.GapBefore, improving);
    }

    /// <summary>The trend of a series of values, oldest first, all of which are fitted.</summary>
    /// <param name="values">The values, for consecutive periods.</param>
    /// <returns><see cref="Trend.None"/> with fewer than six values; else rising, falling or flat.</returns>
    public static Trend Of(IReadOnlyList<decimal> values)
    {
        if (values.Count < MinimumPoints)
        {
            return Trend.None;
        }

        // In double: a trend is a judgement, not an amount, and decimal sums overflow for values near its limits.
        var points = values.Select(v => (double)v).ToList();
        var change = SlopeOf(points) * (points.Count - 1);
        var band = (double)FlatBand * Math.Abs(points.Average());
        if (Math.Abs(change) <= band)
        {
            return Trend.Flat;
        }

        return change > 0 ? Trend.Rising : Trend.Falling;
    }

    /// <summary>Whether a KPI's trend goes the good way, given which way it is better.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see langword="true"/> when improving, <see langword="false"/> when worsening, <see langword="null"/> when flat or without a trend.</returns>
    public static bool? IsImproving(Kpi kpi) => Reading(kpi, null).Improving;

    /// <summary>The least-squares slope of equally spaced values, per step.</summary>
    /// <param name="values">At least two values.</param>
    /// <returns>The slope.</returns>
    /// <exception cref="ArgumentException">Fewer than two values.</exception>
    public static decimal Slope(IReadOnlyList<decimal> values)
    {
        if (values.Count < 2)
        {
            throw new ArgumentException("A slope needs at least two values.", nameof(values));
        }

        try
        {
            var n = values.Count;
            var meanX = (n - 1) / 2m;
            var meanY = values.Average();
            decimal covariance = 0, variance = 0;
            for (var i = 0; i < n; i++)
            {
                var dx = i - meanX;
                covariance += dx * (values[i] - meanY);
                variance += dx * dx;
            }

            return covariance / variance;
        }
        catch (OverflowException)
        {
            var slope = SlopeOf([.. values.Select(v => (double)v)]);
            return slope >= (double)decimal.MaxValue ? decimal.MaxValue : slope <= (double)decimal.MinValue ? decimal.MinValue : (decimal)slope;
        }
    }

    private static double SlopeOf(List<double> values)
    {
        var n = values.Count;
        var meanX = (n - 1) / 2.0;
        var meanY = values.Average();
        double covariance = 0, variance = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = i - meanX;
            covariance += dx * (values[i] - meanY);
            variance += dx * dx;
        }

        return covariance / variance;
    }
}
