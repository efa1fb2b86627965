using System.Text.RegularExpressions;
using Pace.Yaml;

namespace Pace.Tests;

/// <summary>docs/format.md lists exactly the keys the reader accepts, mapping by mapping.</summary>
public sealed partial class FormatReferenceTests
{
    private static readonly Dictionary<string, string[]> Accepted = new(StringComparer.Ordinal)
    {
        ["Chart"] = FormatKeys.Chart,
        ["Person"] = FormatKeys.Person,
        ["Process"] = FormatKeys.Process,
        ["Kpi"] = FormatKeys.Kpi,
        ["Theme"] = FormatKeys.Theme,
        ["Font"] = FormatKeys.Font,
        ["Function"] = FormatKeys.Function,
        ["Step"] = FormatKeys.Step,
    };

    private static string[] Mappings() => [.. Accepted.Keys];

    [TestCaseSource(nameof(Mappings))]
    public void The_reference_documents_every_key_of_a_mapping_and_no_other(string mapping)
    {
        var documented = DocumentedKeys()[mapping];
        Assert.That(documented, Is.EquivalentTo(Accepted[mapping]), $"docs/format.md, table under <!-- keys: {mapping} -->");
        Assert.That(documented, Is.Unique);
    }

    [Test]
    public void Every_documented_table_belongs_to_a_mapping_the_reader_knows() =>
        Assert.That(DocumentedKeys().Keys, Is.EquivalentTo(Accepted.Keys));

    /// <summary>The first column of the table after each <c>&lt;!-- keys: NAME --&gt;</c> marker.</summary>
    private static Dictionary<string, List<string>> DocumentedKeys()
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in File.ReadLines(FormatReference()))
        {
            if (Marker().Match(line) is { Success: true } marker)
            {
                current = [];
                tables.Add(marker.Groups["name"].Value, current);
            }
            else if (current is not null && KeyRow().Match(line) is { Success: true } row)
            {
                current.Add(row.Groups["key"].Value);
            }
            else if (current is not null && current.Count > 0 && !line.StartsWith('|'))
            {
                current = null;
            }
        }

        return tables;
    }

    private static string FormatReference()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "format.md");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("docs/format.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^<!-- keys: (?<name>\w+) -->$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\| `(?<key>[a-z]+)` \|")]
    private static partial Regex KeyRow();
}
