namespace Pace.Rendering.Painters;

/// <summary>
/// PNG's row filters (ISO/IEC 15948, 9): each byte is written as its difference from a prediction — none, the pixel to
/// the left, the one above, their average, or Paeth's choice of left, above and above-left. Flat colour and the edges
/// of text then become runs of zeros and small numbers that deflate finds again and again.
/// </summary>
internal static class PngFilter
{
    /// <summary>
    /// Filters a row with whichever of the five filters gives the bytes whose sum, read as signed, is smallest in
    /// magnitude (the heuristic libpng and the PNG specification suggest).
    /// </summary>
    /// <param name="row">The row's bytes, without its filter byte.</param>
    /// <param name="above">The row above, unfiltered (zeros for the first row).</param>
    /// <param name="bytesPerPixel">3 for RGB, 4 for RGBA.</param>
    /// <param name="output">The filter byte and the filtered row: one byte longer than <paramref name="row"/>.</param>
    /// <param name="trial">Scratch space of the same length as <paramref name="output"/>.</param>
    public static void Best(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, int bytesPerPixel, Span<byte> output, Span<byte> trial)
    {
        var best = long.MaxValue;
        for (byte type = 0; type <= 4; type++)
        {
            trial[0] = type;
            long sum = 0;
            var i = 0;
            for (; i < row.Length && sum < best; i++)
            {
                int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0, up = above[i], corner = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
                var predicted = type switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) >> 1,
                    _ => Paeth(left, up, corner),
                };
                var value = (byte)(row[i] - predicted);
                trial[i + 1] = value;
                sum += value < 128 ? value : 256 - value;
            }

            // A filter that already costs more than the best one is left before the row's end.
            if (i == row.Length && sum < best)
            {
                best = sum;
                trial.CopyTo(output);
            }
        }
    }

    /// <summary>Paeth's predictor: of left, above and above-left, the one nearest to left + above − above-left.</summary>
    public static int Paeth(int left, int up, int corner)
    {
        var estimate = left + up - corner;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toCorner = Math.Abs(estimate - corner);
        return toLeft <= toUp && toLeft <= toCorner ? left : toUp <= toCorner ? up : corner;
    }
}
