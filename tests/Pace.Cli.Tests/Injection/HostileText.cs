using System.Globalization;
using System.Text;
using CsCheck;

namespace Pace.Cli.Tests.Injection;

/// <summary>
/// Text an attacker puts in a chart or a file name: the attacks the escaping must stop (terminal escapes, forged
/// finding lines and workflow commands, spreadsheet formulas, bidi overrides, zero-width characters, Markdown and HTML),
/// and random text from every Unicode category.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Attacks =
    [
        "a\u001B]0;PWNED\u0007\u001B[2J",
        "x\n::error title=Injected::via diff",
        "a\nfake.pace.yaml:1:1: error PACE999: forged",
        "x\r\n::warning file=a,line=1::forged",
        "::stop-commands::token",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1", "-5", "=",
        "\u202Eevil\u202C", "\u2066iso\u2069", "\u200Ezero\u200Fmark\u061C", "zero\u200Bwidth\u200C\u200D\u2060\uFEFF",
        "a|b|c", "<img src=x onerror=alert(1)>", "<!-- x -->", "&lt;", "@octocat", "@org/team", "![x](http://evil.example/x.png)",
        "[x](http://evil.example)", "`code`", "**bold**", "~~s~~", "# heading", "\\", "\\|", "a\\",
        "%0A::error::x", "%25", "a:b,c", "x(1,1): error PACE999: forged", "C:\\x",
        "\u0085next", "\u2028line\u2029para", "\U000E0041\U000E0001tag", "\u00ADsoft", "\u0000nul", "\u007Fdel", "\u009Bcsi",
        "日本語", "مرحبا", "👩‍💻", "e\u0301",
    ];

    /// <summary>Any Unicode scalar value (no lone surrogates: a file cannot carry one), weighted towards the dangerous ranges.</summary>
    private static readonly Gen<string> AnyRune = Gen.Frequency(
        (4, Gen.Int[0x20, 0x7E]),
        (2, Gen.Int[0x00, 0x1F]),
        (1, Gen.Int[0x7F, 0x9F]),
        (2, Gen.Int[0x2000, 0x206F]),
        (1, Gen.OneOfConst(0x061C, 0xFEFF, 0x00AD, 0x180E, 0xFFF9, 0xFFFB)),
        (2, Gen.Int[0xA0, 0xD7FF]),
        (1, Gen.Int[0xE000, 0xFFFD]),
        (1, Gen.Int[0x10000, 0x10FFFF]),
        (1, Gen.Int[0xE0000, 0xE007F]))
        .Select(cp => char.ConvertFromUtf32(cp));

    /// <summary>One hostile text: an attack, random runes, or both.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOfConst(Attacks)),
        (3, AnyRune.Array[1, 12].Select(string.Concat)),
        (2, Gen.Select(Gen.OneOfConst(Attacks), AnyRune.Array[0, 4], Gen.OneOfConst(Attacks), (a, b, c) => a + string.Concat(b) + c)));

    /// <summary>
    /// Text for a file name: no '/', no NUL, at most 120 UTF-8 bytes, never empty or a dot name; and none of the glob
    /// characters '*', '?' and '\', which make the commands read the name as a pattern.
    /// </summary>
    public static string FileName(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '/' or 0 or '*' or '?' or '\\' || Encoding.UTF8.GetByteCount(builder.ToString() + rune) > 120)
            {
                continue;
            }

            builder.Append(rune.ToString());
        }

        return "f" + builder + ".pace.yaml";
    }

    /// <summary>A YAML double-quoted scalar holding the text exactly: everything but printable ASCII as an escape.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and < 0x7F and not '"' and not '\\')
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A chart with hostile text in every name a format prints: organization, title, people, roles, processes, KPIs,
    /// units; and, with <paramref name="hostileRuleCode"/>, under <c>rules:</c>, where text that is no rule code is a
    /// load error (PACE102) that quotes it, so the chart does not load. Without it the code is well formed but names no
    /// rule (PACE121): the chart loads, for the commands that need a chart.
    /// </summary>
    public static string Chart(IReadOnlyList<string> t, bool hostileRuleCode = true)
    {
        string T(int i) => Quoted(t[i % t.Count]);
        var yaml = new StringBuilder();
        yaml.Append("pace: 1\norganization: ").Append(T(0)).Append("\ntitle: ").Append(T(1)).Append('\n');
        yaml.Append("people:\n  - {id: a, name: ").Append(T(2)).Append(", role: ").Append(T(3)).Append("}\n  - {id: b, name: Bea}\n");
        yaml.Append("journey: [").Append(T(4)).Append(", Two]\n");
        yaml.Append("processes:\n");
        for (var p = 0; p < 4; p++)
        {
            yaml.Append("  - name: ").Append(p == 0 ? T(5) : $"Process {p}").Append('\n');
            yaml.Append("    input: ").Append(T(6)).Append("\n    outcome: ").Append(T(7)).Append('\n');
            yaml.Append("    owner: ").Append(p == 1 ? "[a, b]" : "a").Append('\n');
            yaml.Append("    kpis:\n");
            for (var k = 0; k < 3; k++)
            {
                yaml.Append("      - {name: ").Append(k == 0 ? T(8 + p) : $"K{k}").Append(", unit: ").Append(T(12)).Append(", target: 10, cadence: week}\n");
            }
        }

        yaml.Append("rules:\n  ").Append(hostileRuleCode ? T(13) : "PACE916").Append(": off\n");
        return yaml.ToString();
    }

    /// <summary>A chart with the text written raw into its source, as a file in a pull request may have it.</summary>
    public static string RawChart(string text) => $"pace: 1\norganization: {text}\nprocesses: []\n";
}
