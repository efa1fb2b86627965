namespace Pace.Localization;

/// <summary>
/// A typed view of the message catalogue per language (the chart's labels, the FACe's, the site's, the reports'
/// words, the month names), built once and again only after an app replaced a word (<see cref="MessageCatalog"/>),
/// so the layout reads a field while a replacement still reaches every page.
/// </summary>
/// <typeparam name="T">The view.</typeparam>
internal sealed class CatalogView<T>(Func<ChartLanguage, T> build)
    where T : class
{
    private Built? _built;

    /// <summary>The view of a language, as the catalogue reads now.</summary>
    public T For(ChartLanguage language)
    {
        var built = Volatile.Read(ref _built);
        var generation = MessageTable.Generation;
        if (built is null || built.Generation != generation)
        {
            built = new Built(generation, build(ChartLanguage.English), build(ChartLanguage.Dutch));
            Volatile.Write(ref _built, built);
        }

        return language == ChartLanguage.Dutch ? built.Dutch : built.English;
    }

    private sealed record Built(int Generation, T English, T Dutch);
}
