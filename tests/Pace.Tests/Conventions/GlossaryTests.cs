using System.Reflection;
using System.Text.RegularExpressions;
using Pace.Localization;
using Pace.Rendering;
using Pace.Tests.Rules;

namespace Pace.Tests.Conventions;

/// <summary>
/// The Dutch a reader gets — the message table and the labels of the rendered pages and the site — uses one word per
/// concept, the one <c>docs/glossary.md</c> gives (the articles' word first), and never a word the glossary lists as
/// not used.
/// </summary>
public sealed partial class GlossaryTests
{
    /// <summary>One row of the glossary's table.</summary>
    public sealed record Term(string Concept, string[] English, string[] Dutch, string[] Rejected, bool Paired)
    {
        /// <inheritdoc />
        public override string ToString() => Concept;
    }

    /// <summary>The glossary's rows, read from <c>docs/glossary.md</c>.</summary>
    public static IReadOnlyList<Term> Terms()
    {
        var path = Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "glossary.md");
        var rows = new List<Term>();
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 8 || cells[1] is "concept" or "---")
            {
                continue;
            }

            rows.Add(new Term(cells[1], List(cells[2]), List(cells[3]), List(cells[4]), cells[5] == "both"));
        }

        return rows;

        static string[] List(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Every Dutch text with its English counterpart: messages by key, labels by property (and index).</summary>
    public static IEnumerable<(string Where, string English, string Dutch)> Texts()
    {
        foreach (var key in MessageTable.Keys(ChartLanguage.Dutch).Order(StringComparer.Ordinal))
        {
            yield return ("DutchMessages." + key, MessageTable.Get(ChartLanguage.English, key), MessageTable.Get(ChartLanguage.Dutch, key));
        }

        // The labels are internal to Pace.Rendering; read them as data: the PACe pages', the FACe pages' and the site's.
        foreach (var table in new[] { "Layout.Labels", "Layout.FaceLabels", "Site.SiteLabels" })
        {
            var labels = typeof(ChartRenderer).Assembly.GetType("Pace.Rendering." + table, throwOnError: true)!;
            var english = labels.GetProperty("English", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var dutch = labels.GetProperty("Dutch", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            foreach (var property in labels.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                switch (property.GetValue(english), property.GetValue(dutch))
                {
                    case (string en, string nl):
                        yield return ($"{table[(table.IndexOf('.') + 1)..]}.{property.Name}", en, nl);
                        break;
                    case (string[] en, string[] nl):
                        for (var i = 0; i < Math.Min(en.Length, nl.Length); i++)
                        {
                            yield return ($"{table[(table.IndexOf('.') + 1)..]}.{property.Name}[{i}]", en[i], nl[i]);
                        }

                        break;
                }
            }
        }
    }

    [Test]
    public void The_glossary_holds_the_articles_terms()
    {
        var terms = Terms();
        string DutchOf(string concept) => string.Join(", ", terms.Single(t => t.Concept.StartsWith(concept, StringComparison.Ordinal)).Dutch);
        Assert.Multiple(() =>
        {
            Assert.That(DutchOf("core process"), Is.EqualTo("kernproces"));
            Assert.That(DutchOf("the one person accountable"), Is.EqualTo("eindverantwoordelijk"));
            Assert.That(DutchOf("leading KPI"), Is.EqualTo("vooruitkijkend"));
            Assert.That(DutchOf("lagging KPI"), Is.EqualTo("terugkijkend"));
            Assert.That(DutchOf("seat"), Is.EqualTo("stoel"));
            Assert.That(DutchOf("the chart"), Is.EqualTo("PACe"));
            Assert.That(DutchOf("the PACe form's KPI slots"), Is.EqualTo("Beter, Sneller, Goedkoper"));
        });
    }

    [Test]
    public void The_scan_reads_the_messages_and_the_labels()
    {
        var where = Texts().Select(t => t.Where).ToList();
        Assert.That(where, Does.Contain("DutchMessages.PACE002Many"));
        Assert.That(where, Does.Contain("Labels.NoOwner"));
        Assert.That(where, Does.Contain("Labels.MonthNames[9]"));
        Assert.That(where, Does.Contain("FaceLabels.NoOwner"));
        Assert.That(where, Does.Contain("SiteLabels.AllCharts"));
    }

    [Test]
    public void No_Dutch_message_or_label_uses_a_word_the_glossary_rejects()
    {
        var hits = new List<string>();
        foreach (var (where, _, dutch) in Texts())
        {
            var text = Unquoted(dutch);
            foreach (var term in Terms())
            {
                hits.AddRange(term.Rejected.Where(word => StartsAWord(text, word)).Select(word => $"{where}: '{word}' ({term.Concept}: say {string.Join(" / ", term.Dutch)}) in \"{dutch}\""));
            }
        }

        Assert.That(hits, Is.Empty, string.Join(Environment.NewLine, hits));
    }

    [Test]
    public void A_Dutch_text_says_the_glossary_term_where_its_English_one_does()
    {
        var hits = new List<string>();
        foreach (var (where, english, dutch) in Texts())
        {
            var en = Unquoted(english);
            var nl = Unquoted(dutch);
            foreach (var term in Terms().Where(t => t.Paired))
            {
                if (term.English.Any(w => StartsAWord(en, w)) && !term.Dutch.Any(w => StartsAWord(nl, w)))
                {
                    hits.Add($"{where}: English says {string.Join("/", term.English)}, Dutch lacks {string.Join("/", term.Dutch)} in \"{dutch}\"");
                }
            }
        }

        Assert.That(hits, Is.Empty, string.Join(Environment.NewLine, hits));
    }

    [TestCase("De kaart is klaar.", "kaart", true)]
    [TestCase("Het kaartformaat", "kaart", true)]
    [TestCase("Een landkaart", "kaart", false)]
    [TestCase("Zet 'target:' erbij.", "target", false)]
    [TestCase("Vijf kernprocessen", "kernproces", true)]
    public void A_term_matches_the_start_of_a_word_outside_quotes(string text, string word, bool expected) =>
        Assert.That(StartsAWord(Unquoted(text), word), Is.EqualTo(expected));

    /// <summary>Whether a glossary term starts a word of the text (case-insensitive).</summary>
    internal static bool StartsAWord(string text, string word) =>
        Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(word), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text without what stands between single quotes: keys, names, examples (and placeholders).</summary>
    internal static string Unquoted(string text) => Placeholder().Replace(Quoted().Replace(text, " "), " ");

    // A quote opens after a non-letter (so "KPI's" is no quote) and closes before one.
    [GeneratedRegex(@"(?<![\p{L}])'[^']*'(?![\p{L}])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{(?:\d+|[a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
