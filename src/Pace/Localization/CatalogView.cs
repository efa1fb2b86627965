using System.Collections.Immutable;

namespace Pace.Localization;

/// <summary>
/// A typed view of the message catalogue per language (the chart's labels, the FACe's, the site's, the reports'
/// words, the month names), built once a language and again only after the catalogue changed (an app replaced a word
/// or added a language, <see cref="MessageCatalog"/>, <see cref="Languages"/>), so the layout reads a field while a
/// change still reaches every page.
/// </summary>
/// <typeparam name="T">The view.</typeparam>
internal sealed class CatalogView<T>(Func<ChartLanguage, T> build)
    where T : class
{
    private Built? _built;

    /// <summary>The view of a language, as the catalogue reads now.</summary>
    public T For(ChartLanguage language)
    {
        // A language nobody added speaks English (as the table does), and no view is kept for it: the views stay bounded.
        if (!Languages.IsKnown(language))
        {
            language = ChartLanguage.English;
        }

        var generation = MessageTable.Generation;
        var built = Volatile.Read(ref _built);
        if (built is null || built.Generation != generation)
        {
            built = new Built(generation, ImmutableDictionary<ChartLanguage, T>.Empty);
        }

        if (built.Views.TryGetValue(language, out var view))
        {
            return view;
        }

        // Two threads may both build a language's view; either is the same words, and the last one written is kept.
        view = build(language);
        Volatile.Write(ref _built, built with { Views = built.Views.SetItem(language, view) });
        return view;
    }

    private sealed record Built(int Generation, ImmutableDictionary<ChartLanguage, T> Views);
}
