using Pace.Configuration;
using Pace.Localization;

namespace Pace;

/// <summary>
/// Settles a check's language once: the run's (<see cref="CheckOptions.Language"/>, <c>--lang</c>), else the chart's
/// <c>language:</c>, else the configuration's, else English. One Pace does not speak — no built-in language, none an
/// app or a translation file added — is one PACE122 warning, located where the language was named, and the check
/// goes on in English: never an exception.
/// </summary>
internal static class LanguageChoice
{
    /// <summary>The language to speak, and the PACE122 warning when the one asked for is not known.</summary>
    public static (ChartLanguage Language, Diagnostic? Finding) Settle(ChartLanguage? run, Chart chart, PaceConfig? configuration)
    {
        var (asked, path, span) = run is { } fromRun ? (fromRun, string.Empty, null)
            : chart.Language is { } fromChart ? (fromChart, "language", chart.Source?.ValueOf("language"))
            : configuration?.Language is { } fromConfig ? (fromConfig, "language", configuration.LanguageSource ?? (configuration.Path is { } file ? SourceSpan.At(file, 1, 1) : null))
            : (ChartLanguage.English, string.Empty, (SourceSpan?)null);
        // Known to this chart, not merely to the run: a language another chart's translation file registered is not (the
        // registry is process-wide, and a chart's words must not depend on which charts share its run or their order).
        if (Languages.IsKnownUnder(asked, configuration?.TranslationsRead ?? []))
        {
            return (asked, null);
        }

        var finding = new Diagnostic("PACE122", Severity.Warning, MessageTable.Get(ChartLanguage.English, "PACE122"), [new("language", asked.Code)], path, span)
        {
            MessageKey = "PACE122",
        };
        return (ChartLanguage.English, finding);
    }

    /// <summary>A language as a result carries it: English for one not known to a chart under the configuration (as <see cref="Settle"/> judges).</summary>
    public static ChartLanguage Spoken(ChartLanguage language, PaceConfig? configuration) =>
        Languages.IsKnownUnder(language, configuration?.TranslationsRead ?? []) ? language : ChartLanguage.English;
}
