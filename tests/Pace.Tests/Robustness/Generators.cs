using System.Text;
using CsCheck;

namespace Pace.Tests.Robustness;

/// <summary>CsCheck generators for texts that trouble YAML and for whole charts, valid or not.</summary>
internal static class Generators
{
    /// <summary>Texts that YAML writers and readers get wrong: types in disguise, indicators, quotes, breaks, controls, scripts.</summary>
    private static readonly string[] Nasty =
    [
        "", " ", "  ", "yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", "0", "-0", "007", "1e3", "1_000", "0x1F",
        "0o17", ".5", "-.inf", ".NaN", "2026-11-01", "2026-11-01T10:00:00Z", "12:30", "1:20:30", "<<", "=", "- a", "-", "--", "---", "...",
        "? a", "?", ": a", ":", "a: b", "a:b", "a #b", "#b", "a#b", "*a", "&a", "!a", "!!str", "%a", "@a", "`a", "|", ">", "'", "\"", "''",
        "'a'", "\"a\"", "[a]", "{a: b}", "a, b", ",", "\\", "\\n", "\t", "a\tb", "a\t", "\n", "a\n", "\na", "a\n\nb", "\r", "\r\n", "a\r\nb",
        "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "a\u00A0", "\0", "\a", "\u001B[31m", "\u007F", "\u009F", "\uFFFD",
        "Café", "Ærø", "straße", "İstanbul", "مرحبا بالعالم", "שלום", "\u200Fמימין\u200E", "\u202Eevil", "日本語", "한국어", "ไทย",
        "👩‍💻", "🚀🚀", "e\u0301", "\U0001D54F", "Z̸̢͉a̷l̶g̵o̴", new string('w', 3_000), string.Concat(Enumerable.Repeat("long words ", 300)),
    ];

    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (2, Gen.Char[" :#-?[]{},&*!|>'\"%@`~.0123456789\t\n\r\\"]),
        (1, Gen.Char['\u0000', '\u001F']),
        (1, Gen.Char['\u0080', '\u07FF']),
        (1, Gen.Char['\u0590', '\u06FF']), // Hebrew, Arabic
        (1, Gen.Char['\u2000', '\u206F']),
        (1, Gen.Char['\uE000', '\uFFFF']));

