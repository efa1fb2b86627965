using System.Xml.Linq;
using Pace.Analysis;
using Pace.Rendering.Layout;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace Pace.Rendering.Tests.Conformance;

/// <summary>
/// The tagged PDF as a screen reader meets it (ISO 14289-1, PDF/UA-1): the structure tree read back with PdfPig, the
/// reading order of the process grid, and the Matterhorn Protocol's failure conditions that a machine can check (each
/// test names the condition; docs/rendering.md lists them).
/// </summary>
public sealed class PdfUaTests
{
    /// <summary>The standard structure types (ISO 32000-1 §14.8.4); Pace needs no role map.</summary>
    private static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
        "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu",
        "WT", "WP", "Figure", "Formula", "Form",
    ];

    private static IEnumerable<string> Examples => TestCharts.Examples;

    [TestCaseSource(nameof(Examples))]
    public void Each_process_row_reads_number_process_owner_and_three_kpis_with_their_status_words(string example)
    {
        var chart = TestCharts.Example(example);
        var labels = Labels.For(chart.Language ?? ChartLanguage.English);
        using var pdf = Render(chart);
        var document = (TagNode)StructureTree.Read(pdf).Kids.Single();
        var table = document.Kids.OfType<TagNode>().First(n => n.Type == "Table");
        var rows = table.Kids.OfType<TagNode>().ToList();
        var byDimension = KpiSlots.UsesDimensions(chart);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Type), Is.All.EqualTo("TR"));
            Assert.That(rows, Has.Count.EqualTo(chart.Processes.Count + 1), "a row of headings, then a row per process");
            Assert.That(rows[0].Kids.OfType<TagNode>().Select(c => (c.Type, c.Scope)), Is.All.EqualTo(("TH", "Column")));
            Assert.That(rows[0].Kids.OfType<TagNode>().Sum(c => c.ColumnSpan), Is.EqualTo(6), "headings span the six columns");
            for (var i = 0; i < chart.Processes.Count; i++)
            {
                var process = chart.Processes[i];
                var cells = rows[i + 1].Kids.OfType<TagNode>().ToList();
                Assert.That(cells.Select(c => c.Type), Is.EqualTo(new[] { "TD", "TH", "TD", "TD", "TD", "TD" }), $"row {i + 1}");
                Assert.That(cells[1].Scope, Is.EqualTo("Row"), "the process heads its row");
                Assert.That(StructureTree.Said(cells[0]), Is.EqualTo((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(StructureTree.Said(cells[1]), Does.StartWith(StructureTree.Collapse(process.Name!)));
                var owner = chart.FindPerson(process.Owner!)?.DisplayName ?? process.Owner!;
                Assert.That(StructureTree.Said(cells[2]), Does.StartWith(owner));
                var slots = KpiSlots.Arrange(process, byDimension);
                for (var c = 0; c < 3; c++)
                {
                    var kpi = slots[c]!;
                    var said = StructureTree.Said(cells[3 + c]);
                    Assert.That(said, Does.StartWith(StructureTree.Collapse(kpi.Name!)), $"row {i + 1}, KPI {c + 1}");
                    if (Staleness.Of(kpi, chart.Date) is not null)
                    {
                        // A number not reported is read as stale, never as its old colour.
                        Assert.That(said, Does.StartWith(StructureTree.Collapse(kpi.Name!) + " " + labels.Stale + " "), $"row {i + 1}, KPI {c + 1}");
                    }
                    else if (StatusCheck.Of(kpi, chart.Date) is var status and not KpiStatus.Unknown)
                    {
                        // The mark is read as its word, after the KPI's name and before its target.
                        Assert.That(said, Does.StartWith(StructureTree.Collapse(kpi.Name!) + " " + labels.StatusWord(status) + " "), $"row {i + 1}, KPI {c + 1}");
                    }
                }
            }
        });
    }

    [Test]
    public void Acme_reads_its_status_words_and_sparklines_in_dutch()
    {
        using var pdf = Render(TestCharts.Example("acme-software"));
        var figures = StructureTree.Read(pdf).Descendants().Where(n => n.Type == "Figure").Select(n => n.Alt).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(figures, Does.Contain(Labels.For(ChartLanguage.Dutch).OnTarget).And.Contain(Labels.For(ChartLanguage.Dutch).OffTarget));
            Assert.That(figures, Has.Some.StartsWith("Verloop van "), "a sparkline in words");
            Assert.That(figures, Has.Some.Match(@"^Verloop van \d+ cijfers, week \d+ van 20\d\d tot week \d+ van 20\d\d: eerst .+, laatst .+, doel .+$"), "weeks the Dutch way");
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Headings_start_at_h1_and_skip_no_level_Matterhorn_14_002_14_003(string example)
    {
        using var pdf = Render(TestCharts.Example(example));
        var levels = StructureTree.Read(pdf).Descendants().Where(n => n.Type is ['H', >= '1' and <= '6']).Select(n => n.Type[1] - '0').ToList();
        Assert.That(levels, Is.Not.Empty);
        Assert.That(levels[0], Is.EqualTo(1), "the first heading is H1");
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.That(levels[i], Is.LessThanOrEqualTo(levels[i - 1] + 1), $"heading {i + 1} skips a level");
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_structure_type_is_standard_and_nested_as_iso_32000_says_Matterhorn_01_006_09_004_09_005(string example)
    {
        using var pdf = Render(TestCharts.Example(example));
        var root = StructureTree.Read(pdf);
        var parents = new List<(TagNode Parent, TagNode Child)>();
        void Walk(TagNode node)
        {
            foreach (var child in node.Kids.OfType<TagNode>())
            {
                parents.Add((node, child));
                Walk(child);
            }
        }

        Walk(root);
        Assert.Multiple(() =>
        {
            Assert.That(root.Kids.OfType<TagNode>().Select(n => n.Type), Is.EqualTo(new[] { "Document" }));
            foreach (var (parent, child) in parents)
            {
                Assert.That(StandardTypes, Does.Contain(child.Type));
                var allowed = child.Type switch
                {
                    "TR" => ["Table", "THead", "TBody", "TFoot"],
                    "TH" or "TD" => ["TR"],
                    "LI" => ["L"],
                    "LBody" or "Lbl" => ["LI"],
                    _ => (string[]?)null,
                };
                if (allowed is not null)
                {
                    Assert.That(allowed, Does.Contain(parent.Type), $"{child.Type} inside {parent.Type}");
                }

                if (parent.Type == "Table")
                {
                    Assert.That(child.Type, Is.EqualTo("TR"), "a table holds rows");
                }

                if (parent.Type == "L")
                {
                    Assert.That(child.Type, Is.EqualTo("LI"), "a list holds items");
                }
            }
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_figure_has_words_and_every_header_cell_a_scope_Matterhorn_13_004_15_003(string example)
    {
        using var pdf = Render(TestCharts.Example(example));
        var nodes = StructureTree.Read(pdf).Descendants().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(nodes.Where(n => n.Type == "Figure"), Is.Not.Empty);
            Assert.That(nodes.Where(n => n.Type == "Figure").Select(n => n.Alt), Is.All.Not.Null.And.Not.Empty);
            Assert.That(nodes.Where(n => n.Type == "TH").Select(n => n.Scope), Is.All.AnyOf("Row", "Column"));
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void All_drawing_is_tagged_or_an_artifact_and_the_two_never_nest_Matterhorn_01_003_01_004_01_005(string example)
    {
        using var pdf = Render(TestCharts.Example(example));
        string[] painting = ["Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"];
        Assert.Multiple(() =>
        {
            for (var n = 1; n <= pdf.Document.NumberOfPages; n++)
            {
                var open = new Stack<(bool Artifact, bool Tagged)>();
                var painted = 0;
                foreach (var operation in pdf.Document.GetPage(n).Operations)
                {
                    switch (operation)
                    {
                        case BeginMarkedContent bmc:
                            Open(open, bmc.Name.Data, tagged: false, n);
                            break;
                        case BeginMarkedContentWithProperties bdc:
                            Open(open, bdc.Name.Data, tagged: bdc.Properties?.ContainsKey(NameToken.Create("MCID")) == true, n);
                            break;
                        case EndMarkedContent:
                            open.Pop();
                            break;
                        default:
                            if (painting.Contains(operation.Operator))
                            {
                                painted++;
                                Assert.That(open.Any(m => m.Artifact || m.Tagged), Is.True, $"page {n}: '{operation.Operator}' is neither tagged nor an artifact (01-005)");
                            }

                            break;
                    }
                }

                Assert.That(open, Is.Empty, $"page {n}: every BDC/BMC ends");
                Assert.That(painted, Is.GreaterThan(0));
            }
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_mcid_belongs_to_the_element_the_parent_tree_names(string example)
    {
        using var pdf = Render(TestCharts.Example(example));
        var root = StructureTree.Read(pdf);
        var owners = root.Descendants().SelectMany(n => n.Kids.OfType<MarkedText>().Select(m => (m.Page, m.Mcid, Node: n))).ToList();
        var parentTree = pdf.Get<DictionaryToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "StructTreeRoot")!, "ParentTree")!;
        var nums = pdf.Get<ArrayToken>(parentTree, "Nums")!;
        Assert.Multiple(() =>
        {
            Assert.That(owners.Select(o => (o.Page, o.Mcid)), Is.Unique, "each MCID has one owner");
            var pages = pdf.Pages().ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var key = (int)pdf.Number(pages[i], "StructParents")!;
                var at = Enumerable.Range(0, nums.Length / 2).Single(k => ((NumericToken)nums[2 * k]).Int == key);
                var array = (ArrayToken)pdf.Resolve(nums[(2 * at) + 1]);
                var mine = owners.Where(o => o.Page == i + 1).ToList();
                Assert.That(array.Length, Is.EqualTo(mine.Count), $"page {i + 1}: one parent-tree entry per MCID");
                foreach (var (_, mcid, node) in mine)
                {
                    var element = pdf.Dictionary(array[mcid])!;
                    Assert.That(pdf.Name(element, "S"), Is.EqualTo(node.Type), $"page {i + 1}, MCID {mcid}");
                }
            }
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void The_catalog_says_tagged_language_and_title_Matterhorn_01_007_06_001_to_003_07_001_07_002_11_001_11_006(string example)
    {
        var chart = TestCharts.Example(example);
        using var pdf = Render(chart);
        var markInfo = pdf.Get<DictionaryToken>(pdf.Catalog, "MarkInfo")!;
        var preferences = pdf.Get<DictionaryToken>(pdf.Catalog, "ViewerPreferences")!;
        Assert.That(pdf.Document.TryGetXmpMetadata(out _), Is.True, "06-001: an XMP metadata stream");
        var xml = PdfAConformanceTests.Xmp(pdf);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Multiple(() =>
        {
            Assert.That(pdf.Get<BooleanToken>(markInfo, "Marked")?.Data, Is.True, "PDF/UA 7.1: /MarkInfo /Marked true");
            Assert.That(pdf.Get<BooleanToken>(markInfo, "Suspects")?.Data ?? false, Is.False, "01-007");
            Assert.That(xml.Descendants(pdfuaid + "part").Single().Value, Is.EqualTo("1"), "06-002");
            Assert.That(xml.Descendants(dc + "title").Single().Value, Is.Not.Empty, "06-003");
            Assert.That(pdf.Get<BooleanToken>(preferences, "DisplayDocTitle")?.Data, Is.True, "07-001, 07-002");
            Assert.That(pdf.Text(pdf.Catalog, "Lang"), Is.EqualTo(chart.Language == ChartLanguage.Dutch ? "nl" : "en"), "11-001, 11-006");
            Assert.That(pdf.Catalog.ContainsKey(NameToken.Create("Encrypt")) || pdf.Document.IsEncrypted, Is.False, "26-001");
            Assert.That(pdf.Pages().Any(p => p.ContainsKey(NameToken.Create("Annots"))), Is.False, "28: no annotations to tag");
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_glyph_maps_to_unicode_Matterhorn_10_001(string example)
    {
        using var pdf = Render(TestCharts.Example(example));
        var letters = Enumerable.Range(1, pdf.Document.NumberOfPages).SelectMany(n => pdf.Document.GetPage(n).Letters).ToList();
        Assert.That(letters, Is.Not.Empty);
        Assert.That(letters.Where(l => string.IsNullOrEmpty(l.Value) || l.Value.Contains('\0', StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_logo_is_a_figure_named_after_the_organisation_on_page_one_and_furniture_after()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pace-ua-logo-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            using (var bitmap = new SkiaSharp.SKBitmap(40, 20))
            using (var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
            {
                File.WriteAllBytes(Path.Combine(folder, "logo.png"), data.ToArray());
            }

            using var pdf = new PdfObjects(ChartRenderer.RenderPages(TestCharts.CheckedWithLogo("technical-wholesaler", folder))[0]);
            var figures = StructureTree.Read(pdf).Descendants().Where(n => n.Type == "Figure" && n.Alt!.StartsWith("Logo", StringComparison.Ordinal)).ToList();
            Assert.That(figures.Select(f => (f.Alt, f.Page)), Is.EqualTo(new[] { ("Logo of Van Dijk Installatietechniek", (int?)1) }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static PdfObjects Render(Chart chart) => new(ChartRenderer.RenderPages(chart)[0]);

    private static void Open(Stack<(bool Artifact, bool Tagged)> open, string tag, bool tagged, int page)
    {
        var artifact = tag == "Artifact";
        Assert.That(!artifact || !open.Any(m => m.Tagged), Is.True, $"page {page}: an artifact inside tagged content (01-003)");
        Assert.That(!tagged || !open.Any(m => m.Artifact), Is.True, $"page {page}: tagged content inside an artifact (01-004)");
        open.Push((artifact, tagged));
    }
}
