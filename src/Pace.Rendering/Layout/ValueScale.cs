namespace Pace.Rendering.Layout;

/// <summary>
/// The vertical scale of a sparkline: the range a KPI's actuals and target span, and where a value falls in it, from
/// 0 at the bottom to 1 at the top. Total over <see cref="decimal"/>'s whole range: a range wider than
/// <see cref="decimal.MaxValue"/> (actuals near both limits) is measured in <see cref="double"/>, and a flat range
/// gets a band of at least the smallest decimal step, so no value overflows, divides by zero or lands off the plot.
/// Ordinary ranges keep the exact decimal arithmetic, so ordinary charts draw to the same bytes as before.
/// </summary>
internal readonly record struct ValueScale
{
    /// <summary>The smallest positive decimal: the narrowest band a flat series can get.</summary>
    private const decimal Step = 0.0000000000000000000000000001m;

    private ValueScale(decimal low, decimal high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The value at the bottom of the plot.</summary>
    public decimal Low { get; }

    /// <summary>The value at the top of the plot; always above <see cref="Low"/>.</summary>
    public decimal High { get; }

    /// <summary>The range that holds every value and the target (when there is one).</summary>
    /// <param name="values">At least one value.</param>
    /// <param name="target">The target, drawn as a line, so the distance to it reads true.</param>
    public static ValueScale Spanning(IReadOnlyCollection<decimal> values, decimal? target)
    {
        var low = Math.Min(values.Min(), target ?? decimal.MaxValue);
        var high = Math.Max(values.Max(), target ?? decimal.MinValue);
        if (high == low)
        {
            // A flat series: give it a band so the line sits in the middle rather than on an edge. A tenth of a value
            // below 5e-28 rounds to nothing, hence the floor; at the limits the band stops at the limit.
            var band = Math.Max(high == 0 ? 1 : Math.Abs(high) * 0.1m, Step);
            low = low < decimal.MinValue + band ? decimal.MinValue : low - band;
            high = high > decimal.MaxValue - band ? decimal.MaxValue : high + band;
        }

        return new ValueScale(low, high);
    }

    /// <summary>Where a value of the range falls: 0 at <see cref="Low"/>, 1 at <see cref="High"/>, clamped to that.</summary>
    /// <param name="value">A value between <see cref="Low"/> and <see cref="High"/>.</param>
    public float Fraction(decimal value)
    {
        // High - Low overflows only when Low is negative and the range exceeds decimal.MaxValue.
        if (Low >= 0 || High <= decimal.MaxValue + Low)
        {
            return Math.Clamp((float)((value - Low) / (High - Low)), 0, 1);
        }

        var range = (double)High - (double)Low;
        return Math.Clamp((float)(((double)value - (double)Low) / range), 0, 1);
    }
}
