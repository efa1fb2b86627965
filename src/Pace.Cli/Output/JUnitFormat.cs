using System.Globalization;
using System.Xml;
using Pace.Cli.Output.Escaping;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// JUnit XML, the test report Jenkins, GitLab (<c>artifacts: reports: junit:</c>) and Azure DevOps show as tests:
/// one test suite per chart, and in it one test case for loading the chart and one per rule. A test case fails when
/// the chart has a finding of that rule at or above <c>--fail-on</c>; its failure lists each such finding as
/// <c>path:line:col: severity CODE: message</c>. Findings below the threshold go into the case's
/// <c>system-out</c>; the rules of a chart that did not load are skipped. No times: the same charts give the same bytes.
/// With a site (<see cref="RuleLinks"/>), a failure's message ends with the address of its rule's page there, and its
/// text with that address on a line of its own.
/// </summary>
internal sealed class JUnitFormat(Severity failOn, RuleLinks links) : IReportFormat
{
    private const string LoadCase = "PACE1xx";

    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        var suites = reports.Select(SuiteOf).ToList();
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlValue.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "pace validate");
            xml.WriteAttributeString("tests", Number(suites.Sum(s => s.Cases.Count)));
            xml.WriteAttributeString("failures", Number(suites.Sum(s => s.Cases.Count(c => c.Failures.Count > 0))));
            xml.WriteAttributeString("errors", "0");
            foreach (var suite in suites)
            {
                WriteSuite(xml, suite);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private Suite SuiteOf(ChartReport report)
    {
        var byCode = report.Findings.ToLookup(d => IsLoadError(d.Code) ? LoadCase : d.Code, StringComparer.Ordinal);
        var codes = ChartValidator.Default.Rules.Select(r => r.Code)
            .Concat(byCode.Select(g => g.Key).Where(c => c != LoadCase))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var cases = new List<Case> { CaseOf(report, LoadCase, "the chart loads", byCode[LoadCase], skipped: false) };
        cases.AddRange(codes.Select(code => CaseOf(report, code, RulePage.For(code).Title, byCode[code], skipped: !report.Check.Loaded)));
        return new Suite(report.Path, cases);
    }

    private Case CaseOf(ChartReport report, string code, string title, IEnumerable<Diagnostic> findings, bool skipped)
    {
        var lines = findings.Select(d => (d.Severity >= failOn, TextFormat.Line(report.FileOf(d), d))).ToList();
        return new Case(
            $"{code} {title}",
            [.. lines.Where(l => l.Item1).Select(l => l.Item2)],
            [.. lines.Where(l => !l.Item1).Select(l => l.Item2)],
            skipped,
            links.For(code, report.Check.Language));
    }

    private static void WriteSuite(XmlWriter xml, Suite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlValue.Of(suite.Path));
        xml.WriteAttributeString("tests", Number(suite.Cases.Count));
        xml.WriteAttributeString("failures", Number(suite.Cases.Count(c => c.Failures.Count > 0)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(suite.Cases.Count(c => c.Skipped)));
        foreach (var c in suite.Cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", XmlValue.Of(c.Name));
            xml.WriteAttributeString("classname", XmlValue.Of(suite.Path));
            if (c.Skipped)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", "not checked: the chart did not load");
                xml.WriteEndElement();
            }

            if (c.Failures.Count > 0)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("type", c.Name.Split(' ')[0]);
                xml.WriteAttributeString("message", c.Link is null ? c.Failures[0] : $"{c.Failures[0]} ({c.Link})");
                xml.WriteString(string.Join('\n', c.Link is null ? c.Failures : c.Failures.Append(c.Link)));
                xml.WriteEndElement();
            }

            if (c.Below.Count > 0)
            {
                xml.WriteElementString("system-out", string.Join('\n', c.Below));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static bool IsLoadError(string code) => code.Length == 7 && code.StartsWith("PACE1", StringComparison.Ordinal);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed record Suite(string Path, List<Case> Cases);

    /// <summary>A test case: its name, the finding lines that fail it and those below the threshold (already escaped).</summary>
    private sealed record Case(string Name, List<string> Failures, List<string> Below, bool Skipped, string? Link);
}
