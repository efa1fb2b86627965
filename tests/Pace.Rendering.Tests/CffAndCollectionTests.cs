using System.Buffers.Binary;
using System.Globalization;
using Pace.Localization;
using Pace.Rendering.Painters;
using Pace.Rendering.Rules;
using Pace.Rendering.Text;
using Pace.Tests;
using Pace.Validation;

namespace Pace.Rendering.Tests;

/// <summary>
/// The CFF subsetter (every glyph slot kept, unused charstrings emptied, every offset rewritten) and the collection
/// reader, on the test fonts and on hostile bytes: anything malformed is an <see cref="InvalidDataException"/> that
/// becomes a located PACE022 finding, never another exception.
/// </summary>
public sealed class CffAndCollectionTests
{
    private static string Fonts => Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "fonts");

    private static byte[] Font(string name) => File.ReadAllBytes(Path.Combine(Fonts, name));

    private static byte[] CffTable(byte[] font) =>
        Sfnt.Directory(font)!.Single(t => t.Tag == "CFF ") is var t ? font.AsSpan(t.Offset, t.Length).ToArray() : [];

    [TestCase("NotoSansArabic-Regular-cff.otf", "رضا")]
    [TestCase("NotoSansJP-Regular-cid.otf", "注文")]
    public void The_subset_keeps_every_slot_the_used_charstrings_and_the_rest_of_the_font_and_empties_the_others(string file, string text)
    {
        var font = Typeface.Load("f", Font(file), shaped: true);
        var used = text.Select(c => font.Glyph(c)).ToHashSet();
        var before = CffFont.Read(CffTable(font.Data));
        var after = CffFont.Read(CffSubsetter.Table(font.Data, used)!);
        byte[] CharString(CffFont cff, int glyph) => cff.Table.AsSpan(cff.CharStrings.Item(glyph).Offset, cff.CharStrings.Item(glyph).Length).ToArray();
        var kept = Enumerable.Range(0, before.CharStrings.Count).Where(g => g == 0 || used.Contains((ushort)g)).ToList();
        var emptied = Enumerable.Range(0, before.CharStrings.Count).Except(kept).ToList();
        TestContext.Out.WriteLine($"{file}: file {font.Data.Length} B, CFF table {before.Table.Length} B, subset CFF table {after.Table.Length} B for {used.Count} glyphs");

        Assert.Multiple(() =>
        {
            Assert.That(used, Has.None.EqualTo((ushort)0), "the font has the text");
            Assert.That(after.CharStrings.Count, Is.EqualTo(before.CharStrings.Count));
            Assert.That(kept.Select(g => CharString(after, g)), Is.EqualTo(kept.Select(g => CharString(before, g))));
            Assert.That(emptied.Select(g => CharString(after, g)), Has.All.EqualTo(new byte[] { 14 }), "endchar");
            Assert.That(after.Cids, Is.EqualTo(before.Cids));
            Assert.That(after.Heads.GlobalSubrs.Whole(after.Table).ToArray(), Is.EqualTo(before.Heads.GlobalSubrs.Whole(before.Table).ToArray()));
            Assert.That(after.Privates.Select(p => p.Entries.Count), Is.EqualTo(before.Privates.Select(p => p.Entries.Count)));
            Assert.That(after.Table.Length, Is.LessThan(before.Table.Length - (emptied.Count * 4)), "the unused outlines are gone");
            Assert.That(Typeface.Load("s", CffSubsetter.Subset(font.Data, used), shaped: false).Glyph(text[0]), Is.EqualTo(font.Glyph(text[0])), "the subset font loads again, numbers unchanged");
        });
    }

    [Test]
    public void A_private_dict_with_local_subroutines_keeps_them_right_after_it()
    {
        // The test fonts have no subroutines. A subset writes every offset as a five-byte integer, so they can be patched
        // in place: the Private DICT is copied to the end with a Subrs operator and a one-subroutine INDEX after it.
        var cff = CffFont.Read(CffSubsetter.SubsetTable(CffFont.Read(CffTable(Font("NotoSansArabic-Regular-cff.otf"))), []));
        var entry = cff.Top.Single(e => e.Operator == CffDict.Private);
        var (size, start) = ((int)entry.Operands[0]!.Value, (int)entry.Operands[1]!.Value);
        byte[] subrs = CffIndex.Write([[11]]); // one subroutine: return
        var subrsOperator = new byte[] { 29, 0, 0, 0, 0, 19 };
        BinaryPrimitives.WriteInt32BigEndian(subrsOperator.AsSpan(1), size + subrsOperator.Length);
        byte[] table = [.. cff.Table, .. cff.Table.AsSpan(start, size), .. subrsOperator, .. subrs];
        BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(entry.Start + 1), size + subrsOperator.Length);
        BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(entry.Start + 6), cff.Table.Length);
        var read = CffFont.Read(table);
        var subset = CffFont.Read(CffSubsetter.SubsetTable(read, [1]));
        var place = subset.Top.Single(e => e.Operator == CffDict.Private).Operands;

        Assert.Multiple(() =>
        {
            Assert.That(read.Privates[0].Subrs, Is.Not.Null, "the test table has local subroutines");
            Assert.That(subset.Privates[0].Subrs!.Whole(subset.Table).ToArray(), Is.EqualTo(subrs));
            Assert.That(subset.Privates[0].Subrs!.Start, Is.EqualTo(place[1] + place[0]), "right after the Private DICT");
        });
    }

    [Test]
    public void A_collection_face_is_taken_by_number_or_by_the_style_the_key_asks_for()
    {
        var collection = Font("NotoSansArabic.ttc");
        var regular = Font("NotoSansArabic-Regular.ttf");
        var bold = Font("NotoSansArabic-Bold.ttf");
        // Each table's hash; head's checksum adjustment (bytes 8–11) is left out, as it is recomputed for the new file.
        static string Tables(byte[] font) => string.Join(",", Sfnt.Read(font)!.Select(t => t.Tag + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            t.Tag == "head" ? [.. t.Data[..8], .. t.Data[12..]] : t.Data))[..8]));

        Assert.Multiple(() =>
        {
            Assert.That(Tables(FontCollection.Extract(collection, null, bold: false).Font), Is.EqualTo(Tables(regular)), "regular: the face that is not bold, #1");
            Assert.That(FontCollection.Extract(collection, null, bold: false).Face, Is.EqualTo(1));
            Assert.That(Tables(FontCollection.Extract(collection, null, bold: true).Font), Is.EqualTo(Tables(bold)), "bold: #0");
            Assert.That(Tables(FontCollection.Extract(collection, 1, bold: true).Font), Is.EqualTo(Tables(regular)), "a number wins over the key");
            Assert.That(() => FontCollection.Extract(collection, 7, bold: false), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("the collection has 2 faces (#0 to #1), not #7"));
        });
    }

    /// <summary>
    /// An .otc of the two CFF test fonts, made here (each face's tables copied after the header, offsets from the file's
    /// start): face 1 comes out as a standalone CFF font ('OTTO') that loads, with the same glyphs as the file it came from.
    /// </summary>
    [Test]
    public void A_face_of_a_cff_collection_comes_out_as_a_cff_font()
    {
        byte[][] faces = [Font("NotoSansArabic-Regular-cff.otf"), Font("NotoSansJP-Regular-cid.otf")];
        var collection = Collection(faces);
        var (font, face) = FontCollection.Extract(collection, 1, bold: false);
        var japanese = Typeface.Load("jp", font, shaped: true);

        Assert.Multiple(() =>
        {
            Assert.That(face, Is.EqualTo(1));
            Assert.That(BinaryPrimitives.ReadUInt32BigEndian(font), Is.EqualTo(Sfnt.CffFlavour));
            Assert.That(japanese.HasCffOutlines, Is.True);
            Assert.That(japanese.Cids, Is.EqualTo(Typeface.Load("f", faces[1], shaped: true).Cids));
            Assert.That(japanese.Glyph('注'), Is.EqualTo(Typeface.Load("f", faces[1], shaped: true).Glyph('注')));
        });
    }

    /// <summary>A collection of whole fonts: the 'ttcf' header, then each font's directory and tables with offsets rebased.</summary>
    internal static byte[] Collection(byte[][] fonts)
    {
        using var output = new MemoryStream();
        var header = new byte[12 + (4 * fonts.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(header, FontCollection.Tag);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), (uint)fonts.Length);
        output.Write(header);
        for (var i = 0; i < fonts.Length; i++)
        {
            var start = (uint)output.Length;
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + (4 * i)), start);
            var font = (byte[])fonts[i].Clone();
            foreach (var k in Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4))))
            {
                var at = font.AsSpan(12 + (16 * k) + 8);
                BinaryPrimitives.WriteUInt32BigEndian(at, BinaryPrimitives.ReadUInt32BigEndian(at) + start);
            }

            output.Write(font);
        }

        output.Position = 0;
        output.Write(header);
        return output.ToArray();
    }

    [TestCase("fonts/a.ttc#2", "fonts/a.ttc", 2)]
    [TestCase("fonts/A.OTC#0", "fonts/A.OTC", 0)]
    [TestCase("fonts/a.ttc", "fonts/a.ttc", null)]
    [TestCase("fonts/a#2.ttf", "fonts/a#2.ttf", null)]
    [TestCase("fonts/a.ttf#2", "fonts/a.ttf#2", null)]
    [TestCase("fonts/a.ttc#x", "fonts/a.ttc#x", null)]
    [TestCase("fonts/a.ttc#1234", "fonts/a.ttc#1234", null)]
    [TestCase("fonts/a.ttc#", "fonts/a.ttc#", null)]
    public void Only_a_collection_name_with_a_number_after_its_hash_names_a_face(string written, string file, int? face)
    {
        Assert.That(FontCollection.Split(written), Is.EqualTo((file, face)));
    }

    [Test]
    public void Hostile_collection_headers_are_refused_with_a_reason()
    {
        byte[] Header(uint count, params uint[] offsets)
        {
            var bytes = new byte[12 + (4 * offsets.Length)];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, FontCollection.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), 0x00010000);
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), count);
            for (var i = 0; i < offsets.Length; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12 + (4 * i)), offsets[i]);
            }

            return bytes;
        }

        var faceBeyondFile = Header(1, 0xFFFFFFF0);
        var tableBeyondFile = Font("NotoSansArabic.ttc");
        var firstFace = (int)BinaryPrimitives.ReadUInt32BigEndian(tableBeyondFile.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(tableBeyondFile.AsSpan(firstFace + 12 + 8), 0x7FFFFFF0);

        Assert.Multiple(() =>
        {
            Assert.That(() => FontCollection.Extract(Header(uint.MaxValue), null, false), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("its collection header is damaged (face count)"));
            Assert.That(() => FontCollection.Extract(Header(0), null, false), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("face count"));
            Assert.That(() => FontCollection.Extract(faceBeyondFile, null, false), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("its collection header is damaged (face #0)"));
            Assert.That(() => FontCollection.Extract(tableBeyondFile, null, false), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("its collection header is damaged (face #0)"));
        });
    }

    /// <summary>
    /// Thousands of deterministic corruptions of the CFF tables (one to four bytes each, biased to the header, INDEXes
    /// and DICTs at the start): reading either succeeds — and then subsetting and reading the subset succeed too — or
    /// says the table is damaged. No other exception, so a hostile font is a finding, not a crash.
    /// </summary>
    [TestCase("NotoSansArabic-Regular-cff.otf")]
    [TestCase("NotoSansJP-Regular-cid.otf")]
    public void Corrupted_cff_tables_are_read_or_refused_as_damaged_never_thrown_otherwise(string file)
    {
        var original = CffTable(Font(file));
        var random = new Random(15);
        var (read, refused) = (0, 0);
        for (var round = 0; round < 3000; round++)
        {
            var table = (byte[])original.Clone();
            var reach = round % 2 == 0 ? Math.Min(table.Length, 400) : table.Length;
            for (var k = random.Next(1, 5); k > 0; k--)
            {
                table[random.Next(reach)] = (byte)random.Next(256);
            }

            try
            {
                var cff = CffFont.Read(table);
                CffFont.Read(CffSubsetter.SubsetTable(cff, [1, 2, 3]));
                read++;
            }
            catch (InvalidDataException e)
            {
                Assert.That(e.Message, Does.StartWith("its CFF table"));
                refused++;
            }
        }

        TestContext.Out.WriteLine($"{file}: {read} read, {refused} refused as damaged");
        Assert.That(refused, Is.GreaterThan(100), "the corruptions reach the structure");
    }

    /// <summary>Corruptions of a collection's header and face directories: a face comes out, or the header is damaged.</summary>
    [Test]
    public void Corrupted_collection_headers_give_a_face_or_say_the_header_is_damaged()
    {
        var original = Font("NotoSansArabic.ttc");
        var directories = (int)BinaryPrimitives.ReadUInt32BigEndian(original.AsSpan(16)) + 12 + (16 * 20);
        var random = new Random(15);
        var refused = 0;
        for (var round = 0; round < 3000; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                bytes[random.Next(4, Math.Min(bytes.Length, directories))] = (byte)random.Next(256);
            }

            try
            {
                FontCollection.Extract(bytes, round % 3 == 0 ? null : round % 3, bold: round % 2 == 0);
            }
            catch (InvalidDataException e)
            {
                Assert.That(e.Message, Does.StartWith("its collection header is damaged").Or.StartWith("the collection has"));
                refused++;
            }
        }

        Assert.That(refused, Is.GreaterThan(100), "the corruptions reach the header");
    }

    [Test]
    public void PACE022_a_damaged_cff_table_or_collection_is_a_warning_at_the_key_that_names_it()
    {
        var folder = Directory.CreateTempSubdirectory("pace-hostile-font-").FullName;
        try
        {
            var font = Font("NotoSansArabic-Regular-cff.otf");
            var cff = Sfnt.Directory(font)!.Single(t => t.Tag == "CFF ");
            var charStrings = CffFont.Read(CffTable(font)).CharStrings.Start;
            BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(cff.Offset + charStrings), 0xFFFF);
            font[cff.Offset + charStrings + 2] = 4;
            File.WriteAllBytes(Path.Combine(folder, "bad.otf"), font);
            File.WriteAllBytes(Path.Combine(folder, "bad.ttc"), [0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0x7F, 0xFF, 0xFF, 0xFF]);
            var chart = Path.Combine(folder, "c.pace.yaml");
            File.WriteAllText(chart, "pace: 1\norganization: رضا\nprocesses: []\ntheme:\n  fonts:\n    - {regular: bad.otf}\n    - {regular: \"bad.ttc#3\"}\n");
            var options = CheckOptions.Default with { Validator = ChartValidator.Default.With(new GlyphCoverageRule()) };
            var found = new ChartChecker(options).CheckFile(chart).Diagnostics.Where(d => d.Path.StartsWith("theme.fonts", StringComparison.Ordinal)).ToList();
            string Message(string file, string why) => Named.Format(EnglishMessages.PACE022FontFormat, ("file", file), ("reason", why));

            Assert.Multiple(() =>
            {
                Assert.That(found.Select(d => (d.Code, d.Path, d.Span?.StartLine, d.Span?.StartColumn)), Is.EqualTo(new (string, string, int?, int?)[]
                {
                    ("PACE022", "theme.fonts[0].regular", 6, 17), ("PACE022", "theme.fonts[1].regular", 7, 17),
                }));
                Assert.That(found[0].Message, Is.EqualTo(Message("bad.otf", "its CFF table is damaged (CharStrings INDEX)")));
                Assert.That(found[1].Message, Is.EqualTo(Message("bad.ttc#3", "its collection header is damaged (face count)")));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
