using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using NJsonSchema;
using Pace.Validation;

namespace Pace.Cli.Tests;

/// <summary>
/// The report formats CI systems read: SARIF with the rule metadata GitHub code scanning shows, JUnit XML valid
/// against Jenkins' schema, GitLab Code Quality valid against GitLab's published shape; and what --quiet and the
/// warnings-as-errors options do to a report.
/// </summary>
public class ReportFormatTests
{
    private static string[] InvalidExamples => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples", "invalid"), "*.pace.yaml").Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Sarif_rules_carry_everything_code_scanning_shows()
    {
        var (_, output, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "sarif", "--lang", "en"]);
        using var doc = JsonDocument.Parse(output);
        var driver = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("informationUri").GetString(), Is.EqualTo("https://github.com/pace-charts/pace"), "the PaceProjectUrl of Directory.Build.props");
        var rules = driver.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.That(rules.Keys, Does.Contain("PACE002").And.Contain("PACE100").And.Contain("PACE121"));
        foreach (var (id, rule) in rules)
        {
            Assert.Multiple(() =>
            {
                Assert.That(rule.GetProperty("name").GetString(), Does.Match("^[A-Z][A-Za-z0-9]+$"), id);
                Assert.That(rule.GetProperty("shortDescription").GetProperty("text").GetString(), Does.EndWith("."), id);
                Assert.That(rule.GetProperty("fullDescription").GetProperty("text").GetString(), Has.Length.GreaterThan(20), id);
                Assert.That(rule.GetProperty("help").GetProperty("markdown").GetString(), Is.EqualTo(RuleDocs.Get(id)), id);
                Assert.That(rule.GetProperty("help").GetProperty("text").GetString(), Does.StartWith($"# {id}: "), id);
                Assert.That(rule.GetProperty("helpUri").GetString(), Is.EqualTo($"https://github.com/pace-charts/pace/blob/main/docs/rules/{id}.md"), id);
                Assert.That(rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Does.Contain("pace"), id);
            });
        }

        Assert.That(rules["PACE002"].GetProperty("name").GetString(), Is.EqualTo("ExactlyOneAccountableOwner"));
        Assert.That(rules["PACE002"].GetProperty("shortDescription").GetProperty("text").GetString(), Is.EqualTo("Exactly one accountable owner."));
        Assert.That(rules["PACE002"].GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(rules["PACE009"].GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("warning"));
    }

    [Test]
    public void Sarif_results_have_fingerprints_that_survive_a_line_moving()
    {
        var file = Path.Combine(PaceTool.TempFolder(), "c.pace.yaml");
        var chart = File.ReadAllText(PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")));
        File.WriteAllText(file, chart);
        var before = Fingerprints(PaceTool.Run("validate", file, "--format", "sarif").Out);
        File.WriteAllText(file, "# a comment that moves every line down\n" + chart);
        var after = Fingerprints(PaceTool.Run("validate", file, "--format", "sarif").Out);
        Assert.That(before, Has.Count.GreaterThan(40));
        Assert.That(before, Is.Unique, "each result its own identity");
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public void JUnit_is_valid_against_the_Jenkins_schema_with_a_case_per_chart_and_rule()
    {
        var (_, output, _) = PaceTool.Run(["validate", .. InvalidExamples, PaceTool.Example("acme-software.pace.yaml"), "--format", "junit", "--lang", "en"]);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "TestData", "junit", "junit-10.xsd"));
        var problems = new List<string>();
        var document = new XmlDocument { Schemas = schemas };
        document.LoadXml(output);
        document.Validate((_, e) => problems.Add(e.Message));
        Assert.That(problems, Is.Empty);

        var suites = document.SelectNodes("/testsuites/testsuite")!.Cast<XmlElement>().ToList();
        Assert.That(suites, Has.Count.EqualTo(InvalidExamples.Length + 1));
        var twoOwners = suites.Single(s => s.GetAttribute("name").EndsWith("two-owners.pace.yaml", StringComparison.Ordinal));
        var cases = twoOwners.SelectNodes("testcase")!.Cast<XmlElement>().ToList();
        Assert.That(cases, Has.Count.EqualTo(1 + ChartValidator.Default.Rules.Count), "loading, and one case per rule");
        var failure = (XmlElement)twoOwners.SelectSingleNode("testcase[starts-with(@name, 'PACE002 ')]/failure")!;
        Assert.That(failure.InnerText, Does.StartWith($"{twoOwners.GetAttribute("name")}:13:12: error PACE002: Process 'Van lead naar deal' has 2 owners"));
        Assert.That(twoOwners.SelectSingleNode("testcase[starts-with(@name, 'PACE009 ')]/failure"), Is.Null, "warnings are below --fail-on error");
        Assert.That(twoOwners.SelectSingleNode("testcase[starts-with(@name, 'PACE009 ')]/system-out")!.InnerText, Does.Contain("warning PACE009"));
        var broken = suites.Single(s => s.GetAttribute("name").EndsWith("broken-yaml.pace.yaml", StringComparison.Ordinal));
        Assert.That(broken.GetAttribute("skipped"), Is.EqualTo(ChartValidator.Default.Rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), "no rule runs on a chart that does not load");
        Assert.That(broken.SelectSingleNode("testcase[starts-with(@name, 'PACE1xx ')]/failure")!.InnerText, Does.Contain(":7:52: error PACE100:"));
    }

    [Test]
    public async Task GitLab_code_quality_is_valid_against_GitLabs_published_shape()
    {
        var (_, output, _) = PaceTool.Run(["validate", .. InvalidExamples, "--format", "gitlab"]);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "gitlab-codequality", "gitlab-codequality.schema.json"));
        Assert.That(schema.Validate(output).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
        using var doc = JsonDocument.Parse(output);
        var issues = doc.RootElement.EnumerateArray().ToList();
        Assert.That(issues.Select(i => i.GetProperty("fingerprint").GetString()), Is.Unique);
        var owners = issues.First(i => i.GetProperty("check_name").GetString() == "PACE002" && i.GetProperty("location").GetProperty("path").GetString()!.EndsWith("two-owners.pace.yaml", StringComparison.Ordinal));
        Assert.That(owners.GetProperty("severity").GetString(), Is.EqualTo("major"));
        Assert.That(owners.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(), Is.EqualTo(13));
        Assert.That(owners.GetProperty("location").GetProperty("path").GetString(), Does.EndWith("examples/invalid/two-owners.pace.yaml").And.Not.StartWith("/"));
    }

    [Test]
    public void Quiet_prints_errors_only_and_says_what_it_left_out()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));
        var (exit, output, _) = PaceTool.Run("validate", file, "--quiet", "--lang", "en");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            $"{file}:13:12: error PACE002: Process 'Van lead naar deal' has 2 owners (Bram, Eva); when several people own a process, nobody does — choose one.",
            " 13 |     owner: [Bram, Eva]",
            "    |            ^^^^^^^^^^^",
            "1 chart checked: 1 error (44 warnings, 4 info not shown).",
        }));
        Assert.That(PaceTool.Run("validate", file, "-q", "--fail-on", "warning").Exit, Is.EqualTo(1), "what --quiet hides still counts");
        using var json = JsonDocument.Parse(PaceTool.Run("validate", file, "-q", "--format", "json").Out);
        Assert.That(json.RootElement.GetProperty("charts")[0].GetProperty("findings").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Warnings_as_errors_and_no_warn_work_as_the_compilers_options_do()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));
        var all = PaceTool.Run("validate", file, "--format", "msbuild", "--rule", "PACE002=warning", "--warnings-as-errors");
        Assert.That(all.Exit, Is.EqualTo(1));
        Assert.That(all.Out.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)), Is.Empty);
        var listed = PaceTool.Run("validate", file, "--format", "msbuild", "--rule", "PACE002=warning", "--warnings-as-errors", "PACE002;PACE009", "--no-warn", "PACE007,PACE008");
        Assert.That(listed.Exit, Is.EqualTo(1));
        Assert.That(listed.Out, Does.Contain("(13,12): error PACE002:").And.Contain(": error PACE009:").And.Contain(": warning PACE010:"));
        Assert.That(listed.Out, Does.Not.Contain("PACE007").And.Not.Contain("PACE008"));
        var except = PaceTool.Run("validate", file, "--format", "msbuild", "--rule", "PACE002=warning", "--warnings-as-errors", "--warnings-not-as-errors", "PACE002");
        Assert.That(except.Out, Does.Contain("(13,12): warning PACE002:"));
        var dropped = PaceTool.Run("validate", file, "--rule", "PACE002=warning", "--no-warn", "PACE002", "--fail-on", "warning", "--format", "json");
        Assert.That(dropped.Out, Does.Not.Contain("PACE002"));
    }

    private static List<string> Fingerprints(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        return [.. doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("paceFinding/v1").GetString()!)];
    }
}
