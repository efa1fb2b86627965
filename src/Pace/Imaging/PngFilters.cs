namespace Pace.Imaging;

/// <summary>Undoes the five PNG row filters (§9.2–9.4): none, Sub, Up, Average and Paeth, in place.</summary>
internal static class PngFilters
{
    /// <summary>Reconstructs a row from its filtered bytes and the reconstructed row above it (zeros for the first).</summary>
    /// <param name="filter">The row's filter type byte.</param>
    /// <param name="row">The filtered bytes; reconstructed in place.</param>
    /// <param name="prior">The row above, already reconstructed.</param>
    /// <param name="stride">The bytes of one pixel, at least 1.</param>
    /// <exception cref="PngFormatException">The filter type is not 0–4.</exception>
    public static void Undo(byte filter, Span<byte> row, ReadOnlySpan<byte> prior, int stride)
    {
        switch (filter)
        {
            case 0:
                return;
            case 1:
                for (var i = stride; i < row.Length; i++)
                {
                    row[i] += row[i - stride];
                }

                return;
            case 2:
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] += prior[i];
                }

                return;
            case 3:
                for (var i = 0; i < row.Length; i++)
                {
                    var left = i >= stride ? row[i - stride] : 0;
                    row[i] += (byte)((left + prior[i]) >> 1);
                }

                return;
            case 4:
                for (var i = 0; i < row.Length; i++)
                {
                    int left = i >= stride ? row[i - stride] : 0, up = prior[i], upLeft = i >= stride ? prior[i - stride] : 0;
                    row[i] += Paeth(left, up, upLeft);
                }

                return;
            default:
                throw new PngFormatException("PngReasonFilter");
        }
    }

    /// <summary>The neighbour nearest to left + up − upper-left, ties going left, then up (§9.4).</summary>
    private static byte Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
        return (byte)(toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft);
    }
}
