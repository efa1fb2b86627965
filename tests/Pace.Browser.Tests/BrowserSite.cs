using Microsoft.Playwright;
using Pace.Rendering.Site;

namespace Pace.Browser.Tests;

/// <summary>
/// The site the browser tests open: the three examples and a chart made to stress the pages (nine processes, long
/// texts, a right-to-left name), written once into a temporary folder; and the Chromium that opens it.
/// </summary>
[SetUpFixture]
public sealed class BrowserSite
{
    /// <summary>Where Debian installs Chromium (<c>.ci/run</c> installs it); <c>PACE_CHROMIUM</c> names another.</summary>
    private const string DebianChromium = "/usr/bin/chromium";

    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The site's folder.</summary>
    public static string Folder { get; private set; } = null!;

    /// <summary>Every file of the site, as written.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files { get; private set; } = null!;

    /// <summary>The browser, or a skip (environment limit) when Chromium is not installed.</summary>
    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("No browser.");

    /// <summary>The site's address of a page: a file:// URL, as a reader opens a downloaded site.</summary>
    public static string Url(string path) => new Uri(Path.Combine(Folder, path)).AbsoluteUri;

    /// <summary>The HTML pages of the site.</summary>
    public static IEnumerable<string> Pages => Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>The chart pages (index.html of each chart's folder).</summary>
    public static IEnumerable<string> ChartPages => Pages.Where(p => p.Count(c => c == '/') == 1 && p.EndsWith("/index.html", StringComparison.Ordinal) && !p.StartsWith("rules/", StringComparison.Ordinal));

    [OneTimeSetUp]
    public async Task Start()
    {
        var examples = new[] { "acme-software", "technical-wholesaler", "brightleaf-foods" }
            .Select(name => ChartChecker.Default.CheckFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", name + ".pace.yaml")));
        var checks = examples.Append(ChartChecker.Default.Check(StressChart.Build())).ToList();
        Folder = Path.Combine(Directory.CreateTempSubdirectory("pace-browser-").FullName, "site");
        // Every download: the SVG is compared with the PNG below.
        var options = new SiteOptions { Downloads = SiteDownloads.All };
        SitePublisher.Write(checks, Folder, options);
        Files = SitePublisher.Build(checks, options);

        var chromium = Environment.GetEnvironmentVariable("PACE_CHROMIUM") is { Length: > 0 } given ? given : DebianChromium;
        if (!File.Exists(chromium))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Root in a container has no user namespace for Chromium's sandbox; the pages are Pace's own files.
            Args = ["--no-sandbox"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Folder is not null)
        {
            Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
        }
    }

    /// <summary>Skips the calling test for the environment limit when Chromium is missing.</summary>
    public static void RequireBrowser()
    {
        if (_browser is null)
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, "chromium is not installed (.ci/run installs it; or set PACE_CHROMIUM)");
        }
    }
}
