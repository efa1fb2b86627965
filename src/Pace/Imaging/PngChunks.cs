using System.Buffers.Binary;

namespace Pace.Imaging;

/// <summary>
/// The chunks of a PNG file that decoding needs (§5.3): the header, the palette, the transparency and where the image
/// data lies. Every chunk's CRC is checked; a damaged critical chunk stops decoding, a damaged ancillary one is left out,
/// as libpng does. Unknown ancillary chunks (gamma, colour profile, text) are skipped: the logo is drawn as sRGB.
/// </summary>
internal sealed class PngChunks
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngChunks(PngHeader header) => Header = header;

    public PngHeader Header { get; }

    /// <summary>The palette's entries as R, G, B bytes; empty when there is none.</summary>
    public byte[] Palette { get; private set; } = [];

    /// <summary>The tRNS chunk's data: alphas of palette entries, or the transparent grey or RGB sample values.</summary>
    public byte[] Transparency { get; private set; } = [];

    /// <summary>Where each IDAT chunk's data lies in the file, in order.</summary>
    public IReadOnlyList<Range> ImageData => _imageData;

    private readonly List<Range> _imageData = [];

    /// <summary>Whether the bytes start like a PNG file.</summary>
    public static bool IsPng(ReadOnlySpan<byte> file) => file.StartsWith(Signature);

    /// <summary>Reads the header alone: enough to refuse an image too large before anything is decoded.</summary>
    /// <exception cref="PngFormatException">Not a PNG, or its header is damaged.</exception>
    public static PngHeader ReadHeader(ReadOnlySpan<byte> file)
    {
        if (!IsPng(file))
        {
            throw new PngFormatException("PngReasonSignature");
        }

        var (type, data, next) = Next(file, Signature.Length);
        if (type != Tag("IHDR"u8))
        {
            throw new PngFormatException("PngReasonHeader");
        }

        return next > 0 ? PngHeader.Read(file[data]) : throw new PngFormatException("PngReasonChecksum");
    }

    /// <summary>Reads every chunk up to IEND (or the end of the file).</summary>
    /// <exception cref="PngFormatException">A critical chunk is damaged, missing, out of order or unknown.</exception>
    public static PngChunks Read(ReadOnlySpan<byte> file)
    {
        var chunks = new PngChunks(ReadHeader(file));
        var at = Next(file, Signature.Length).Next;
        var afterData = false;
        while (at < file.Length)
        {
            var (type, data, next) = Next(file, at);
            if (next < 0)
            {
                if (IsCritical(type))
                {
                    throw new PngFormatException("PngReasonChecksum");
                }

                at = data.End.Value + 4;
                continue;
            }

            at = next;
            if (type == Tag("IEND"u8))
            {
                break;
            }

            if (type == Tag("IDAT"u8))
            {
                if (afterData)
                {
                    throw new PngFormatException("PngReasonOrder");
                }

                chunks._imageData.Add(data);
                continue;
            }

            afterData |= chunks._imageData.Count > 0;
            chunks.Take(type, file[data]);
        }

        return chunks._imageData.Count > 0 ? chunks : throw new PngFormatException("PngReasonTruncated");
    }

    private void Take(uint type, ReadOnlySpan<byte> data)
    {
        if (type == Tag("PLTE"u8))
        {
            if (_imageData.Count > 0 || data.Length == 0 || data.Length % 3 != 0 || data.Length / 3 > 256)
            {
                throw new PngFormatException("PngReasonPalette");
            }

            Palette = data.ToArray();
        }
        else if (type == Tag("tRNS"u8) && _imageData.Count == 0)
        {
            Transparency = data.ToArray();
        }
        else if (IsCritical(type))
        {
            throw new PngFormatException(type == Tag("IHDR"u8) ? "PngReasonOrder" : "PngReasonUnknownChunk");
        }
    }

    /// <summary>The chunk at <paramref name="at"/>: its type, where its data lies, and where the next starts (-1 when its CRC is wrong).</summary>
    private static (uint Type, Range Data, int Next) Next(ReadOnlySpan<byte> file, int at)
    {
        if (file.Length - at < 12)
        {
            throw new PngFormatException("PngReasonTruncated");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
        if (length > (uint)(file.Length - at - 12))
        {
            throw new PngFormatException("PngReasonTruncated");
        }

        var type = BinaryPrimitives.ReadUInt32BigEndian(file[(at + 4)..]);
        var end = at + 8 + (int)length;
        var crc = BinaryPrimitives.ReadUInt32BigEndian(file[end..]);
        var intact = PngCrc.Of(file[(at + 4)..end]) == crc;
        return (type, (at + 8)..end, intact ? end + 4 : -1);
    }

    // Bit 5 of the first letter: upper case is critical (§5.4).
    private static bool IsCritical(uint type) => (type & 0x20000000) == 0;

    private static uint Tag(ReadOnlySpan<byte> name) => BinaryPrimitives.ReadUInt32BigEndian(name);
}
