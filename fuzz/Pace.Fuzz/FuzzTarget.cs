using Pace.Validation;
using Pace.Yaml;

namespace Pace.Fuzz;

/// <summary>
/// What one fuzz input goes through: load → validate (→ layout, once the renderer offers it). Any exception that
/// escapes is a finding; so is a broken invariant, which is thrown as <see cref="InvariantException"/>.
/// </summary>
internal static class FuzzTarget
{
    /// <summary>The hook for later stages: <see cref="Program"/> plugs in <see cref="LayoutStage"/>, so every chart that loads is also laid out.</summary>
    public static Action<Chart, Findings>? AfterValidate { get; set; }

    /// <summary>Runs one input.</summary>
    /// <param name="input">The raw bytes, as a chart file would hold them.</param>
    public static void Run(byte[] input)
    {
        // Load: the same path as `pace validate file` (bytes → strict UTF-8 → YAML → chart).
        using var stream = new MemoryStream(input, writable: false);
        var loaded = ChartReader.ReadAsync(stream, "fuzz.pace.yaml").GetAwaiter().GetResult();
        foreach (var d in loaded.Diagnostics)
        {
            Check(d.Code.StartsWith("PACE1", StringComparison.Ordinal) && d.Code.Length == 7, $"load error with code {d.Code}");
            Check(d.Span is { StartLine: >= 1, StartColumn: >= 1 }, $"load error {d.Code} without a location");
            Check(!string.IsNullOrWhiteSpace(d.Message), $"load error {d.Code} without a message");
            Check(!d.Message.Contains('\n', StringComparison.Ordinal) && !d.Message.Contains('\r', StringComparison.Ordinal), $"load error {d.Code} over several lines");
        }

        Check(loaded.Succeeded == (loaded.Diagnostics.Count == 0), "a chart came back with load errors, or no chart without any");
        if (loaded.Chart is not { } chart)
        {
            return;
        }

        // Validate.
        var result = ChartValidator.Default.Validate(chart);
        foreach (var d in result)
        {
            Check(!d.Message.Contains('\n', StringComparison.Ordinal) && !d.Message.Contains('\r', StringComparison.Ordinal), $"finding {d.Code} over several lines");
        }

        // Write → read: whatever loaded must come back after writing, and write the same text again.
        RoundTrip(chart);

        // Layout and later stages.
        AfterValidate?.Invoke(chart, result);
    }

    /// <summary>A chart that loaded is written, read again and written again: it must load, and give the same text.</summary>
    private static void RoundTrip(Chart chart)
    {
        var written = ChartWriter.Write(chart);
        var again = ChartReader.Read(written, "written.pace.yaml");
        Check(again.Chart is not null, "a written chart does not load: " + string.Join("; ", again.Diagnostics));
        Check(string.Equals(ChartWriter.Write(again.Chart!), written, StringComparison.Ordinal), "write → read → write changed the text");
    }

    internal static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvariantException(what);
        }
    }
}

/// <summary>A property every input must keep was broken.</summary>
internal sealed class InvariantException(string message) : Exception(message);
