namespace Pace.Yaml;

/// <summary>
/// A part of a chart as format 1 writes it: the keys in the format's order, values as text. <see cref="WrittenChart"/>
/// makes it from the model, <see cref="YamlPrinter"/> prints it, and <c>ChartPatcher</c> compares the form of
/// the chart as read with the form of the chart to write, to change only what differs. Equal forms write the same text.
/// </summary>
internal abstract record Written
{
    /// <summary>
    /// Where the part was read from: the line and column its node starts at (for an entry, its key), to find it in the
    /// text again; <see langword="null"/> for parts built in code. Not compared.
    /// </summary>
    public IgnoredInEquality<Origin?> From { get; init; }
}

/// <summary>Where a part of a chart starts in the text it was read from (1-based, as in <see cref="SourceSpan"/>).</summary>
internal readonly record struct Origin(int Line, int Column)
{
    public static IgnoredInEquality<Origin?> Of(SourceSpan? span) => new(span is null ? null : new Origin(span.StartLine, span.StartColumn));
}

/// <summary>A scalar.</summary>
/// <param name="Value">The value.</param>
/// <param name="IsText">
/// The user's text, written plain where that reads back as the same text and quoted otherwise; when
/// <see langword="false"/>, a value Pace made (a number, a date, an enum name, <c>~</c>), always written plain.
/// </param>
internal sealed record WrittenScalar(string Value, bool IsText) : Written;

/// <summary>A list.</summary>
/// <param name="Items">The items.</param>
/// <param name="Flow">Written on one line in brackets (<c>[a, b]</c>) rather than as a block of <c>- </c> items.</param>
internal sealed record WrittenSequence(ValueList<Written> Items, bool Flow) : Written;

/// <summary>A mapping.</summary>
/// <param name="Entries">The entries, in the order they are written.</param>
/// <param name="Ordered">
/// The entries are data whose order counts and whose keys may change (actuals, rule settings), matched by where they
/// were read from; when <see langword="false"/>, the format's own keys, matched by name.
/// </param>
/// <param name="Flow">Written on one line in braces (<c>{a: 1}</c>), as when the file had it so.</param>
internal sealed record WrittenMapping(ValueList<WrittenEntry> Entries, bool Ordered, bool Flow = false) : Written;

/// <summary>One key and its value.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
internal sealed record WrittenEntry(WrittenScalar Key, Written Value) : Written;
