using System.Text.RegularExpressions;
using Pace.Tests.Rules;
using Pace.Validation;

namespace Pace.Tests.Conventions;

/// <summary>
/// The Dutch rule pages (<c>docs/rules/nl/</c>) that <c>pace explain CODE --lang nl</c> prints: which codes have one,
/// that each is embedded and translates an English page, and that it says the same severity and sources.
/// </summary>
public sealed partial class DutchRulePageTests
{
    /// <summary>The codes with a Dutch page. Add a code here when you add its page; the rest fall back to English.</summary>
    private static readonly string[] Translated = ["PACE001", "PACE002", "PACE003", "PACE009", "PACE021"];

    private static string Folder => Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "rules", "nl");

    private static string[] Codes() => Translated;

    [Test]
    public void These_codes_have_a_Dutch_page_and_no_others()
    {
        var files = Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(Translated), "docs/rules/nl/");
        Assert.That(RuleDocs.CodesIn(ChartLanguage.Dutch), Is.EqualTo(Translated), "embedded in the library");
        Assert.That(RuleDocs.CodesIn(ChartLanguage.English), Is.EqualTo(RuleDocs.Codes));
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
            Assert.That(dutch, Does.Contain("**Drempel:**"));
            foreach (var heading in new[] { "## Wat de regel controleert", "## Waarom", "## Zo los je het op", "## Voorbeeld" })
            {
                Assert.That(dutch, Does.Contain(heading));
            }

            // Links from docs/rules/nl/ reach docs/sources.md two folders up.
            Assert.That(Regex.Matches(dutch!, @"\]\(\.\./sources\.md"), Is.Empty, "from nl/ the link is ../../sources.md");
        });
    }

    [Test]
    public void A_code_without_a_Dutch_page_has_none_in_the_library()
    {
        Assert.That(RuleDocs.Get("PACE004", ChartLanguage.Dutch), Is.Null);
        Assert.That(RuleDocs.Get("PACE004", ChartLanguage.English), Is.EqualTo(RuleDocs.Get("PACE004")));
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

    [GeneratedRegex(@"^\*\*(?:Severity|Ernst):\*\* (\w+)", RegexOptions.Multiline)]
    private static partial Regex SeverityWord();

    [GeneratedRegex(@"\*\*(?:Source|Bron):\*\* (.+)$", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\[(A00\d|PACE-FORM|FACE-FORM)\]|\bPace\b")]
    private static partial Regex SourceId();
}
