using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pace.Yaml;

/// <summary>
/// Writes a <see cref="Chart"/> as a format 1 <c>.pace.yaml</c> file that <see cref="ChartReader"/> reads back
/// into an equal chart (source locations aside).
/// </summary>
/// <remarks>
/// <para>
/// Keys come in the order the format documents them. Absent optional values are left out; an absent
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
/// key (<c>2026-W41</c>) to value. The output uses <c>\n</c> line ends and no byte-order mark.
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
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(chart, writer);
        return writer.ToString();
    }

    /// <summary>Writes a chart as YAML to a text writer.</summary>
    /// <param name="chart">The chart, valid or not.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void Write(Chart chart, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(writer);
        new YamlChartEmitter(writer).Chart(chart);
    }

    /// <summary>Turns the model into emitter events; one instance per write.</summary>
    private sealed class YamlChartEmitter
    {
        private static readonly EmitterSettings Settings = new(
            bestIndent: 2,
            bestWidth: int.MaxValue, // never fold long texts across lines
            isCanonical: false,
            maxSimpleKeyLength: 1024,
            skipAnchorName: false,
            indentSequences: true,
            newLine: "\n");

        private readonly Emitter _emitter;

        public YamlChartEmitter(TextWriter writer)
        {
            _emitter = new Emitter(writer, Settings);
        }

        public void Chart(Chart chart)
        {
            _emitter.Emit(new StreamStart());
            _emitter.Emit(new DocumentStart());
            BeginMapping();
            Key("pace");
            Plain(Pace.Chart.CurrentFormatVersion.ToString(CultureInfo.InvariantCulture));
            RequiredText("organization", chart.Organization);
            OptionalText("title", chart.Title);
            if (chart.Date is { } date)
            {
                Key("date");
                Plain(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            OptionalEnum("language", chart.Language);
            OptionalEnum("paper", chart.Paper);
            if (chart.Theme is { } theme)
            {
                Key("theme");
                BeginMapping();
                OptionalText("accent", theme.Accent);
                OptionalText("logo", theme.Logo);
                if (theme.Fonts.Count > 0)
                {
                    Key("fonts");
                    BlockList(theme.Fonts, Font);
                }

                EndMapping();
            }

            if (chart.People is { } people)
            {
                Key("people");
                BlockList(people, Person);
            }

            if (chart.Journey is { } journey)
            {
                Key("journey");
                TextList(journey);
            }

            Key("processes");
            BlockList(chart.Processes, Process);
            if (chart.Rules.Count > 0)
            {
                Key("rules");
                BeginMapping();
                foreach (var rule in chart.Rules)
                {
                    Text(rule.Code);
                    Plain(EnumNames.Name(rule.Level));
                }

                EndMapping();
            }

            EndMapping();
            _emitter.Emit(new DocumentEnd(isImplicit: true));
            _emitter.Emit(new StreamEnd());
        }

        private void Font(ThemeFont font)
        {
            BeginMapping();
            OptionalText("regular", font.Regular);
            OptionalText("bold", font.Bold);
            EndMapping();
        }

        private void Person(Person person)
        {
            BeginMapping();
            RequiredText("id", person.Id);
            OptionalText("name", person.Name);
            OptionalText("role", person.Role);
            EndMapping();
        }

        private void Process(CoreProcess process)
        {
            BeginMapping();
            RequiredText("name", process.Name);
            OptionalText("input", process.Input);
            OptionalText("outcome", process.Outcome);
            if (process.Steps.Count > 0)
            {
                Key("steps");
                TextList(process.Steps);
            }

            if (process.Owners.Count == 1)
            {
                Key("owner");
                Text(process.Owners[0]);
            }
            else if (process.Owners.Count > 1)
            {
                Key("owner");
                TextList(process.Owners);
            }

            if (process.Kpis.Count > 0)
            {
                Key("kpis");
                BlockList(process.Kpis, Kpi);
            }

            EndMapping();
        }

        private void Kpi(Kpi kpi)
        {
            BeginMapping();
            RequiredText("name", kpi.Name);
            OptionalText("unit", kpi.Unit);
            OptionalNumber("target", kpi.Target);
            OptionalEnum("better", kpi.Better);
            OptionalEnum("cadence", kpi.Cadence);
            OptionalEnum("timing", kpi.Timing);
            OptionalEnum("focus", kpi.Focus);
            OptionalEnum("speed", kpi.Speed);
            OptionalEnum("nature", kpi.Nature);
            OptionalEnum("level", kpi.Level);
            OptionalEnum("dimension", kpi.Dimension);
            OptionalText("owner", kpi.Owner);
            OptionalNumber("tolerance", kpi.Tolerance);
            if (kpi.Actuals.Count > 0)
            {
                Key("actuals");
                BeginMapping();
                foreach (var actual in kpi.Actuals)
                {
                    // Period keys are written plain, as the format documents them (2026-W41: 3).
                    Plain(actual.Period.ToString());
                    Plain(Number(actual.Value));
                }

                EndMapping();
            }

            if (kpi.Seasonality is { } weights)
            {
                Key("seasonality");
                _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
                foreach (var weight in weights)
                {
                    Plain(Number(weight));
                }

                _emitter.Emit(new SequenceEnd());
            }

            EndMapping();
        }

        private void BlockList<T>(IReadOnlyList<T> items, Action<T> write)
        {
            // An empty block list cannot be written; "[]" is the flow form YAML has for it.
            _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var item in items)
            {
                write(item);
            }

            _emitter.Emit(new SequenceEnd());
        }

        private void TextList(IReadOnlyList<string> items)
        {
            // Short lists read best on one line ([Opvolgen, Bezoeken]); the emitter quotes items with , [ ] { }.
            var flow = items.All(i => i is not null && !ScalarQuoting.HasLineBreak(i));
            _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var item in items)
            {
                Text(item);
            }

            _emitter.Emit(new SequenceEnd());
        }

        private void RequiredText(string key, string? value)
        {
            Key(key);
            if (value is null)
            {
                Plain("~"); // YAML's null: reads back as absent, and the key still shows where the value belongs
            }
            else
            {
                Text(value);
            }
        }

        private void OptionalText(string key, string? value)
        {
            if (value is not null)
            {
                Key(key);
                Text(value);
            }
        }

        private void OptionalNumber(string key, decimal? value)
        {
            if (value is { } number)
            {
                Key(key);
                Plain(Number(number));
            }
        }

        private void OptionalEnum<T>(string key, T? value)
            where T : struct, Enum
        {
            if (value is { } v)
            {
                Key(key);
                Plain(EnumNames.Name(v));
            }
        }

        private void BeginMapping() =>
            _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));

        private void EndMapping() => _emitter.Emit(new MappingEnd());

        private void Key(string key) => Plain(key);

        /// <summary>A value Pace itself made (a key, number, date, enum name): always plain.</summary>
        private void Plain(string value) =>
            _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

        /// <summary>A user's text: plain when unambiguous, else quoted in the style the emitter finds safe.</summary>
        private void Text(string? value)
        {
            value ??= string.Empty;
            var style = ScalarQuoting.StyleFor(value);
            _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: style == ScalarStyle.Any, isQuotedImplicit: true));
        }

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
