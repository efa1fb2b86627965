using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>
/// Every document of the YAML test suite (TestData/yaml-test-suite, vendored: 402 <c>in.yaml</c> files, 94 marked
/// <c>error</c>) is fed to the reader: each ends in a chart or located PACE1xx errors, within a time bound, and no
/// exception escapes. None of them is a chart, so none may load; the ones marked <c>error</c> must not, whatever
/// else happens.
/// </summary>
public class YamlTestSuiteTests
{
    /// <summary>The suite's data release <c>data-2022-01-17</c>, copied to the test's output folder (TestData/yaml-test-suite/README.md).</summary>
    private static string CorpusDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "yaml-test-suite");

    private static IEnumerable<string> CaseIds() =>
        Directory.GetFiles(CorpusDirectory, "in.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(CorpusDirectory, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<TestCaseData> Cases() => CaseIds().Select(id => new TestCaseData(id).SetName($"YamlTestSuite({id})"));

    /// <summary>The whole release is there: a lost folder would otherwise only make the suite smaller.</summary>
    [Test]
    public void The_vendored_suite_is_the_whole_release()
    {
        var ids = CaseIds().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(402));
            Assert.That(ids.Count(id => File.Exists(Path.Combine(CorpusDirectory, id, "error"))), Is.EqualTo(94));
            Assert.That(File.Exists(Path.Combine(CorpusDirectory, "LICENSE")), "the suite's licence travels with it");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Ends_in_a_chart_or_located_load_errors(string id)
    {
        var folder = Path.Combine(CorpusDirectory, id);
        var isError = File.Exists(Path.Combine(folder, "error"));
        var bytes = File.ReadAllBytes(Path.Combine(folder, "in.yaml"));
        var result = Outcome.ReadBytes(bytes, id);

        Assert.That(result.Succeeded, Is.False, $"{id} is not a chart, yet it loaded");
        if (isError)
        {
            Assert.That(result.Chart, Is.Null, $"{id} is invalid YAML, yet it loaded as a chart");
        }
    }

    /// <summary>
    /// Where YamlDotNet and the suite disagree, for the record: invalid documents it accepts and valid ones it refuses.
    /// The counts are pinned so that a YamlDotNet upgrade that changes them is noticed (and the docs updated).
    /// </summary>
    [Test]
    public void Agreement_with_the_suite_is_as_documented()
    {
        var acceptedInvalid = new List<string>();
        var refusedValid = new List<string>();
        foreach (var id in CaseIds())
        {
            var folder = Path.Combine(CorpusDirectory, id);
            var result = ChartReader.ReadFile(Path.Combine(folder, "in.yaml"));
            var syntaxError = result.Diagnostics.Any(d => d.Code == "PACE100");
            var isError = File.Exists(Path.Combine(folder, "error"));
            if (isError && !syntaxError)
            {
                acceptedInvalid.Add($"{id}: {string.Join("; ", result.Diagnostics.Select(d => d.Code).Distinct())}");
            }
            else if (!isError && syntaxError)
            {
                refusedValid.Add($"{id}: {result.Diagnostics.First(d => d.Code == "PACE100").Message}");
            }
        }

        TestContext.Out.WriteLine($"invalid YAML not refused as PACE100 ({acceptedInvalid.Count}):\n  " + string.Join("\n  ", acceptedInvalid));
        TestContext.Out.WriteLine($"valid YAML refused as PACE100 ({refusedValid.Count}):\n  " + string.Join("\n  ", refusedValid));
        Assert.Multiple(() =>
        {
            // Invalid YAML that YamlDotNet 16.3 parses: Pace still refuses each one (tag, empty or not a chart), never loads it.
            Assert.That(acceptedInvalid.Select(Id), Is.EquivalentTo(new[]
            {
                "9HCY", "DK95/01", "MUS6/00", "QLJ7", "Y79Y/003", "Y79Y/004", "Y79Y/005", "Y79Y/006", "Y79Y/008", "Y79Y/009",
            }));

            // Valid YAML that YamlDotNet 16.3 refuses (rare layouts: tabs as separation, flow keys over lines, a block scalar's
            // first line more indented). A chart written in these layouts gets PACE100 at the spot.
            Assert.That(refusedValid.Select(Id), Is.EquivalentTo(new[] { "4MUZ/02", "DK95/04", "JEF9/01", "UKK6/00", "VJP3/01" }));
        });

        static string Id(string line) => line[..line.IndexOf(':', StringComparison.Ordinal)];
    }
}
