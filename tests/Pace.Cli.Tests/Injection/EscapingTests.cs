using System.Text.Json;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Tests.Injection;

/// <summary>Each sink's escaping (Output/Escaping), and the attacks from the bug reports through the commands.</summary>
public class EscapingTests
{
    [TestCaseSource(nameof(UnsafeCharacters))]
    public void Unsafe_characters_become_visible_escapes(string text, string expected) =>
        Assert.That(UnsafeText.Visible(text), Is.EqualTo(expected));

    /// <summary>
    /// The cases with names of their own: a test case whose arguments hold an escape or a C1 control character is listed
    /// by the test runner but never run (its name breaks the report), so the names say what the text holds instead.
    /// </summary>
    private static IEnumerable<TestCaseData> UnsafeCharacters()
    {
        yield return new TestCaseData("a\u001Bb", "a\\u001Bb").SetArgDisplayNames("ESC");
        yield return new TestCaseData("line\nbreak\r", "line\\u000Abreak\\u000D").SetArgDisplayNames("LF and CR");
        yield return new TestCaseData("tab\there", "tab\\u0009here").SetArgDisplayNames("tab");
        yield return new TestCaseData("\u0085\u009B\u007F", "\\u0085\\u009B\\u007F").SetArgDisplayNames("NEL, CSI and DEL");
        yield return new TestCaseData("\u202Eevil\u2066\u200E\u200F\u061C", "\\u202Eevil\\u2066\\u200E\\u200F\\u061C").SetArgDisplayNames("bidi controls");
        yield return new TestCaseData("zero\u200Bwidth\u200D\u2060\uFEFF", "zero\\u200Bwidth\\u200D\\u2060\\uFEFF").SetArgDisplayNames("zero widths");
        yield return new TestCaseData("\u2028\u2029", "\\u2028\\u2029").SetArgDisplayNames("line and paragraph separators");
        yield return new TestCaseData("\U000E0041", "\\U000E0041").SetArgDisplayNames("tag character");
        yield return new TestCaseData("Café 日本 👩‍💻", "Café 日本 👩\\u200D💻").SetArgDisplayNames("letters, CJK and an emoji sequence");
    }

    [Test]
    public void A_lone_surrogate_becomes_a_visible_escape() =>
        Assert.That(UnsafeText.Visible(new string(['a', '\uD800', 'x', '\uDC00'])), Is.EqualTo("a\\uD800x\\uDC00"));

    [TestCase("charts/a.pace.yaml", "charts/a.pace.yaml")]
    [TestCase("C:\\charts\\a.pace.yaml", "C:\\charts\\a.pace.yaml")]
    [TestCase("x:1:1: error PACE999: y", "x\\u003A1\\u003A1\\u003A error PACE999\\u003A y")]
    [TestCase("::error::x", "\\u003A\\u003Aerror\\u003A\\u003Ax")]
    public void A_path_in_a_line_has_no_colon_to_forge_a_location_with(string path, string expected) =>
        Assert.That(LineText.Path(path), Is.EqualTo(expected));

    [Test]
    public void GitHub_values_are_escaped_as_the_runner_reads_them()
    {
        Assert.That(GitHubCommand.Data("100%\r\n::error::x\u001B"), Is.EqualTo("100%25%0D%0A::error::x\\u001B"));
        Assert.That(GitHubCommand.Property("a:b,c%\n"), Is.EqualTo("a%3Ab%2Cc%25%0A"));
    }

