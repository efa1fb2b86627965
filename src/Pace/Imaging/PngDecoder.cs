using System.IO.Compression;

namespace Pace.Imaging;

/// <summary>
/// Decodes a PNG file (ISO/IEC 15948) in managed code: every colour type (grey, RGB, palette, grey + alpha, RGBA) at
/// every bit depth the standard allows (1–16), tRNS transparency, the five row filters and Adam7 interlacing. The
/// pixels go straight into a <see cref="BoxScaler"/>, so only the image at the size it is wanted is ever held. Images
/// over <see cref="MaxSide"/> pixels a side are refused from their header, before anything is inflated, and the
/// compressed data is inflated only as far as the image needs, so a small file that claims a huge image costs nothing.
/// </summary>
internal static class PngDecoder
{
    /// <summary>The widest and tallest image decoded: 4096 × 4096 is 16.8 million pixels, 64 MB as RGBA.</summary>
    public const int MaxSide = 4096;

    // Adam7 (§8.2): where each of the seven passes starts and how far apart its pixels lie.
    private static readonly (int X, int Y, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    private static readonly (int X, int Y, int Dx, int Dy)[] Progressive = [(0, 0, 1, 1)];

    /// <summary>Decodes a PNG, scaled down (never up) to fit <paramref name="maxWidth"/> × <paramref name="maxHeight"/>.</summary>
    /// <exception cref="PngFormatException">The file is not a PNG Pace can decode, or larger than <see cref="MaxSide"/> a side.</exception>
    public static RgbaImage Decode(byte[] file, int maxWidth, int maxHeight, CancellationToken cancellationToken = default)
    {
        var chunks = PngChunks.Read(file);
        var header = chunks.Header;
        if (header.Width > MaxSide || header.Height > MaxSide)
        {
            throw new PngFormatException("PngReasonTooLarge");
        }

        var pixels = new PngPixels(header, chunks.Palette, chunks.Transparency);
        var scaler = new BoxScaler(header.Width, header.Height, maxWidth, maxHeight);
        try
        {
            using var zlib = new ZLibStream(new ImageDataStream(file, chunks.ImageData), CompressionMode.Decompress);
            foreach (var pass in header.Interlaced ? Adam7 : Progressive)
            {
                var width = (header.Width - pass.X + pass.Dx - 1) / pass.Dx;
                var height = (header.Height - pass.Y + pass.Dy - 1) / pass.Dy;
                if (width <= 0 || height <= 0)
                {
                    continue; // an empty pass has no rows at all, not even filter bytes
                }

                var rowBytes = header.RowBytes(width);
                var prior = new byte[rowBytes];
                var row = new byte[rowBytes + 1];
                var rgba = new byte[4 * width];
                for (var y = 0; y < height; y++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    zlib.ReadExactly(row);
                    var line = row.AsSpan(1);
                    PngFilters.Undo(row[0], line, prior, header.FilterStride);
                    pixels.Convert(line, width, rgba);
                    scaler.Row(pass.Y + (y * pass.Dy), pass.X, pass.Dx, rgba);
                    line.CopyTo(prior);
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new PngFormatException("PngReasonData");
        }
        catch (EndOfStreamException)
        {
            throw new PngFormatException("PngReasonTruncated");
        }

        return scaler.Result(header.Width, header.Height);
    }

    /// <summary>The data of the IDAT chunks, read as one stream without copying it.</summary>
    private sealed class ImageDataStream(byte[] file, IReadOnlyList<Range> parts) : Stream
    {
        private int _part;
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (_part < parts.Count)
            {
                var (start, length) = parts[_part].GetOffsetAndLength(file.Length);
                if (_offset < length)
                {
                    var take = Math.Min(buffer.Length, length - _offset);
                    file.AsSpan(start + _offset, take).CopyTo(buffer);
                    _offset += take;
                    return take;
                }

                (_part, _offset) = (_part + 1, 0);
            }

            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