    /// <summary>Valid Unicode (surrogates only in pairs): what a chart read from a file can hold.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOfConst(Nasty)),
        (4, AnyChar.Array[0, 24].Select(chars => new string(chars))),
        (1, Gen.Int[0x10000, 0x10FFFF].Array[1, 4].Select(cps => string.Concat(cps.Select(char.ConvertFromUtf32)))),
        (1, Gen.Select(Gen.OneOfConst(Nasty), AnyChar.Array[0, 6], Gen.OneOfConst(Nasty), (a, b, c) => a + new string(b) + c)))
        .Select(Wellformed);

    internal static readonly Gen<decimal> Number = Gen.Frequency(
        (3, Gen.Int[-1_000_000, 1_000_000].Select(i => (decimal)i)),
        (2, Gen.Decimal),
        (1, Gen.OneOfConst(0m, -0.0m, 0.1m, 1.50m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m)));

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct => gen.Nullable(0.3);

    private static Gen<T?> MaybeEnum<T>()
        where T : struct, Enum => Maybe(Gen.OneOfConst(Enum.GetValues<T>()));

    internal static readonly Gen<Period> PeriodGen = Gen.Select(
        Gen.OneOfConst(Enum.GetValues<Cadence>()),
        Gen.Frequency((4, Gen.Int[2020, 2030]), (1, Gen.Int[1, 9998])),
        Gen.Int[1, 12],
        Gen.Int[1, 28],
        (cadence, year, month, day) => Period.Containing(cadence, new DateOnly(year, month, day)));

    internal static readonly Gen<Kpi> KpiGen = Gen.Select(
        Gen.Select(Text.Null(0.1), Text.Null(0.5), Maybe(Number), MaybeEnum<Direction>(), MaybeEnum<Cadence>(), MaybeEnum<Timing>(), MaybeEnum<Focus>()),
        Gen.Select(MaybeEnum<Speed>(), MaybeEnum<Nature>(), MaybeEnum<KpiLevel>(), MaybeEnum<Dimension>(), Text.Null(0.7), Maybe(Number)),
        Gen.Select(PeriodGen, Number).Array[0, 6],
        Number.List[0, 12].Null(0.7),
        Gen.Select(MaybeEnum<Aggregate>(), Maybe(Number), Maybe(Number), Maybe(Number)),
        (a, b, actuals, seasonality, c) => new Kpi
        {
            Name = a.Item1,
            Unit = a.Item2,
            Target = a.Item3,
            Better = a.Item4,
            Cadence = a.Item5,
            Timing = a.Item6,
            Focus = a.Item7,
            Speed = b.Item1,
            Nature = b.Item2,
            Level = b.Item3,
            Dimension = b.Item4,
            Owner = b.Item5,
            Tolerance = b.Item6,
            Aggregate = c.Item1,
            Red = c.Item2,
            Green = c.Item3,
            Super = c.Item4,
            Actuals = [.. actuals.DistinctBy(x => x.Item1.ToString()).Select(x => new Actual(x.Item1, x.Item2))],
            Seasonality = seasonality,
        });

    /// <summary>A step: a plain name, or, one time in three, a mapping with people, functions and sometimes a KPI.</summary>
    internal static readonly Gen<ProcessStep> StepGen = Gen.Select(
        Text, Gen.Int[0, 2], Text.List[1, 3], Text.List[0, 2], KpiGen.Null(0.7),
        (name, kind, people, functions, kpi) => kind == 0 ? new ProcessStep { Name = name, People = people, Functions = functions, Kpi = kpi } : ProcessStep.Named(name));

    internal static readonly Gen<Function> FunctionGen = Gen.Select(
        Text.Null(0.1), Text.List[0, 2], Gen.Bool, KpiGen.List[0, 3], Text.List[0, 3],
        (name, owners, vacant, kpis, outcomes) => new Function { Name = name, Owners = owners, Vacant = vacant && owners.Count == 0, Kpis = kpis, Outcomes = outcomes });

    internal static readonly Gen<CoreProcess> ProcessGen = Gen.Select(
        Text.Null(0.1), Text.Null(0.5), Text.Null(0.5), StepGen.List[0, 4], Text.List[0, 3], KpiGen.List[0, 4],
        (name, input, outcome, steps, owners, kpis) => new CoreProcess
        {
            Name = name,
            Input = input,
            Outcome = outcome,
            Steps = steps,
            Owners = owners,
            Kpis = kpis,
        });

    internal static readonly Gen<Person> PersonGen = Gen.Select(Text.Null(0.1), Text.Null(0.3), Text.Null(0.5), (id, name, role) => new Person { Id = id, Name = name, Role = role });

    private static readonly Gen<RuleSetting> RuleGen = Gen.Select(
        Gen.Frequency((3, Gen.Int[1, 130].Select(i => $"PACE{i:D3}")), (1, Gen.String[Gen.Char['A', 'Z'], 1, 12].Select(Gen.Int[0, 9999], (p, n) => $"{p}{n:D3}"))),
        Gen.OneOfConst(Enum.GetValues<RuleLevel>()),
        (code, level) => new RuleSetting(RuleCode.Parse(code), level));

    /// <summary>A chart of 0–12 processes with every optional part present or not; it may break every rule.</summary>
    public static readonly Gen<Chart> Chart = Gen.Select(
        Gen.Select(Text.Null(0.1), Text.Null(0.4), Maybe(Gen.DateOnly), Maybe(Gen.OneOfConst(ChartLanguage.English, ChartLanguage.Dutch))),
        Gen.Select(Text.Null(0.5), Text.Null(0.5)).Nullable(0.6),
        Gen.Select(PersonGen.List[0, 6].Null(0.4), FunctionGen.List[0, 5].Null(0.6)),
        Text.List[0, 6].Null(0.5),
        ProcessGen.List[0, 12],
        RuleGen.Array[0, 4],
        (top, theme, roster, journey, processes, rules) => new Chart
        {
            FormatVersion = 1,
            Organization = top.Item1,
            Title = top.Item2,
            Date = top.Item3,
            Language = top.Item4,
            Theme = theme is { } t ? new Theme { Accent = t.Item1, Logo = t.Item2 } : null,
            People = roster.Item1,
            Functions = roster.Item2,
            Journey = journey,
            Processes = processes,
            Rules = [.. rules.DistinctBy(r => r.Code)],
        });

    /// <summary>Text that looks somewhat like YAML: a chart's lines, indicators and junk, for the reader's never-throws property.</summary>
    public static readonly Gen<string> YamlishText = Gen.Frequency(
        (1, AnyChar.Array[0, 200].Select(chars => new string(chars))),
        (2, Gen.OneOfConst(
                "pace: 1", "organization: X", "processes:", "  - name: P", "    owner: A", "    kpis:", "      - name: K", "        target: 5",
                "        actuals: {2026-W41: 3}", "people: [{id: a}]", "rules: {PACE016: off}", "- ", "? ", ": ", "&a ", "*a", "!!str ", "!x ",
                "<<: *a", "---", "...", "%YAML 1.2", "%TAG ! !", "[", "]", "{", "}", "'", "\"", "|", ">-", "  ", "\t", "#")
            .Array[0, 30]
            .Select(parts => string.Join("\n", parts))),
        (1, Text));

    /// <summary>Replaces lone surrogates, so the text is what a UTF-8 file can hold.</summary>
    private static string Wellformed(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
