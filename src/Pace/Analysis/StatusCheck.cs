namespace Pace.Analysis;

/// <summary>
/// Judges a KPI's status: green when its latest actual meets the target, amber when it misses by no more than the
/// tolerance (<see cref="Kpi.Tolerance"/>, else <see cref="DefaultTolerance"/> of the target), red beyond that.
/// Which side is a miss follows <see cref="Kpi.EffectiveBetter"/>: below target for higher-is-better KPIs,
/// above target for lower-is-better KPIs. Values exactly on the tolerance edge are amber.
/// </summary>
public static class StatusCheck
{
    /// <summary>
    /// The tolerance when a KPI sets none: 10 % of the target. Pace's own choice (no source names one), wide
    /// enough that ordinary variation from one period to the next stays amber instead of raising PACE018.
    /// </summary>
    public const decimal DefaultTolerance = 0.10m;

    /// <summary>The status of a KPI from its latest actual.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see cref="KpiStatus.Unknown"/> without a target or actuals; else the status of the latest actual.</returns>
    public static KpiStatus Of(Kpi kpi) =>
        Series.Latest(kpi) is { } latest ? Of(kpi, latest.Value) : KpiStatus.Unknown;

    /// <summary>The status a value would have against a KPI's target.</summary>
    /// <param name="kpi">The KPI, for its target, direction and tolerance.</param>
    /// <param name="value">The measured value.</param>
    /// <returns><see cref="KpiStatus.Unknown"/> without a target; else green, amber or red.</returns>
    public static KpiStatus Of(Kpi kpi, decimal value)
    {
        if (kpi.Target is not { } target)
        {
            return KpiStatus.Unknown;
        }

        try
        {
            // How far the value falls short, in the KPI's "worse" direction; zero or less is a hit.
            // Decimal, so that a value exactly on the tolerance edge is amber, not red by a rounding error.
            var shortfall = kpi.EffectiveBetter == Direction.Higher ? target - value : value - target;
            if (shortfall <= 0)
            {
                return KpiStatus.Green;
            }

            return shortfall <= ToleranceOf(kpi) * Math.Abs(target) ? KpiStatus.Amber : KpiStatus.Red;
        }
        catch (OverflowException)
        {
            // Values near decimal's limits (±7.9e28) overflow the subtraction or the product; such numbers are
            // far beyond any edge case, so the same comparison in double is exact enough.
            var shortfall = kpi.EffectiveBetter == Direction.Higher ? (double)target - (double)value : (double)value - (double)target;
            if (shortfall <= 0)
            {
                return KpiStatus.Green;
            }

            return shortfall <= (double)ToleranceOf(kpi) * Math.Abs((double)target) ? KpiStatus.Amber : KpiStatus.Red;
        }
    }

    /// <summary>Whether a value meets a KPI's target (green).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="value">The measured value.</param>
    /// <returns><see langword="true"/> when the value is at or past the target in the better direction; <see langword="false"/> without a target.</returns>
    public static bool Meets(Kpi kpi, decimal value) => Of(kpi, value) == KpiStatus.Green;

    /// <summary>Whether a value misses a KPI's target (amber or red).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="value">The measured value.</param>
    /// <returns><see langword="true"/> for amber or red; <see langword="false"/> for green or without a target.</returns>
    public static bool Misses(Kpi kpi, decimal value) => Of(kpi, value) is KpiStatus.Amber or KpiStatus.Red;

    /// <summary>The tolerance that applies to a KPI, as a fraction of its target; negative tolerances count as zero.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The KPI's own tolerance, else <see cref="DefaultTolerance"/>.</returns>
    public static decimal ToleranceOf(Kpi kpi) => Math.Max(0m, kpi.Tolerance ?? DefaultTolerance);
}
