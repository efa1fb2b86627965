using System.Globalization;
using System.Text;
using Pace.Localization;
using Pace.Tests.Yaml;
using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>Each reader limit refuses its input with its own located code and message, and each is configurable.</summary>
public class LimitTests
{
    private static string Single(LoadResult result, string code)
    {
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { code }), string.Join("\n", result.Diagnostics));
        return result.Diagnostics[0].Message;
    }

    [Test]
    public void Defaults_are_as_documented()
    {
        var d = ChartReaderOptions.Default;
        Assert.That((d.MaxInputBytes, d.MaxDepth, d.MaxNodes, d.MaxStringLength), Is.EqualTo((4L * 1024 * 1024, 64, 100_000L, 10_000)));
    }

    [Test]
    public void Null_input_is_an_argument_error_not_a_finding()
    {
        Assert.That(() => ChartReader.Read(null!), Throws.ArgumentNullException);
        Assert.That(() => ChartReader.ReadAsync(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Input_over_the_size_limit_is_refused_from_text_stream_and_file()
    {
        var options = new ChartReaderOptions { MaxInputBytes = 200 };
        var text = LoadErrorTests.Minimal + "# " + new string('x', 100) + "\n";
        Assert.That(Single(Outcome.ReadText(text, "text", options), "PACE110"), Is.EqualTo(Named.Format(EnglishMessages.PACE110, ("size", Encoding.UTF8.GetByteCount(text)), ("limit", 200))));
        Assert.That(Single(Outcome.ReadBytes(Encoding.UTF8.GetBytes(text), "bytes", options), "PACE110"), Is.EqualTo(Named.Format(EnglishMessages.PACE110, ("size", Encoding.UTF8.GetByteCount(text)), ("limit", 200))));

        var file = Path.Combine(Path.GetTempPath(), $"pace-limit-{Guid.NewGuid():N}.pace.yaml");
        try
        {
            File.WriteAllText(file, text);
            var result = ChartReader.ReadFile(file, options);
            Single(result, "PACE110");
            Assert.That(result.Diagnostics[0].Span!.File, Is.EqualTo(file));
        }
        finally
        {
            File.Delete(file);
        }

        Assert.That(Outcome.ReadText(LoadErrorTests.Minimal, "small enough", options).Succeeded, Is.True);
    }

    [Test]
    public void Size_limit_counts_utf8_bytes_not_characters()
    {
        // 40 characters, 80 bytes in UTF-8.
        var text = "pace: 1\norganization: " + new string('é', 40) + "\nprocesses: []\n";
        var options = new ChartReaderOptions { MaxInputBytes = Encoding.UTF8.GetByteCount(text) - 1 };
        Single(Outcome.ReadText(text, "text", options), "PACE110");
        Assert.That(Outcome.ReadText(text, "text", options with { MaxInputBytes = Encoding.UTF8.GetByteCount(text) }).Succeeded, Is.True);
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused_where_it_goes_too_deep()
    {
        // Chart → processes (1) → process (2) → kpis (3) → kpi (4) → actuals (5) → value (6).
        var yaml = LoadErrorTests.Minimal.Replace("{name: K1}", "{name: K1, actuals: {2026: 1}}", StringComparison.Ordinal);
        Assert.That(Outcome.ReadText(yaml, "depth 6", new ChartReaderOptions { MaxDepth = 6 }).Succeeded, Is.True);
        var result = Outcome.ReadText(yaml, "depth 5", new ChartReaderOptions { MaxDepth = 5 });
        Assert.That(Single(result, "PACE111"), Is.EqualTo("The YAML is nested more than 5 levels deep."));
        Assert.That((result.Diagnostics[0].Span!.StartLine, result.Diagnostics[0].Span!.StartColumn), Is.EqualTo((6, 33)));
    }

    [Test]
    public void Default_depth_refuses_a_deep_flow_nest()
    {
        var yaml = "pace: 1\norganization: X\nprocesses: " + new string('[', 100) + new string(']', 100) + "\n";
        Single(Outcome.ReadText(yaml, "deep"), "PACE111");
    }

    [Test]
    public void An_unlimited_depth_cannot_overflow_the_stack()
    {
        // The tree is built with an explicit stack: 5,000 levels with every limit lifted, read on a thread with a
        // 256 KB stack, end in a defined outcome (a recursive reader needs megabytes of stack for this).
        const int levels = 5_000;
        var yaml = new string('[', levels) + new string(']', levels);
        var options = new ChartReaderOptions { MaxDepth = int.MaxValue, MaxNodes = long.MaxValue, MaxInputBytes = long.MaxValue };
        LoadResult? result = null;
        var thread = new Thread(() => result = ChartReader.Read(yaml, "deep.yaml", options), maxStackSize: 256 * 1024);
        thread.Start();
        Assert.That(thread.Join(Outcome.Timeout), Is.True, "no result in time");
        Outcome.AssertWellFormed(result!, "deep");
        Assert.That(result!.Diagnostics.Single().MessageKey, Is.EqualTo("PACE106NotMapping"));
    }

    /// <summary>Nine levels of ten: a billion "lol"s once expanded, a few hundred bytes written.</summary>
    internal static string BillionLaughs()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 10))).Append("]\n");
        }

        return yaml.ToString();
    }

    [Test]
    public void Billion_laughs_is_refused_quickly_in_bounded_memory()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Outcome.Within(() => ChartReader.Read(BillionLaughs(), "laughs.yaml"), "billion laughs");
        Assert.That(Single(result, "PACE112"), Is.EqualTo("Aliases expand to more than 100000 nodes; the file is refused (a 'billion laughs' guard)."));
        Assert.That(result.Diagnostics[0].Span!.StartLine, Is.GreaterThan(1));

        // The same document in-line on this thread: what it allocates is a small multiple of its size, not of its expansion.
        GC.KeepAlive(before);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        ChartReader.Read(BillionLaughs(), "laughs.yaml");
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocated, Is.LessThan(1_000_000));
    }

    [Test]
    public void Alias_limit_is_configurable_and_counts_expansion()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
        Single(Outcome.ReadText(yaml, "100 nodes", new ChartReaderOptions { MaxNodes = 100 }), "PACE112");
        var result = Outcome.ReadText(yaml, "enough", new ChartReaderOptions { MaxNodes = 200 });
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Not.Contain("PACE112"));
    }

    [Test]
    public void Aliases_are_shared_by_the_chart()
    {
        // Aliases are YAML; a chart may use them (one KPI list for two processes), within the limit.
        var yaml = """
            pace: 1
            organization: X
            processes:
              - name: P1
                owner: Ann
                kpis: &kpis [{name: K1}, {name: K2}, {name: K3}]
              - name: P2
                owner: Bob
                kpis: *kpis
            """;
        var chart = Outcome.ReadText(yaml, "aliases").Chart!;
        Assert.That(chart.Processes[1].Kpis.Select(k => k.Name), Is.EqualTo(new[] { "K1", "K2", "K3" }));
    }

    [Test]
    public void An_alias_inside_its_own_anchor_names_nothing()
    {
        var result = Outcome.ReadText("a: &x [1, *x]\n", "self alias");
        Assert.That(Single(result, "PACE100"), Does.Contain("*x names no anchor"));
    }

    [Test]
    public void String_over_the_length_limit_is_refused()
    {
        var yaml = LoadErrorTests.Minimal.Replace("organization: X", "organization: " + new string('x', 10_001), StringComparison.Ordinal);
        var result = Outcome.ReadText(yaml, "long string");
        Assert.That(Single(result, "PACE113"), Is.EqualTo("A value is 10001 characters long; the limit is 10000."));
        Assert.That(result.Diagnostics[0].Span!.StartLine, Is.EqualTo(2));

        Assert.That(Outcome.ReadText(yaml, "raised", new ChartReaderOptions { MaxStringLength = 20_000 }).Succeeded, Is.True);
        Single(Outcome.ReadText(LoadErrorTests.Minimal, "lowered", new ChartReaderOptions { MaxStringLength = 2 }), "PACE113");
    }

    [Test]
    public void Many_long_unknown_keys_stay_fast()
    {
        // Each unknown key gets a "did you mean" search; a key far longer than any valid key is not searched.
        // (Keys over 1,024 characters must be explicit, '? key', by YAML's rules.)
        var yaml = new StringBuilder("pace: 1\norganization: X\nprocesses: []\n");
        for (var i = 0; yaml.Length < 3_000_000; i++)
        {
            yaml.Append("? ").Append(i).Append(new string('k', 9_000)).Append("\n: 1\n");
        }

        var result = Outcome.ReadText(yaml.ToString(), "long keys");
        Assert.That(result.Diagnostics.Select(d => d.Code).Distinct(), Is.EqualTo(new[] { "PACE101" }));
    }
}
