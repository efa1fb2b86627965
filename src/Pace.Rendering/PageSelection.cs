using System.Globalization;

namespace Pace.Rendering;

/// <summary>
/// Which pages of a chart to render — the same meaning for every format: a PDF holds the selected pages,
/// <see cref="ChartRenderer.RenderPages(CheckResult, RenderOptions?, CancellationToken)"/> gives one PNG or SVG per
/// selected page, and a single image file (<c>ChartRenderer.Render</c>, <c>ChartRenderer.RenderFile</c>) is the first
/// selected page.
/// </summary>
public readonly record struct PageSelection
{
    private PageSelection(int first, int last)
    {
        First = first;
        Last = last;
    }

    /// <summary>Every page (the default).</summary>
    public static PageSelection All { get; } = new(1, int.MaxValue);

    /// <summary>The first selected page, counting from 1.</summary>
    public int First { get; }

    /// <summary>The last selected page; <see cref="int.MaxValue"/> for "to the end".</summary>
    public int Last { get; }

    /// <summary>One page.</summary>
    /// <param name="number">The page number, from 1.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public static PageSelection Page(int number) => Range(number, number);

    /// <summary>A run of pages.</summary>
    /// <param name="first">The first page, from 1.</param>
    /// <param name="last">The last page, at least <paramref name="first"/>.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is below 1, or the last comes before the first.</exception>
    public static PageSelection Range(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        return new PageSelection(first, last);
    }

    /// <summary>The selected page numbers of a document with <paramref name="count"/> pages.</summary>
    /// <param name="count">The number of pages the chart has.</param>
    /// <returns>The page numbers, from 1, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The selection starts after the last page.</exception>
    public IReadOnlyList<int> Of(int count)
    {
        var first = First == 0 ? 1 : First;
        if (first > count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"Page {first} was selected, but the chart has {count} pages."));
        }

        return [.. Enumerable.Range(first, Math.Min(Last == 0 ? int.MaxValue : Last, count) - first + 1)];
    }

    /// <inheritdoc />
    public override string ToString() =>
        Last == int.MaxValue || Last == 0 ? (First <= 1 ? "all pages" : $"pages {First}–") : First == Last ? $"page {First}" : $"pages {First}–{Last}";
}
