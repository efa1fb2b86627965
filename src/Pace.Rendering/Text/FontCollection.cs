using System.Buffers.Binary;
using System.Globalization;

namespace Pace.Rendering.Text;

/// <summary>
/// One face taken out of a font collection (<c>.ttc</c>/<c>.otc</c>, OpenType "ttcf") as a standalone font file, which
/// the rest of Pace loads, shapes, subsets and embeds like any <c>.ttf</c> or <c>.otf</c>. The face is the one a chart
/// names with <c>file.ttc#N</c> (N counts from 0), else the first whose style matches the key that names the file —
/// bold (OS/2 or head says bold) for <c>bold:</c>, not bold for <c>regular:</c>, upright before italic — else face 0.
/// A collection whose name does not end in .ttc or .otc gives its first regular face for either key.
/// The header is hostile input: the face count is bounded and every offset is checked against the file before use.
/// </summary>
internal static class FontCollection
{
    /// <summary>The 'ttcf' tag a collection starts with.</summary>
    public const uint Tag = 0x74746366;

    /// <summary>The most faces read from a collection (Noto CJK, the largest common one, has 10 per file).</summary>
    public const int MaxFaces = 256;

    /// <summary>The most tables read from one face (a real font has about 20).</summary>
    private const int MaxTables = 128;

    /// <summary>Whether the bytes are a font collection.</summary>
    public static bool Is(byte[] bytes) => bytes.Length >= 4 && BinaryPrimitives.ReadUInt32BigEndian(bytes) == Tag;

    /// <summary>
    /// Splits a name as written into the file and the face asked for: <c>fonts/NotoSansCJK.ttc#2</c> is face 2 of that file.
    /// Only a name ending in <c>.ttc</c> or <c>.otc</c> before the <c>#</c> is split, so any other file may have a '#' in it.
    /// </summary>
    public static (string File, int? Face) Split(string written)
    {
        var hash = written.LastIndexOf('#');
        if (hash <= 0 || hash == written.Length - 1 || written.Length - hash > 4 || written.AsSpan(hash + 1).ContainsAnyExceptInRange('0', '9'))
        {
            return (written, null);
        }

        var file = written[..hash];
        return IsNamed(file) ? (file, int.Parse(written.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture)) : (written, null);
    }

    /// <summary>Whether a file's name says it is a collection (<c>.ttc</c> or <c>.otc</c>); only such a name takes <c>#N</c>, or a face by style.</summary>
    public static bool IsNamed(string file) =>
        file.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".otc", StringComparison.OrdinalIgnoreCase);

    /// <summary>The chosen face as a standalone font file, and its number in the collection.</summary>
    /// <param name="collection">The collection's bytes.</param>
    /// <param name="face">The face asked for, or <see langword="null"/> to choose by style.</param>
    /// <param name="bold">Whether the key that names the file is <c>bold:</c>.</param>
    /// <exception cref="InvalidDataException">The header is damaged, or there is no such face; the message says which.</exception>
    public static (byte[] Font, int Face) Extract(byte[] collection, int? face, bool bold)
    {
        var count = collection.Length >= 12 ? BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(8)) : 0;
        if (count == 0 || count > MaxFaces || collection.Length < 12 + (4 * count))
        {
            throw new InvalidDataException("its collection header is damaged (face count)");
        }

        if (face >= count)
        {
            throw new InvalidDataException($"the collection has {count} faces (#0 to #{count - 1}), not #{face}");
        }

        // Where each face's tables lie, without copying: a CJK collection shares outlines of tens of MB among its faces.
        var faces = new List<List<(string Tag, int Offset, int Length)>>();
        for (var i = 0; i < count; i++)
        {
            faces.Add(Face(collection, BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + (4 * i))), i));
        }

        var chosen = face ?? ByStyle(collection, faces, bold);
        return (Sfnt.Write([.. faces[chosen].Select(t => (t.Tag, collection.AsSpan(t.Offset, t.Length).ToArray()))]), chosen);
    }

    /// <summary>The tables of the face whose directory starts at <paramref name="offset"/>, each checked to lie in the file.</summary>
    private static List<(string Tag, int Offset, int Length)> Face(byte[] collection, uint offset, int index)
    {
        var damaged = new InvalidDataException($"its collection header is damaged (face #{index})");
        if (offset > collection.Length - 12L || BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan((int)offset)) is not (Sfnt.TrueTypeFlavour or Sfnt.CffFlavour))
        {
            throw damaged;
        }

        var at = (int)offset;
        var tables = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(at + 4));
        if (tables > MaxTables || at + 12L + (16L * tables) > collection.Length)
        {
            throw damaged;
        }

        // One face's tables never overlap, so together they fit in the file: a face listing the whole file 128 times
        // (or one tag twice) would otherwise be copied table by table into gigabytes.
        var result = new List<(string, int, int)>(tables);
        var total = 0L;
        for (var i = 0; i < tables; i++)
        {
            var entry = collection.AsSpan(at + 12 + (16 * i), 16);
            var start = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            total += length;
            if (start + (long)length > collection.Length || total > collection.Length || result.Exists(t => t.Item1 == tag))
            {
                throw damaged;
            }

            result.Add((tag, (int)start, (int)length));
        }

        return result;
    }

    /// <summary>The first face whose weight matches and that is upright; else the first whose weight matches; else face 0.</summary>
    private static int ByStyle(byte[] collection, List<List<(string Tag, int Offset, int Length)>> faces, bool bold)
    {
        var styles = faces.Select(f => Style(collection, f)).ToList();
        var upright = styles.FindIndex(s => s.Bold == bold && !s.Italic);
        var weight = styles.FindIndex(s => s.Bold == bold);
        return upright >= 0 ? upright : Math.Max(weight, 0);
    }

    /// <summary>Bold and italic as OS/2 fsSelection says (bits 5 and 0), else head macStyle (bits 0 and 1).</summary>
    private static (bool Bold, bool Italic) Style(byte[] collection, List<(string Tag, int Offset, int Length)> face)
    {
        var os2 = face.FirstOrDefault(t => t.Tag == "OS/2");
        if (os2.Length >= 64)
        {
            var selection = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(os2.Offset + 62));
            return ((selection & 0x20) != 0, (selection & 0x01) != 0);
        }

        var head = face.FirstOrDefault(t => t.Tag == "head");
        var style = head.Length >= 46 ? BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(head.Offset + 44)) : 0;
        return ((style & 0x1) != 0, (style & 0x2) != 0);
    }
}
