using System.Buffers.Binary;

namespace Pace.Rendering.Text;

/// <summary>Whole-font metrics in font units, as the font's head and OS/2 tables give them.</summary>
/// <param name="UnitsPerEm">Font units per em (head).</param>
/// <param name="XMin">Left of the font's bounding box (head).</param>
/// <param name="YMin">Bottom of the bounding box.</param>
/// <param name="XMax">Right of the bounding box.</param>
/// <param name="YMax">Top of the bounding box.</param>
/// <param name="TypoAscender">OS/2 typographic ascender: the baseline's depth below a line's top, and what a PDF font descriptor declares.</param>
/// <param name="TypoDescender">OS/2 typographic descender (negative).</param>
/// <param name="CapHeight">OS/2 capital height (version 2 and later), else the typographic ascender.</param>
internal readonly record struct FaceMetrics(float UnitsPerEm, float XMin, float YMin, float XMax, float YMax, float TypoAscender, float TypoDescender, float CapHeight)
{
    /// <summary>Reads the metrics from the raw tables.</summary>
    public static FaceMetrics Read(byte[] head, byte[] os2)
    {
        static short S16(byte[] table, int at) => BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(at, 2));
        var version = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(0, 2));
        var typoAscender = S16(os2, 68);
        return new FaceMetrics(
            BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18, 2)),
            S16(head, 36),
            S16(head, 38),
            S16(head, 40),
            S16(head, 42),
            typoAscender,
            S16(os2, 70),
            version >= 2 && os2.Length >= 90 ? S16(os2, 88) : typoAscender);
    }
}
