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
    /// precision is used, because shares rounded coarser than the total cannot add up to it; when it is too large
    /// for <see cref="decimal"/> to hold that many (above about 7.9e26 for cents), fewer.
    /// </param>
    /// <returns>
    /// The shares, in the order of <paramref name="weights"/>, summing to <paramref name="total"/> exactly; for any
    /// total and weights in <see cref="decimal"/>'s range (no overflow).
    /// </returns>
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

        // Only the proportions matter: weights whose sum would overflow are scaled to at most 1 first.
        if (weights.Max() > decimal.MaxValue / weights.Count)
        {
            var largest = weights.Max();
            weights = [.. weights.Select(w => w / largest)];
        }

        var sum = weights.Sum();
        if (sum == 0)
        {
            throw new ArgumentException("At least one weight must be above zero.", nameof(weights));
        }

        // Every share, the total and every partial sum are then whole multiples of the unit no larger than the total,
        // so they add up exactly, in any order, without overflow. A total near ±7.9e28 has room for no decimals at all.
        var magnitude = Math.Abs(total);
        decimals = Math.Max(decimals, total.Scale);
        var unit = Pow10(-decimals);
        while (decimals > total.Scale && magnitude > decimal.MaxValue * unit)
        {
            unit = Pow10(-(--decimals));
        }

        var sign = total < 0 ? -1 : 1;

        var raw = weights.Select(w => magnitude * (w / sum)).ToArray();
        var shares = raw.Select(r => decimal.Round(r, decimals, MidpointRounding.ToZero)).ToArray();

        // The leftover units go to the shares with the largest remainders; a share with no weight gets none.
        var weighted = weights.Count(w => w > 0);
        var remaining = Remaining(magnitude, shares);
        var left = remaining <= 0 ? 0 : remaining >= unit * weighted ? weighted : (int)decimal.Round(remaining / unit);
        foreach (var index in Enumerable.Range(0, raw.Length)
            .Where(i => weights[i] > 0)
            .OrderByDescending(i => raw[i] - shares[i])
            .ThenBy(i => i)
            .Take(left))
        {
            shares[index] += unit;
        }

        // The quotients above carry 28 digits: for a total of more than 28 digits they can be a few units off, more
        // than one a share or over the total. That residue goes to the heaviest share, so the shares still add up.
        if (Remaining(magnitude, shares) is var residue and not 0)
        {
            var heaviest = Enumerable.Range(0, weights.Count).MaxBy(i => weights[i]);
            shares[heaviest] += residue;
        }

        return [.. shares.Select(s => sign * s)];
    }

    /// <summary>The amount minus the shares, subtracted one by one: never overflows, as every share is at most the amount.</summary>
    private static decimal Remaining(decimal magnitude, decimal[] shares)
    {
        var remaining = magnitude;
        foreach (var share in shares)
        {
            remaining -= share;
        }

        return remaining;
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
