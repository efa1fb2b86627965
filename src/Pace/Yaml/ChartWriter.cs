using System.Globalization;

namespace Pace.Yaml;

/// <summary>
/// Writes a <see cref="Chart"/> as a format 1 <c>.pace.yaml</c> file that <see cref="ChartReader"/> reads back
/// into an equal chart. A chart read from a file is written back into that file's text, changing only what was edited.
/// </summary>
/// <remarks>
/// <para>
/// A chart that has its <see cref="Chart.Source"/> (read by <see cref="ChartReader"/>) is written by editing the text
/// it was read from: an edited value replaces exactly the old one, in the quotes it had where they still hold the new
/// text; a new key or item gets lines of its own, indented as the file indents; a removed one loses its lines, with
/// the <c># pace-disable-next-line</c> comments right above it. Comments, blank lines, key order, quoting, the
/// <c>$schema</c> line, other suppressions, line ends and a byte-order mark stay as they were. The edited text is read
/// back first; should it not give the chart (a text with anchors and aliases, where one node stands in several places),
/// the chart is written anew, as below. <c>chart with { Source = null }</c> writes any chart anew.
/// </para>
/// <para>
/// A chart built in code is written in the writer's own layout. Keys come in the order the format documents them. Absent optional values are left out; an absent
/// required value (<c>organization</c>, a process's or KPI's <c>name</c>, a person's <c>id</c>) is written
/// as YAML's null, <c>~</c>, so the file still shows where it belongs and reads back as absent. Empty lists that are
/// optional in the model (<c>people</c>, <c>journey</c>, <c>seasonality</c>) are written as <c>[]</c> only when the
/// chart holds an empty list rather than none. The <c>pace:</c> key is always <c>1</c>: this is the format the
/// writer produces.
/// </para>
/// <para>
/// Texts are written plain when that is unambiguous and quoted otherwise: text that a YAML reader would take
/// for another type (<c>yes</c>, <c>no</c>, <c>null</c>, <c>~</c>, numbers, dates), text with leading or trailing
/// spaces, with <c>: </c> or <c> #</c>, starting with an indicator such as <c>-</c>, <c>*</c> or <c>&amp;</c>, and
/// text with line breaks or control characters (double-quoted, escaped). The escaping itself is YamlDotNet's
/// emitter's; it also escapes characters outside Unicode's Basic Multilingual Plane, so a text with an emoji is
/// written double-quoted with a <c>\U0001F680</c> escape (and reads back the same). Numbers are written in the invariant culture, enum values by their format names
/// (<c>higher</c>, <c>quarter</c>, <c>nl</c>), dates as <c>YYYY-MM-DD</c>, and actuals as a mapping from period
/// key (<c>2026-W41</c>) to value. The output uses <c>\n</c> line ends and no byte-order mark. Keys and items added to a
/// file's text are written by the same rules.
/// </para>
/// </remarks>
public static class ChartWriter
{
    /// <summary>Writes a chart as YAML text.</summary>
    /// <param name="chart">The chart, valid or not.</param>
    /// <returns>The text of a <c>.pace.yaml</c> file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is <see langword="null"/>.</exception>
    public static string Write(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Source?.Text is { } source && Edited(source, chart) is { } edited ? edited : Anew(chart);
    }

    /// <summary>Writes a chart as YAML to a text writer.</summary>
    /// <param name="chart">The chart, valid or not.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Chart chart, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Write(chart));
    }

    /// <summary>
    /// The text the chart was read from with the chart written into it; <see langword="null"/> when it cannot be
    /// edited, or when the edited text would not read back as the chart while a new one would.
    /// </summary>
    private static string? Edited(OriginalText source, Chart chart)
    {
        string? edited;
        try
        {
            edited = ChartPatcher.Write(source, chart);
        }
        catch (NotSupportedException)
        {
            return null; // a construct the edits do not handle (anchors, a key on another line than its ':', …)
        }

        // Checked, not trusted: a text that reads back as another chart is never written while a new one would not be.
        if (edited is null || ChartPatcher.ReadBack(edited) == chart || ChartPatcher.ReadBack(Anew(chart)) != chart)
        {
            return edited;
        }

        return null;
    }

    /// <summary>The chart in the writer's own layout, as for a chart built in code.</summary>
    internal static string Anew(Chart chart) => new YamlPrinter(Indentation.Default).Document(WrittenChart.Of(chart));
}
