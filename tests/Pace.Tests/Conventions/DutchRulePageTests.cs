using System.Text.RegularExpressions;
using Pace.Tests.Rules;
using Pace.Validation;

namespace Pace.Tests.Conventions;

/// <summary>
/// The Dutch rule pages (<c>docs/rules/nl/</c>) that <c>pace explain CODE --lang nl</c> and the site's
/// <c>rules/nl/</c> print: one for every code that has an English page, embedded, saying the same severity and
/// sources under the same headings, with the same YAML keys in its examples, in the glossary's words.
/// </summary>
public sealed partial class DutchRulePageTests
{
    private static string Folder => Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "rules", "nl");

    /// <summary>Every code with an English page in docs/rules/: each must have its Dutch page.</summary>
    private static IEnumerable<string> Codes() =>
        Directory.EnumerateFiles(Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "rules"), "PACE*.md")
            .Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    /// <summary>The English headings and the Dutch ones that stand for them.</summary>
    private static readonly (string English, string Dutch)[] Headings =
    [
        ("**Threshold:**", "**Drempel:**"),
        ("## What it checks", "## Wat de regel controleert"),
        ("## Why", "## Waarom"),
        ("## How to fix", "## Zo los je het op"),
        ("## Example", "## Voorbeeld"),
    ];

    [Test]
    public void Every_code_has_a_Dutch_page_and_no_other_page_is_there()
    {
        var files = Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.That(Codes(), Does.Contain("PACE001").And.Contain("PACE121"));
        Assert.That(files, Is.EqualTo(Codes()), "docs/rules/nl/ holds a page for every page of docs/rules/");
        Assert.That(RuleDocs.CodesIn(ChartLanguage.Dutch), Is.EqualTo(RuleDocs.Codes), "embedded in the library");
        Assert.That(RuleDocs.CodesIn(ChartLanguage.English), Is.EqualTo(RuleDocs.Codes));
        Assert.That(RuleDocs.Codes, Is.EqualTo(Codes()));
        Assert.That(RuleDocs.Codes, Has.None.Contains("."), "a Dutch page is no English code");
    }

    [TestCaseSource(nameof(Codes))]
    public void A_Dutch_page_translates_its_English_one(string code)
    {
        var dutch = RuleDocs.Get(code, ChartLanguage.Dutch);
        var english = RuleDocs.Get(code);
        Assert.That(dutch, Is.Not.Null.And.EqualTo(File.ReadAllText(Path.Combine(Folder, code + ".md"))));
        Assert.That(english, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(dutch, Does.StartWith($"# {code}: "));
            Assert.That(Severity(dutch!), Is.EqualTo(Severity(english!)), "the same severity, in Dutch words");
            Assert.That(Sources(dutch!), Is.EqualTo(Sources(english!)), "the same sources");
            foreach (var (en, nl) in Headings)
            {
                Assert.That(dutch!.Contains(nl, StringComparison.Ordinal), Is.EqualTo(english!.Contains(en, StringComparison.Ordinal)), $"'{nl}' where the English page has '{en}'");
            }

            // Links from docs/rules/nl/ reach docs/ two folders up.
            Assert.That(Regex.Matches(dutch!, @"\]\(\.\./[a-z]+\.md"), Is.Empty, "from nl/ the link is ../../sources.md");
            Assert.That(Regex.Matches(dutch!, @"\]\(([^)#]+)").Select(m => m.Groups[1].Value), Has.All.Matches<string>(t => File.Exists(Path.Combine(Folder, t))), "every link reaches a file");
        });
    }

    /// <summary>The examples are the same YAML in other words: a key translated (<c>doel:</c>) would not load.</summary>
    [TestCaseSource(nameof(Codes))]
    public void A_Dutch_pages_examples_use_the_keys_and_codes_of_the_English_ones(string code)
    {
        var dutch = RuleDocs.Get(code, ChartLanguage.Dutch)!;
        var english = RuleDocs.Get(code)!;
        Assert.That(Keys(dutch), Is.EqualTo(Keys(english)), "YAML keys");
        Assert.That(YamlBlocks(dutch).Count(), Is.EqualTo(YamlBlocks(english).Count()), "YAML examples");
        Assert.That(RuleCodesIn(YamlBlocks(dutch)), Is.EqualTo(RuleCodesIn(YamlBlocks(english))), "rule codes in the examples");
    }

    /// <summary>The prose of a Dutch page says the glossary's word, never one it rejects; quotes and code are left out.</summary>
    [TestCaseSource(nameof(Codes))]
    public void A_Dutch_page_uses_no_word_the_glossary_rejects(string code)
    {
        var prose = Prose(RuleDocs.Get(code, ChartLanguage.Dutch)!);
        var hits = GlossaryTests.Terms()
            .SelectMany(term => term.Rejected.Where(word => GlossaryTests.StartsAWord(prose, word))
                .Select(word => $"'{word}' ({term.Concept}: say {string.Join(" / ", term.Dutch)})"))
            .ToList();
        Assert.That(hits, Is.Empty);
    }

    [Test]
    public void The_prose_scan_leaves_out_code_and_quotes_only()
    {
        var prose = Prose("Een kaart `kaart:` en \"de kaart\" en 'kaart'.\n```yaml\nkaart: 1\n```\nmet [A001](../../kaart.md)");
        Assert.That(Regex.Matches(prose, "kaart"), Has.Count.EqualTo(1));
        Assert.That(Keys("```yaml\n  - { name: X, owner: bram }\n    target: 6 # doel: 7\n          2026-W41: 39\n```"), Is.EqualTo(new[] { "name", "owner", "target" }));
    }

    [Test]
    public void A_code_has_no_Dutch_page_under_another_name()
    {
        Assert.That(RuleDocs.Get("PACE999", ChartLanguage.Dutch), Is.Null);
        Assert.That(RuleDocs.Get("PACE004", ChartLanguage.English), Is.Not.Null.And.EqualTo(RuleDocs.Get("PACE004")));
        Assert.That(RuleDocs.Get("nl.PACE001"), Is.Null);
    }

    private static string Severity(string page)
    {
        var word = SeverityWord().Match(page).Groups[1].Value;
        return word switch
        {
            "fout" => "error",
            "waarschuwing" => "warning",
            "tip" => "info",
            _ => word,
        };
    }

    private static string[] Sources(string page) =>
        [.. SourceId().Matches(SourceLine().Match(page).Groups[1].Value).Select(m => m.Value)];

    private static IEnumerable<string> YamlBlocks(string page) => YamlBlock().Matches(page).Select(m => m.Groups[1].Value);

    private static string[] Keys(string page) =>
        [.. YamlBlocks(page).SelectMany(block => block.Split('\n'))
            .Select(line => Comment().Replace(line, string.Empty))
            .SelectMany(line => YamlKey().Matches(line).Select(m => m.Groups[1].Value))
            .Distinct().Order(StringComparer.Ordinal)];

    private static string[] RuleCodesIn(IEnumerable<string> blocks) =>
        [.. blocks.SelectMany(b => RuleCode().Matches(b).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The page without code blocks, code spans, quotations and link targets: the words the page itself says.</summary>
    private static string Prose(string page)
    {
        var text = Fenced().Replace(page, " ");
        text = CodeSpan().Replace(text, " ");
        text = DoubleQuoted().Replace(text, " ");
        return GlossaryTests.Unquoted(LinkTarget().Replace(text, "]"));
    }

    [GeneratedRegex(@"^\*\*(?:Severity|Ernst):\*\* (\w+)", RegexOptions.Multiline)]
    private static partial Regex SeverityWord();

    [GeneratedRegex(@"\*\*(?:Source|Bron):\*\* (.+)$", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\[(A00\d|PACE-FORM|FACE-FORM)\]|\bPace\b")]
    private static partial Regex SourceId();

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    /// <summary>A key: at the start of a line or a list item, or after <c>{</c> or <c>,</c> in a flow mapping.</summary>
    [GeneratedRegex(@"(?:^\s*(?:-\s+)?|[{,]\s*)([A-Za-z][\w.-]*):(?=\s|$)")]
    private static partial Regex YamlKey();

    [GeneratedRegex(@"\s#(?! pace-disable).*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bPACE\d{3}\b")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex Fenced();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"""[^""]*""")]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();
}
