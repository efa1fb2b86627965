using System.Text.RegularExpressions;
using Pace.Tests.Rules;

namespace Pace.Tests.Conventions;

/// <summary>
/// Pace cites only what its readers can open: the sources of <c>docs/sources.md</c> by their ids (A000…A004,
/// PACE-FORM), never the working names they had while Pace was being written — a numbered "seed" file, a section
/// of a design brief, a numbered issue of a tracker nobody outside can read. Checked over everything that reaches a
/// reader: <c>src/</c> (code, XML docs, the packaged READMEs, the starter templates, the public API files),
/// <c>docs/</c> (the rule pages <c>pace explain</c> prints), <c>examples/</c>, <c>schema/</c> and the top-level
/// README and CHANGELOG — and the scripts beside them (<c>bench/</c>, <c>tools/</c>, <c>.ci/</c>, <c>fuzz/</c>), whose
/// comments a contributor reads; their raw results and build output are data, not prose, and are left out.
/// </summary>
public sealed partial class CitationTests
{
    private static readonly string[] Folders = ["src", "docs", "examples", "schema", "bench", "tools", ".ci", "fuzz"];
    private static readonly string[] Skipped = ["bin", "obj", ".work", "results", "BenchmarkDotNet.Artifacts"];
    private static readonly string[] TopLevelFiles = ["README.md", "CHANGELOG.md"];

    /// <summary>Every text file a reader gets, relative to the repository root, without build output.</summary>
    public static IEnumerable<string> PublishedTextFiles()
    {
        var root = RuleConventionTests.RepositoryRoot();
        var files = Folders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f), "*", SearchOption.AllDirectories))
            .Concat(TopLevelFiles.Select(f => Path.Combine(root, f)).Where(File.Exists))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(Skipped.Contains))
            .Where(f => IsText(Path.Combine(root, f)))
            .Order(StringComparer.Ordinal);
        return files;
    }

    [Test]
    public void The_scan_covers_code_docs_rule_pages_packaged_readmes_and_templates()
    {
        var files = PublishedTextFiles().ToList();
        Assert.That(files, Has.Some.Match(@"^src/Pace/.+\.cs$"));
        Assert.That(files, Has.Some.Match(@"^src/.+/PublicAPI\.Unshipped\.txt$"));
        Assert.That(files, Does.Contain("docs/rules/PACE012.md"));
        Assert.That(files, Does.Contain("src/Pace/README.md"));
        Assert.That(files, Has.Some.Match(@"^src/Pace\.Cli/Templates/.+\.yaml$"));
        Assert.That(files, Does.Contain("README.md"));
        Assert.That(files, Has.None.Match("/(bin|obj)/"));
    }

    [Test]
    public void No_published_text_cites_a_name_a_reader_cannot_open()
    {
        var root = RuleConventionTests.RepositoryRoot();
        var hits = new List<string>();
        foreach (var file in PublishedTextFiles())
        {
            var lines = File.ReadAllLines(Path.Combine(root, file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (Unopenable().Match(lines[i]) is { Success: true } m)
                {
                    hits.Add($"{file}:{i + 1}: '{m.Value}' — cite an id of docs/sources.md, or say it without a reference");
                }
            }
        }

        Assert.That(hits, Is.Empty);
    }

    [Test]
    public void Every_source_id_cited_is_listed_in_docs_sources()
    {
        var root = RuleConventionTests.RepositoryRoot();
        var listed = ListedIds();
        Assert.That(listed, Is.SupersetOf(new[] { "A000", "A001", "A002", "A003", "A004", "PACE-FORM" }));
        var unknown = new List<string>();
        foreach (var file in PublishedTextFiles())
        {
            foreach (Match m in SourceId().Matches(File.ReadAllText(Path.Combine(root, file))))
            {
                if (!listed.Contains(m.Value))
                {
                    unknown.Add($"{file}: {m.Value}");
                }
            }
        }

        Assert.That(unknown, Is.Empty, "cited but not in docs/sources.md");
    }

    [Test]
    public void Every_rule_page_cites_its_sources_by_id()
    {
        var listed = ListedIds();
        foreach (var page in RulePages())
        {
            var text = File.ReadAllText(page);
            var source = SourceLine().Match(text);
            Assert.That(source.Success, Is.True, $"{Path.GetFileName(page)} has a '**Source:**' line");
            var ids = SourceId().Matches(source.Groups[1].Value).Select(m => m.Value).ToList();
            Assert.That(
                ids.Count > 0 || Regex.IsMatch(source.Groups[1].Value, "^(the chart format|format|Pace)$"),
                Is.True,
                $"{Path.GetFileName(page)}: the source is an id of docs/sources.md, or the chart format, or Pace itself");
            Assert.That(listed, Is.SupersetOf(ids), Path.GetFileName(page));
        }
    }

    [Test]
    public void Sources_name_the_articles_never_by_their_file_names() =>
        Assert.That(
            PublishedTextFiles().Where(f => SeedFileName().IsMatch(File.ReadAllText(Path.Combine(RuleConventionTests.RepositoryRoot(), f)))),
            Is.Empty);

    /// <summary>The pages of the rules (PACE0xx), not of the load errors.</summary>
    public static IEnumerable<string> RulePages() =>
        Directory.EnumerateFiles(Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "rules"), "PACE0*.md")
            .Order(StringComparer.Ordinal);

    /// <summary>The ids that docs/sources.md defines: one <c>## ID</c> heading each.</summary>
    public static HashSet<string> ListedIds()
    {
        var sources = File.ReadAllText(Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "sources.md"));
        return [.. SourceHeading().Matches(sources).Select(m => m.Groups[1].Value)];
    }

    private static bool IsText(string path)
    {
        Span<byte> head = stackalloc byte[8000];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return !head[..read].Contains((byte)0);
    }

    /// <summary>What only this repository's authors could open: "seed 001", "seeds 001 and 002", "design §4", "issue 7".</summary>
    [GeneratedRegex(@"seeds? 0|design §|issue #?[0-9]", RegexOptions.IgnoreCase)]
    private static partial Regex Unopenable();

    [GeneratedRegex(@"\b(A\d{3}|PACE-FORM|FACE-FORM)\b")]
    private static partial Regex SourceId();

    [GeneratedRegex(@"^## (A\d{3}|PACE-FORM|FACE-FORM)\s*$", RegexOptions.Multiline)]
    private static partial Regex SourceHeading();

    [GeneratedRegex(@"^\*\*Severity:\*\* [a-z]+ · \*\*Source:\*\* (.+)$", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    /// <summary>The working files the articles came in: three digits, an underscore, sixteen hex digits.</summary>
    [GeneratedRegex(@"\b\d{3}_[0-9a-f]{16}\b")]
    private static partial Regex SeedFileName();
}
