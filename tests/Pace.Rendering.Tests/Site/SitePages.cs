using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>Sites for the tests, and their pages parsed as a browser parses them (strict: any HTML5 parse error throws).</summary>
internal static class SitePages
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> ExamplesSite = new(() => SitePublisher.Build(Examples(), AllDownloads));

    /// <summary>The site with every kind of download (the default offers the PDF alone).</summary>
    public static SiteOptions AllDownloads { get; } = new() { Downloads = SiteDownloads.All };

    /// <summary>The examples as the site's input, checked by the library's pipeline.</summary>
    public static IReadOnlyList<CheckResult> Examples() =>
        [.. TestCharts.Examples.Select(name => ChartChecker.Default.CheckFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", name + ".pace.yaml")))];

    /// <summary>The site of the three examples with every download, built once.</summary>
    public static IReadOnlyDictionary<string, byte[]> Examples3 => ExamplesSite.Value;

    /// <summary>The HTML pages of a site.</summary>
    public static IEnumerable<string> Html(IReadOnlyDictionary<string, byte[]> site) => site.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>A page parsed in strict mode: a parse error fails the test with the page's name.</summary>
    public static IDocument Parse(IReadOnlyDictionary<string, byte[]> site, string path)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        try
        {
            return parser.ParseDocument(Encoding.UTF8.GetString(site[path]));
        }
        catch (HtmlParseException e)
        {
            Assert.Fail($"{path}: HTML parse error at {e.Position.Line}:{e.Position.Column}: {e.Message}");
            throw;
        }
    }

    /// <summary>A temporary folder, removed by the caller.</summary>
    public static string TempFolder() => Directory.CreateTempSubdirectory("pace-site-").FullName;
}
