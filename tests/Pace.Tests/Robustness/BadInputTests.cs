using System.Text;
using Pace.Tests.Yaml;
using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>
/// Every kind of bad or unusual input has a defined, tested outcome (docs/reliability.md has the table):
/// application tags, unusable numbers, several documents, byte-order marks, line ends, tabs, encodings, merge keys.
/// </summary>
public class BadInputTests
{
    private static (string Code, int Line, int Column) First(LoadResult result, string code)
    {
        Assert.That(result.Succeeded, Is.False, "should not load");
        var d = result.Diagnostics.FirstOrDefault(x => x.Code == code);
        Assert.That(d, Is.Not.Null, string.Join("\n", result.Diagnostics));
        return (d!.Code, d.Span!.StartLine, d.Span.StartColumn);
    }

    private static string Chart(string organization) => LoadErrorTests.Minimal.Replace("organization: X", "organization: " + organization, StringComparison.Ordinal);

    [TestCase("!!python/object:os.system ls", "tag:yaml.org,2002:python/object:os.system")]
    [TestCase("!!python/object/apply:os.system [ls]", "tag:yaml.org,2002:python/object/apply:os.system")]
    [TestCase("!foo bar", "!foo")]
    [TestCase("!<tag:example.com,2000:app/x> y", "tag:example.com,2000:app/x")]
    [TestCase("!!binary aGVsbG8=", "tag:yaml.org,2002:binary")]
    [TestCase("!!timestamp 2026-01-01", "tag:yaml.org,2002:timestamp")]
    [TestCase("!!set {a, b}", "tag:yaml.org,2002:set")]
    public void Tags_that_could_make_objects_are_refused(string value, string tag)
    {
        var result = Outcome.ReadText(Chart(value), "tag");
        Assert.That(First(result, "PACE114"), Is.EqualTo(("PACE114", 2, 15)));
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo($"The YAML tag '{tag}' is not supported in chart files."));
    }

    [Test]
    public void A_tag_declared_by_a_directive_is_refused_too()
    {
        var result = Outcome.ReadText("%TAG !e! tag:example.com,2000:app/\n---\npace: !e!version 1\n", "tag directive");
        Assert.That(First(result, "PACE114"), Is.EqualTo(("PACE114", 3, 7)));
    }

    [TestCase("!!str Acme", "Acme")]
    [TestCase("! Acme", "Acme")]
    [TestCase("!!str 123", "123")]
    public void Core_string_tags_are_allowed(string value, string expected) =>
        Assert.That(Outcome.ReadText(Chart(value), "str tag").Chart!.Organization, Is.EqualTo(expected));

    [TestCase("!!int 5", 5)]
    [TestCase("!!float 0.5", 0.5)]
    public void Core_number_tags_read_as_numbers(string value, decimal expected)
    {
        var yaml = LoadErrorTests.Minimal.Replace("{name: K1}", "{name: K1, target: " + value + "}", StringComparison.Ordinal);
        Assert.That(Outcome.ReadText(yaml, "number tag").Chart!.Processes[0].Kpis[0].Target, Is.EqualTo(expected));
    }

    [TestCase("target: .nan", 31)]
    [TestCase("target: .NaN", 31)]
    [TestCase("target: .inf", 31)]
    [TestCase("target: +.inf", 31)]
    [TestCase("target: -.Inf", 31)]
    [TestCase("target: 1e999", 31)]
    [TestCase("target: -1e999", 31)]
    [TestCase("target: 79228162514264337593543950336", 31)]
    [TestCase("tolerance: .nan", 34)]
    [TestCase("seasonality: [1, .inf]", 40)]
    [TestCase("actuals: {2026: .nan}", 39)]
    public void NaN_infinity_and_out_of_range_numbers_are_located_load_errors(string entry, int column)
    {
        var yaml = LoadErrorTests.Minimal.Replace("{name: K1}", "{name: K1, " + entry + "}", StringComparison.Ordinal);
        Assert.That(First(Outcome.ReadText(yaml, entry), "PACE109"), Is.EqualTo(("PACE109", 6, column)));
    }

    [TestCase("pace: 99999999999")]
    [TestCase("pace: 1.0")]
    [TestCase("pace: .inf")]
    public void Format_version_must_be_a_whole_number(string entry)
    {
        var yaml = LoadErrorTests.Minimal.Replace("pace: 1", entry, StringComparison.Ordinal);
        Assert.That(First(Outcome.ReadText(yaml, entry), "PACE102"), Is.EqualTo(("PACE102", 1, 7)));
    }

    [Test]
    public void Second_document_is_refused_where_it_starts()
    {
        var result = Outcome.ReadText(LoadErrorTests.Minimal + "---\npace: 1\n", "two documents");
        Assert.That(First(result, "PACE114"), Is.EqualTo(("PACE114", 7, 1)));
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("A second YAML document (---) is not supported in chart files."));
    }

    [Test]
    public void Document_markers_around_one_document_are_fine()
    {
        Assert.That(Outcome.ReadText("---\n" + LoadErrorTests.Minimal + "...\n", "markers").Succeeded, Is.True);
        Assert.That(Outcome.ReadText("%YAML 1.2\n---\n" + LoadErrorTests.Minimal, "directive").Succeeded, Is.True);
    }

    [Test]
    public void Byte_order_mark_is_ignored_in_text_and_bytes_and_positions_stay()
    {
        var yaml = LoadErrorTests.Minimal.Replace("    owner: Ann\n", "    ownr: Ann\n", StringComparison.Ordinal);
        var plain = Outcome.ReadText(yaml, "no bom").Diagnostics.Single();
        Assert.That(plain.Span, Is.Not.Null);
        var text = Outcome.ReadText("\uFEFF" + yaml, "bom text").Diagnostics.Single();
        var bytes = Outcome.ReadBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(yaml)], "bom bytes").Diagnostics.Single();
        Assert.That(new[] { text.Span, bytes.Span }, Is.All.EqualTo(plain.Span!));
        Assert.That(Outcome.ReadText("\uFEFF" + LoadErrorTests.Minimal, "bom").Succeeded, Is.True);
    }

    [Test]
    public void Byte_order_mark_inside_the_text_is_part_of_it()
    {
        // YAML allows a BOM only at the start of a document; YamlDotNet reads one elsewhere as a character of the text,
        // so a key that starts with one is an unknown key (the suggestion shows which one was meant).
        var result = Outcome.ReadText("pace: 1\n\uFEFForganization: X\nprocesses: []\n", "inner bom");
        Assert.That(First(result, "PACE101"), Is.EqualTo(("PACE101", 2, 1)));
        Assert.That(result.Diagnostics.First(d => d.Code == "PACE101").MessageKey, Is.EqualTo("PACE101Suggestion"));
    }

    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Other_line_ends_read_like_newlines_with_the_same_positions(string lineEnd)
    {
        var yaml = LoadErrorTests.Minimal.Replace("    owner: Ann\n", "    ownr: Ann\n", StringComparison.Ordinal);
        var expected = Outcome.ReadText(yaml, "lf").Diagnostics.Single().Span;
        var other = Outcome.ReadText(yaml.Replace("\n", lineEnd, StringComparison.Ordinal), "other").Diagnostics.Single().Span;
        Assert.That(other, Is.EqualTo(expected));

        var chart = Outcome.ReadText(LoadErrorTests.Minimal.Replace("\n", lineEnd, StringComparison.Ordinal), "valid").Chart!;
        Assert.That(chart.Processes[0].Kpis, Has.Count.EqualTo(3));
    }

    [Test]
    public void Literal_text_with_crlf_line_ends_reads_with_newlines()
    {
        var chart = Outcome.ReadText("pace: 1\r\norganization: |\r\n  two\r\n  lines\r\nprocesses: []\r\n", "crlf literal").Chart!;
        Assert.That(chart.Organization, Is.EqualTo("two\nlines\n"));
    }

    [Test]
    public void Tab_in_indentation_is_a_located_syntax_error()
    {
        var yaml = "pace: 1\norganization: X\nprocesses:\n\t- name: P1\n";
        Assert.That(First(Outcome.ReadText(yaml, "tab"), "PACE100"), Is.EqualTo(("PACE100", 4, 1)));
    }

    [Test]
    public void Tab_after_a_colon_is_separation_and_fine()
    {
        Assert.That(Outcome.ReadText("pace:\t1\norganization:\tX\nprocesses: []\n", "tab separation").Chart!.Organization, Is.EqualTo("X"));
    }

    [TestCase(new byte[] { 0xFF }, 2, 15)]
    [TestCase(new byte[] { 0xC3 }, 2, 15)] // a lead byte without its continuation
    [TestCase(new byte[] { 0xC0, 0xAF }, 2, 15)] // overlong '/'
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, 2, 15)] // an encoded surrogate
    public void Invalid_utf8_is_refused_where_it_is(byte[] bad, int line, int column)
    {
        var bytes = Encoding.UTF8.GetBytes("pace: 1\norganization: ").Concat(bad).Concat(Encoding.UTF8.GetBytes("\nprocesses: []\n")).ToArray();
        var result = Outcome.ReadBytes(bytes, "invalid utf-8");
        Assert.That(First(result, "PACE114"), Is.EqualTo(("PACE114", line, column)));
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("Text that is not UTF-8 is not supported in chart files."));
    }

    [Test]
    public void Utf16_file_is_refused_as_not_utf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(LoadErrorTests.Minimal)).ToArray();
        Assert.That(First(Outcome.ReadBytes(bytes, "utf-16"), "PACE114").Line, Is.EqualTo(1));
    }

    [Test]
    public void Merge_key_is_an_unknown_key()
    {
        // YAML 1.2 has no merge keys; '<<' is a key like any other, and not one format 1 knows.
        var yaml = """
            pace: 1
            organization: X
            processes:
              - &base
                name: P1
                owner: Ann
                kpis: [{name: K1}, {name: K2}, {name: K3}]
              - <<: *base
                name: P2
            """;
        var result = Outcome.ReadText(yaml, "merge key");
        Assert.That(First(result, "PACE101"), Is.EqualTo(("PACE101", 8, 5)));
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("Unknown key '<<' in processes[1]."));
    }

    [Test]
    public void Messages_are_one_line_whatever_the_text_holds()
    {
        var result = Outcome.ReadText("pace: 1\norganization: X\nprocesses: []\n\"two\\nlines\\u0007\": 1\n", "key with a break");
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo("Unknown key 'two\\nlines\\u0007' in the chart."));
        Assert.That(result.Diagnostics.Single().Arguments[0].Value, Is.EqualTo("two\nlines\u0007"), "the arguments keep the value");

        var longKey = new string('k', 500);
        var message = Outcome.ReadText($"pace: 1\norganization: X\nprocesses: []\n{longKey}: 1\n", "long key").Diagnostics.Single().Message;
        Assert.That(message, Is.EqualTo($"Unknown key '{new string('k', 120)}…' in the chart."));
    }

    [Test]
    public void Merge_key_repeating_a_key_is_still_only_an_unknown_key()
    {
        var yaml = "pace: 1\norganization: X\nprocesses: []\n<<: {organization: Y}\n";
        Assert.That(Outcome.ReadText(yaml, "merge").Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "PACE101" }));
    }

    /// <summary>
    /// Named by code point: the test runner lists a case whose arguments hold a control character but does not run it
    /// (with the characters as their own names, two of these seven ran).
    /// </summary>
    private static IEnumerable<TestCaseData> ForbiddenCharacters() =>
        new[] { '\u0000', '\u0001', '\u001B', '\u007F', '\u0080', '\uFFFE', '\uFFFF' }
            .Select(c => new TestCaseData(c, 16).SetArgDisplayNames($"U+{(int)c:X4}"));

    [TestCaseSource(nameof(ForbiddenCharacters))]
    public void Characters_yaml_does_not_allow_are_located_syntax_errors(char forbidden, int column)
    {
        // YamlDotNet would read most of these as part of a plain text; YAML forbids them, and so does Pace.
        var result = Outcome.ReadText(Chart("A" + forbidden + "B"), "forbidden");
        Assert.That(First(result, "PACE100"), Is.EqualTo(("PACE100", 2, column)));
        var code = ((int)forbidden).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo($"This is not valid YAML: the character U+{code} may not appear in a YAML file; inside double quotes, write it as the escape \\u{code}."));
    }

    [Test]
    public void Forbidden_character_is_located_after_any_line_end()
    {
        Assert.That(First(Outcome.ReadText("pace: 1\r\norganization: X\rprocesses: []\n# \u0007\n", "crlf"), "PACE100"), Is.EqualTo(("PACE100", 4, 3)));
    }

    [TestCase("\t")]
    [TestCase("\u00A0")]
    [TestCase("\uFEFF")]
    [TestCase("\uFFFD")]
    [TestCase("\U0001F680")]
    [TestCase("\u2030")]
    public void Printable_characters_are_allowed_inside_text(string allowed) =>
        Assert.That(Outcome.ReadText(Chart("A" + allowed + "B"), "allowed").Chart!.Organization, Is.EqualTo("A" + allowed + "B"));

    [Test]
    public void Escaped_control_characters_in_double_quotes_are_text()
    {
        Assert.That(Outcome.ReadText(Chart("\"A\\0\\tB\\u001b\""), "escaped").Chart!.Organization, Is.EqualTo("A\0\tB\u001b"));
    }

    [Test]
    public void Lone_surrogate_in_text_input_is_a_located_syntax_error()
    {
        // Only a string can hold one (bytes are strict UTF-8): YAML's character set has no lone surrogates.
        Assert.That(First(Outcome.ReadText(Chart("A\uD800B"), "lone surrogate"), "PACE100"), Is.EqualTo(("PACE100", 2, 16)));
        Assert.That(First(Outcome.ReadText(Chart("AB\uDC00"), "lone low surrogate"), "PACE100"), Is.EqualTo(("PACE100", 2, 17)));
    }

    [TestCase("? [a, b]\n: 1\n", "PACE102")]
    [TestCase("? {a: 1}\n: 1\n", "PACE102")]
    [TestCase("? [a]\n: 1\n", "PACE102")]
    [TestCase("*a : 1\n", "PACE100")]
    public void Keys_that_are_not_text_are_wrong_types(string entry, string code)
    {
        var result = Outcome.ReadText("pace: 1\norganization: X\nprocesses: []\n" + entry, entry);
        Assert.That(First(result, code).Line, Is.EqualTo(4));
    }

    [Test]
    public void Empty_and_whitespace_files_are_located_at_the_start()
    {
        foreach (var text in new[] { string.Empty, "   ", "\n\n", "# c\n", "\uFEFF" })
        {
            var result = Outcome.ReadText(text, "empty");
            Assert.That(First(result, "PACE106"), Is.EqualTo(("PACE106", 1, 1)), text);
        }

        // An empty document after a marker is an empty value, located where it stands.
        Assert.That(Outcome.ReadText("%YAML 1.2\n---\n", "marker").Diagnostics.Single().Code, Is.EqualTo("PACE106"));
    }

    [Test]
    public void Null_key_is_a_wrong_type()
    {
        var result = Outcome.ReadText("pace: 1\norganization: X\nprocesses: []\n? \n: 1\n", "null key");
        Assert.That(result.Diagnostics.Select(d => d.Message), Is.All.EqualTo("'key' must be a text, but is empty."));
    }

    [TestCase("9999-12-31")]
    [TestCase("9999-12")]
    [TestCase("9999-Q4")]
    [TestCase("9999")]
    [TestCase("0001-01-01")]
    [TestCase("9998-W52")]
    public void Periods_at_the_ends_of_the_calendar_load_and_validate(string period)
    {
        var yaml = LoadErrorTests.Minimal.Replace("{name: K1}", "{name: K1, target: 1, actuals: {" + period + ": 2}}", StringComparison.Ordinal);
        var chart = Outcome.ReadText(yaml, period).Chart!;
        Assert.That(() => Pace.Validation.ChartValidator.Default.Validate(chart), Throws.Nothing);
    }
}