    [TestCase("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [TestCase("+1+1", "'+1+1")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1", "\\u0009=1")]
    [TestCase("\r=1", "\\u000D=1")]
    [TestCase("  =1", "'  =1")]
    [TestCase("-5", "-5")]
    [TestCase("+2.5", "+2.5")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("line\nbreak", "line\\u000Abreak")]
    [TestCase("plain", "plain")]
    public void Csv_cells_are_never_formulas_and_never_span_lines(string value, string expected) =>
        Assert.That(CsvCell.Of(value), Is.EqualTo(expected));

    [TestCase("a\\b", "a\\\\b")]
    [TestCase("a|b", "a\\|b")]
    [TestCase("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;")]
    [TestCase("@octocat", "@&#8203;octocat")]
    [TestCase("![x](http://e/x.png)", "\\!\\[x\\]\\(http://e/x.png\\)")]
    [TestCase("`code` **b** ~~s~~ _i_ #1", "\\`code\\` \\*\\*b\\*\\* \\~\\~s\\~\\~ \\_i\\_ \\#1")]
    [TestCase("A & B", "A &amp; B")]
    public void Markdown_shows_the_text_and_does_nothing_else(string value, string expected) =>
        Assert.That(MarkdownText.Text(value), Is.EqualTo(expected));

    [Test]
    public void Markdown_shows_an_escape_and_a_line_break_as_escapes() =>
        Assert.That(MarkdownText.Text("x\u001B\ny"), Is.EqualTo("x\\\\u001B\\\\u000Ay"));

    [Test]
    public void Json_escapes_what_a_raw_viewer_would_act_on_and_keeps_the_value()
    {
        var text = "a\u001B\u202Eb\u200B\u2028c Café 日本 <&>";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteStringValue(text);
        }

        var written = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.That(written, Is.EqualTo("\"a\\u001B\\u202Eb\\u200B\\u2028c Café 日本 <&>\""));
        Assert.That(JsonDocument.Parse(written).RootElement.GetString(), Is.EqualTo(text));
    }

    [Test]
    public void The_source_excerpt_shows_a_terminal_escape_escaped_with_the_caret_under_it()
    {
        var file = Path.Combine(PaceTool.TempFolder(), "title.pace.yaml");
        File.WriteAllText(file, "pace: 1\norganization: a\u001B]0;PWNED\u0007\u001B[2J\nprocesses: []\n");
        var (_, output, _) = PaceTool.Run("validate", file);
        Assert.That(output, Does.Not.Contain("\u001B").And.Not.Contain("\u0007"));
        var lines = output.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("PACE100", StringComparison.Ordinal));
        Assert.That(lines[at], Does.StartWith($"{file}:2:16: error PACE100: "));
        Assert.That(lines[at + 1], Is.EqualTo(" 2 | organization: a\\u001B]0;PWNED\\u0007\\u001B[2J"));
        Assert.That(lines[at + 2], Is.EqualTo("   |                ^^^^^^"), "the caret under the escape of the character the reader refused");
    }

    [Test]
    public void A_name_cannot_start_a_workflow_command_in_diff()
    {
        var dir = PaceTool.TempFolder();
        var old = Path.Combine(dir, "old.pace.yaml");
        var current = Path.Combine(dir, "new.pace.yaml");
        var chart = File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml"));
        File.WriteAllText(old, chart);
        File.WriteAllText(current, chart.Replace("name: From quote to confirmed order", "name: \"x\\n::error title=Injected::via diff\"", StringComparison.Ordinal));
        foreach (var (format, shown) in new[] { ("text", "x\\u000A::error"), ("markdown", "x\\\\u000A::error") })
        {
            var (_, output, _) = PaceTool.Run("diff", old, current, "--format", format);
            Assert.That(output, Does.Contain(shown), format);
            Assert.That(output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)), Is.Empty, format);
        }
    }

    [TestCase("text")]
    [TestCase("msbuild")]
    public void A_file_name_cannot_forge_a_finding(string format)
    {
        var file = Path.Combine(PaceTool.TempFolder(), "a\nfake.pace.yaml:1:1: error PACE999: forged");
        File.Copy(PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")), file);
        var (_, output, _) = PaceTool.Run("validate", file, "--format", format);
        Assert.That(output.Split('\n').Where(l => l.StartsWith("fake", StringComparison.Ordinal)), Is.Empty);
        Assert.That(output, Does.Contain("a\\u000Afake.pace.yaml\\u003A1\\u003A1\\u003A error PACE999\\u003A forged"));
    }

    [Test]
    public void Export_csv_keeps_a_formula_as_text()
    {
        var file = Path.Combine(PaceTool.TempFolder(), "formula.pace.yaml");
        File.WriteAllText(file, File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml"))
            .Replace("name: From quote to confirmed order", "name: '=HYPERLINK(\"http://evil.example\",\"x\")'", StringComparison.Ordinal));
        var (_, output, _) = PaceTool.Run("export", file, "--format", "csv");
        Assert.That(output.Split('\n')[1], Does.StartWith("1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Requests for quotation,"));
    }

    [TestCase("json", "\\u202E")]
    [TestCase("github", "\\u202E")]
    [TestCase("text", "\\u202E")]
    [TestCase("sarif", "\\u202E")]
    public void A_bidi_override_never_reaches_an_output_raw(string format, string shown)
    {
        var file = Path.Combine(PaceTool.TempFolder(), "bidi.pace.yaml");
        File.WriteAllText(file, "pace: 1\norganization: X\nprocesses:\n  - name: \"Van \\u202Elead\\u200B naar deal\"\n    owner: [Bram, Eva]\n");
        var (_, output, _) = PaceTool.Run("validate", file, "--format", format);
        Assert.That(output, Does.Not.Contain("\u202E").And.Not.Contain("\u200B"));
        Assert.That(output, Does.Contain(shown));
    }
}
