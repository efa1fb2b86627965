using System.Numerics;

namespace Pace.Analysis;

/// <summary>
/// Judges a KPI's status: green when a value meets the target (or the KPI's <c>green:</c> value), super-green when it
/// also reaches <c>super:</c>, amber when it misses by no more than the tolerance (<see cref="Kpi.Tolerance"/>, else
/// <see cref="DefaultTolerance"/> of the target) or no further than <c>red:</c>, red beyond that. Which side is a miss
/// follows <see cref="Kpi.EffectiveBetter"/>. Values exactly on the red edge are amber.
/// </summary>
/// <remarks>
/// The thresholds follow Rhythm Systems' red / yellow / green / super-green criteria. Given a chart's date, the
/// latest actual of a period still under way is judged period-to-date (<see cref="PeriodToDate"/>): a sum against its
/// pro-rata target and thresholds, an average or level against the target itself.
/// </remarks>
public static class StatusCheck
{
    /// <summary>
    /// The tolerance when a KPI sets none: 10 % of the target. Pace's own choice (no source names one), wide
    /// enough that ordinary variation from one period to the next stays amber instead of raising PACE018.
    /// </summary>
    public const decimal DefaultTolerance = 0.10m;

    /// <summary>The status of a KPI from its latest actual, every period judged as complete.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see cref="KpiStatus.Unknown"/> without a target or actuals; else the status of the latest actual.</returns>
    public static KpiStatus Of(Kpi kpi) => Of(kpi, asOf: null);

    /// <summary>The status of a KPI from its latest actual as of a date: a period under way is judged period-to-date.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="asOf">The chart's date, or <see langword="null"/> to judge every period as complete.</param>
    /// <returns><see cref="KpiStatus.Unknown"/> without a target or actuals; else the status of the latest actual.</returns>
    public static KpiStatus Of(Kpi kpi, DateOnly? asOf) => PeriodToDate.Of(kpi, asOf)?.Status ?? KpiStatus.Unknown;

    /// <summary>The status a value would have against a KPI's target for a whole period.</summary>
    /// <param name="kpi">The KPI, for its target, thresholds, direction and tolerance.</param>
    /// <param name="value">The measured value.</param>
    /// <returns><see cref="KpiStatus.Unknown"/> without a target or <c>green:</c>; else super-green, green, amber or red.</returns>
    public static KpiStatus Of(Kpi kpi, decimal value) => Judge(kpi, value, 1m);

    /// <summary>Whether a value meets a KPI's target (green or super-green).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="value">The measured value.</param>
    /// <returns><see langword="true"/> when the value is at or past the target in the better direction; <see langword="false"/> without a target.</returns>
    public static bool Meets(Kpi kpi, decimal value) => Of(kpi, value) is KpiStatus.Green or KpiStatus.Super;

    /// <summary>Whether a value misses a KPI's target (amber or red).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="value">The measured value.</param>
    /// <returns><see langword="true"/> for amber or red; <see langword="false"/> for green or without a target.</returns>
    public static bool Misses(Kpi kpi, decimal value) => Of(kpi, value) is KpiStatus.Amber or KpiStatus.Red;

    /// <summary>The tolerance that applies to a KPI, as a fraction of its target; negative tolerances count as zero.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The KPI's own tolerance, else <see cref="DefaultTolerance"/>.</returns>
    public static decimal ToleranceOf(Kpi kpi) => Math.Max(0m, kpi.Tolerance ?? DefaultTolerance);

    /// <summary>The status of a value against the KPI's target and thresholds, each scaled by <paramref name="share"/> (1 for a whole period).</summary>
    internal static KpiStatus Judge(Kpi kpi, decimal value, decimal share)
    {
        try
        {
            return Judge<decimal>(kpi, value, share);
        }
        catch (OverflowException)
        {
            // Values near decimal's limits (±7.9e28) overflow a subtraction or product; such numbers are far beyond
            // any edge case, so the same comparison in double is exact enough.
            return Judge<double>(kpi, value, share);
        }
    }

    private static KpiStatus Judge<T>(Kpi kpi, decimal value, decimal share)
        where T : struct, INumber<T>
    {
        if ((kpi.Green ?? kpi.Target) is not { } greenValue)
        {
            return KpiStatus.Unknown;
        }

        var higher = kpi.EffectiveBetter == Direction.Higher;
        var scale = T.CreateChecked(share);
        var v = T.CreateChecked(value);
        var green = T.CreateChecked(greenValue) * scale;
        bool Reaches(T edge) => higher ? v >= edge : v <= edge;

        if (Reaches(green))
        {
            return kpi.Super is { } super && Reaches(T.CreateChecked(super) * scale) ? KpiStatus.Super : KpiStatus.Green;
        }

        T red;
        if (kpi.Red is { } written)
        {
            red = T.CreateChecked(written) * scale;
        }
        else
        {
            // Decimal, so that a value exactly on the tolerance edge is amber, not red by a rounding error.
            var band = T.CreateChecked(ToleranceOf(kpi)) * T.Abs(T.CreateChecked(kpi.Target ?? greenValue) * scale);
            red = higher ? green - band : green + band;
        }

        var beyond = higher ? v < red : v > red;
        return beyond ? KpiStatus.Red : KpiStatus.Amber;
    }
}
