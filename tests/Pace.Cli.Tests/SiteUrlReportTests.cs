using System.Text.Json;
using System.Xml.Linq;
using Pace.Rendering.Site;

namespace Pace.Cli.Tests;

/// <summary>
/// <c>pace validate --site-url URL</c> (or <c>PACE_SITE_URL</c>): the CI formats link each finding to its rule page on
/// the site <c>pace site</c> publishes, in the chart's language, escaped as each format escapes; a wrong address is one
/// line and exit 2.
/// </summary>
public class SiteUrlReportTests
{
    private const string Site = "https://charts.example.org/pace";

    /// <summary>The pages of a site with an English chart and a Dutch one, built once.</summary>
    private static readonly Lazy<HashSet<string>> SitePages = new(() =>
    [
        .. SitePublisher.Build(
            [ChartChecker.Default.CheckFile(PaceTool.Example("technical-wholesaler.pace.yaml")), ChartChecker.Default.CheckFile(PaceTool.Example("acme-software.pace.yaml"))],
            new SiteOptions { Downloads = SiteDownloads.None }).Keys,
    ]);

    private static string[] InvalidExamples => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples", "invalid"), "*.pace.yaml").Order(StringComparer.Ordinal)];

    /// <summary>The address of a rule's page, from where the site puts it, checked to be a page the site has.</summary>
    private static string PageOf(string code, ChartLanguage language)
    {
        var path = SitePublisher.RulePagePath(code, language);
        Assert.That(path, Is.Not.Null, code);
        Assert.That(SitePages.Value, Does.Contain(path), "a page the published site has");
        return Site + "/" + path;
    }

    [Test]
    public void Sarif_help_uri_of_each_rule_is_its_page_on_the_site()
    {
        var (_, output, error) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "sarif", "--lang", "en", "--site-url", Site]);
        using var doc = JsonDocument.Parse(output);
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.That(rules, Is.Not.Empty, error);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.That(rule.GetProperty("helpUri").GetString(), Is.EqualTo(PageOf(id, ChartLanguage.English)), id);
        }
    }

    [TestCase("en", "en")]
    [TestCase("nl", "nl")]
    public void GitHub_annotations_end_with_the_rule_page_in_the_charts_language(string lang, ChartLanguage language)
    {
        var (_, output, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "github", "--lang", lang, "--site-url", Site + "/"]);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.Not.Empty);
        foreach (var line in lines)
        {
            var code = line.Split(",title=")[1].Split("::")[0];
            Assert.That(line, Does.EndWith($" ({PageOf(code, language)})"), line);
        }
    }

    [Test]
    public void GitLab_descriptions_end_with_the_rule_page()
    {
        var (_, output, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "gitlab", "--lang", "en", "--site-url", Site]);
        using var doc = JsonDocument.Parse(output);
        Assert.That(doc.RootElement.GetArrayLength(), Is.GreaterThan(0));
        foreach (var issue in doc.RootElement.EnumerateArray())
        {
            var code = issue.GetProperty("check_name").GetString()!;
            Assert.That(issue.GetProperty("description").GetString(), Does.EndWith($" ({PageOf(code, ChartLanguage.English)})"), code);
        }
    }

    [Test]
    public void JUnit_failures_name_the_rule_page_in_their_message_and_text()
    {
        var (_, output, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "junit", "--lang", "en", "--site-url", Site]);
        var failures = XDocument.Parse(output).Descendants("failure").ToList();
        Assert.That(failures, Is.Not.Empty);
        foreach (var failure in failures.Where(f => f.Attribute("type")!.Value.StartsWith("PACE", StringComparison.Ordinal) && f.Attribute("type")!.Value != "PACE1xx"))
        {
            var url = PageOf(failure.Attribute("type")!.Value, ChartLanguage.English);
            Assert.That(failure.Attribute("message")!.Value, Does.EndWith($" ({url})"));
            Assert.That(failure.Value.Split('\n')[^1], Is.EqualTo(url));
        }
    }

    [Test]
    public void Without_a_site_nothing_is_linked_and_sarif_keeps_the_repositorys_pages()
    {
        var (_, github, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "github", "--lang", "en"]);
        Assert.That(github, Does.Not.Contain("https://"));
    }

    [Test]
    public void An_address_that_needs_escaping_cannot_break_out_of_any_format()
    {
        // %0A would be a new workflow command if GitHub's runner decoded it; quotes and angle brackets end attributes.
        const string hostile = "https://charts.example.org/a b/%0A::error::x/\"<q>'";
        var (_, github, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "github", "--site-url", hostile]);
        var lines = github.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.All.Match("^::(error|warning|notice) file="));
        Assert.That(lines, Is.All.Contain("a%2520b/%250A::error::x/%2522%253Cq%253E'/rules/"), "the address percent-encoded, then its % escaped for the runner");

        var (_, junit, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "junit", "--site-url", hostile]);
        Assert.That(XDocument.Parse(junit).Descendants("failure").Select(f => f.Attribute("message")!.Value), Has.Some.Contain("a%20b/%0A::error::x/%22%3Cq%3E'/rules/"));

        var (_, gitlab, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "gitlab", "--site-url", hostile]);
        Assert.That(JsonDocument.Parse(gitlab).RootElement.EnumerateArray().Select(i => i.GetProperty("description").GetString()), Has.Some.Contain("%22%3Cq%3E'/rules/"));
    }

    [TestCase("javascript:alert(1)", "not an http or https address")]
    [TestCase("ftp://charts.example.org/", "not an http or https address")]
    [TestCase("https://user:secret@charts.example.org/", "an address with a user name or password")]
    [TestCase("https://charts.example.org/?page=1", "an address with a query or fragment")]
    [TestCase("charts/site", "not an absolute address")]
    [TestCase("", "give the site's address")]
    public void A_wrong_address_is_one_line_and_exit_2(string address, string why)
    {
        var (exit, output, error) = PaceTool.Run(["validate", PaceTool.Example("technical-wholesaler.pace.yaml"), "--format", "sarif", "--site-url", address]);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.StartWith("pace: --site-url").And.Contain(why));
    }

    [Test]
    public void The_address_can_come_from_PACE_SITE_URL()
    {
        var environment = new Dictionary<string, string> { ["PACE_SITE_URL"] = Site };
        var (_, output, error) = PaceTool.RunProcess([], ["validate", .. InvalidExamples, "--format", "github", "--lang", "en"], environment);
        Assert.That(output, Does.Contain($"({Site}/rules/en/PACE"), error);

        var (exit, _, wrong) = PaceTool.RunProcess([], ["validate", .. InvalidExamples, "--format", "github"], new Dictionary<string, string> { ["PACE_SITE_URL"] = "file:///etc/passwd" });
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(wrong, Does.Contain("PACE_SITE_URL file:///etc/passwd: not an http or https address"));
    }
}
