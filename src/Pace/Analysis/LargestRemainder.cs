namespace Pace.Analysis;

/// <summary>
/// Splits an amount into weighted shares rounded to a number of decimals, so that the shares add up to the
/// amount exactly: each share is first rounded towards zero, then the units left over go, one each, to the
/// shares that lost the most in rounding (the largest-remainder method; ties go to the earlier share).
/// </summary>
internal static class LargestRemainder
{
    /// <summary>Splits an amount by weights.</summary>
    /// <param name="total">The amount to split.</param>
    /// <param name="weights">One non-negative weight per share, not all zero.</param>
    /// <param name="decimals">
    /// Decimals of the shares (2 = cents). When <paramref name="total"/> itself has more decimals, its own
    /// precision is used, because shares rounded coarser than the total cannot add up to it.
    /// </param>
    /// <returns>The shares, in the order of <paramref name="weights"/>, summing to <paramref name="total"/> exactly.</returns>
    /// <exception cref="ArgumentException">No weights, a negative weight, or all weights zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not 0 to 10.</exception>
    public static IReadOnlyList<decimal> Split(decimal total, IReadOnlyList<decimal> weights, int decimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        if (weights.Count == 0)
        {
            throw new ArgumentException("There is nothing to split into.", nameof(weights));
        }

        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("Weights cannot be negative.", nameof(weights));
        }

        var sum = weights.Sum();
        if (sum == 0)
        {
            throw new ArgumentException("At least one weight must be above zero.", nameof(weights));
        }

        decimals = Math.Max(decimals, total.Scale);
        var unit = Pow10(-decimals);
        var magnitude = Math.Abs(total);
        var sign = total < 0 ? -1 : 1;

        var raw = weights.Select(w => magnitude * (w / sum)).ToArray();
        var shares = raw.Select(r => decimal.Round(r, decimals, MidpointRounding.ToZero)).ToArray();
        var left = (int)decimal.Round((magnitude - shares.Sum()) / unit);

        // The leftover units go to the shares with the largest remainders; a share with no weight gets none.
        foreach (var index in Enumerable.Range(0, raw.Length)
            .Where(i => weights[i] > 0)
            .OrderByDescending(i => raw[i] - shares[i])
            .ThenBy(i => i)
            .Take(left))
        {
            shares[index] += unit;
        }

        return [.. shares.Select(s => sign * s)];
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            result /= 10m;
        }

        return result;
    }
}
