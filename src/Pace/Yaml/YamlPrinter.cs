using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pace.Yaml;

/// <summary>How a file indents its blocks, so that lines added to it look like the lines around them.</summary>
/// <param name="Mapping">How far a mapping's keys stand in from the key that holds it.</param>
/// <param name="Sequence">How far a list's <c>-</c> stands in from the key that holds it (0: level with it).</param>
/// <param name="Dash">How far an item's content stands in from its <c>-</c> (2 for <c>- name: …</c>).</param>
internal sealed record Indentation(int Mapping, int Sequence, int Dash)
{
    /// <summary>What the writer uses for a new file: two spaces, lists indented under their key.</summary>
    public static Indentation Default { get; } = new(2, 2, 2);
}

/// <summary>
/// Prints a <see cref="Written"/> form as block YAML: mappings and lists of mappings as indented blocks, short lists on
/// one line, <c>\n</c> line ends. Scalars and one-line collections are written by YamlDotNet's emitter, whose escaping
/// (and choice of plain or quoted, steered by <see cref="ScalarQuoting"/>) is the writer's.
/// </summary>
internal sealed class YamlPrinter(Indentation indentation)
{
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2,
        bestWidth: int.MaxValue, // never fold long texts across lines
        isCanonical: false,
        maxSimpleKeyLength: 1024,
        skipAnchorName: false,
        indentSequences: true,
        newLine: "\n");

    /// <summary>A whole document: the mapping's entries at the left margin, ending in a line break.</summary>
    public string Document(WrittenMapping root)
    {
        var text = new StringBuilder();
        Entries(text, root.Entries, column: 0, indentFirst: true);
        return text.ToString();
    }

    /// <summary>
    /// Entries of a block mapping whose keys stand at <paramref name="column"/>; each ends in a line break. The first is
    /// not indented when <paramref name="indentFirst"/> is <see langword="false"/> (it follows a <c>- </c>).
    /// </summary>
    public void Entries(StringBuilder text, IEnumerable<WrittenEntry> entries, int column, bool indentFirst)
    {
        var first = true;
        foreach (var entry in entries)
        {
            if (!first || indentFirst)
            {
                text.Append(' ', column);
            }

            first = false;
            var (key, isLong) = Key(entry.Key);
            if (isLong)
            {
                // Over YAML's 1024 characters for a key on the line of its value: the explicit "? key" form.
                text.Append("? ").Append(key).Append('\n').Append(' ', column);
            }
            else
            {
                text.Append(key);
            }

            text.Append(':');
            Value(text, entry.Value, column);
        }
    }

    /// <summary>The items of a block list whose <c>-</c> stands at <paramref name="column"/>; each ends in a line break.</summary>
    public void Items(StringBuilder text, IEnumerable<Written> items, int column, int dash)
    {
        foreach (var item in items)
        {
            text.Append(' ', column).Append('-').Append(' ', Math.Max(1, dash - 1));
            if (IsBlock(item) && item is WrittenMapping mapping)
            {
                Entries(text, mapping.Entries, column + Math.Max(2, dash), indentFirst: false);
            }
            else
            {
                text.Append(Inline(item)).Append('\n');
            }
        }
    }

    /// <summary>A key's value after its <c>:</c>, for keys at <paramref name="column"/>: on the same line, or as a block below it.</summary>
    public void Value(StringBuilder text, Written value, int column)
    {
        switch (value)
        {
            case WrittenMapping mapping when IsBlock(mapping):
                text.Append('\n');
                Entries(text, mapping.Entries, column + indentation.Mapping, indentFirst: true);
                break;
            case WrittenSequence sequence when IsBlock(sequence):
                text.Append('\n');
                Items(text, sequence.Items, column + indentation.Sequence, indentation.Dash);
                break;
            default:
                text.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    /// <summary>Whether a value is written as an indented block: a mapping or a block list that has entries.</summary>
    public static bool IsBlock(Written value) => value switch
    {
        WrittenMapping m => !m.Flow && m.Entries.Count > 0,
        WrittenSequence s => !s.Flow && s.Items.Count > 0,
        _ => false,
    };

    /// <summary>
    /// A scalar, or a collection on one line (<c>[a, b]</c>, <c>{}</c>), as it stands after a key's <c>: </c>, or, when
    /// <paramref name="inFlow"/>, inside brackets or braces, where a plain text cannot hold <c>,</c> or brackets.
    /// </summary>
    public static string Inline(Written value, bool inFlow = false)
    {
        if (value is WrittenScalar scalar)
        {
            return Scalar(scalar, null, inFlow);
        }

        // A one-line collection is emitted as the value of a throw-away key, which is then cut off.
        var emitted = Emit(e =>
        {
            e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
            EmitScalar(e, new WrittenScalar("k", IsText: false), null);
            EmitFlow(e, value);
            e.Emit(new MappingEnd());
        });
        return emitted[3..^1];
    }

    /// <summary>A key as it stands before its <c>:</c>, and whether it is too long to stand on its value's line.</summary>
    public static (string Text, bool IsLong) Key(WrittenScalar key)
    {
        if (!key.IsText)
        {
            return (key.Value, false);
        }

        var emitted = Emit(e =>
        {
            e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
            EmitScalar(e, key, null);
            EmitScalar(e, new WrittenScalar("v", IsText: false), null);
            e.Emit(new MappingEnd());
        });
        return emitted.StartsWith("? ", StringComparison.Ordinal) ? (emitted[2..^5], true) : (emitted[..^4], false);
    }

    /// <summary>
    /// A scalar written plain when it is Pace's own (a number, date, enum name), else in <paramref name="style"/> when
    /// given (the emitter moves to a style that can hold the text where that one cannot), else as
    /// <see cref="ScalarQuoting.StyleFor"/> decides.
    /// </summary>
    public static string Scalar(WrittenScalar scalar, ScalarStyle? style, bool inFlow = false)
    {
        if (!scalar.IsText)
        {
            return scalar.Value;
        }

        if (inFlow)
        {
            // Emitted as the one item of a one-line list, whose brackets are then cut off.
            var item = Emit(e =>
            {
                e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
                EmitScalar(e, scalar, style);
                e.Emit(new SequenceEnd());
            });
            return item[1..^2];
        }

        var emitted = Emit(e =>
        {
            e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
            EmitScalar(e, new WrittenScalar("k", IsText: false), null);
            EmitScalar(e, scalar, style);
            e.Emit(new MappingEnd());
        });
        return emitted[3..^1];
    }

    private static void EmitFlow(IEmitter emitter, Written value)
    {
        switch (value)
        {
            case WrittenScalar scalar:
                EmitScalar(emitter, scalar, null);
                break;
            case WrittenSequence sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
                foreach (var item in sequence.Items)
                {
                    EmitFlow(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case WrittenMapping mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Flow));
                foreach (var entry in mapping.Entries)
                {
                    EmitScalar(emitter, entry.Key, null);
                    EmitFlow(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "not a written value");
        }
    }

    private static void EmitScalar(IEmitter emitter, WrittenScalar scalar, ScalarStyle? style)
    {
        if (!scalar.IsText)
        {
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
            return;
        }

        var chosen = style ?? ScalarQuoting.StyleFor(scalar.Value);
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value, chosen, isPlainImplicit: chosen == ScalarStyle.Any, isQuotedImplicit: true));
    }

    private static string Emit(Action<IEmitter> body)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        body(emitter);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }
}
