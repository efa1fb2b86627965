using Pace.Configuration;
using Pace.Localization;

namespace Pace;

/// <summary>The configuration a chart gets, the files found for it that were not trusted, and the translations of it that were not used.</summary>
internal sealed record AppliedConfiguration(PaceConfig? Configuration, IReadOnlyList<IgnoredConfiguration> Ignored)
{
    /// <summary>The configuration's translations that lost to another with the same code (<see cref="Register"/>).</summary>
    public IReadOnlyList<UnusedTranslation> Unused { get; init; } = [];

    /// <summary>
    /// The configuration, its translations registered: each under its code unless one that says something else is
    /// there already (an app's, or another configuration's met before in this run), which then stays and makes this
    /// one a PACE122 warning. First come, first served: the CLI works configurations out in input order before any
    /// chart is checked in parallel, so which one wins does not depend on thread timing.
    /// </summary>
    public static AppliedConfiguration Register(PaceConfig? configuration, IReadOnlyList<IgnoredConfiguration> ignored)
    {
        var unused = new List<UnusedTranslation>();
        foreach (var translation in configuration?.TranslationsRead ?? [])
        {
            var inForce = Languages.AddIfAbsent(translation);
            if (!inForce.SaysTheSameAs(translation))
            {
                unused.Add(new UnusedTranslation(translation, inForce));
            }
        }

        return new AppliedConfiguration(configuration, ignored) { Unused = unused };
    }

    /// <summary>A PACE118 warning for each file left out and a PACE122 for each translation not used, in a language, located at the file's start.</summary>
    public IEnumerable<Diagnostic> Warnings(ChartLanguage language) =>
        Ignored.Select(i => new Diagnostic("PACE118", Severity.Warning, MessageTable.Get(language, "PACE118" + i.Variant), i.Arguments, string.Empty, SourceSpan.At(i.Path, 1, 1))
        {
            MessageKey = "PACE118" + i.Variant,
        }).Concat(Unused.Select(u => new Diagnostic(
            "PACE122",
            Severity.Warning,
            MessageTable.Get(language, "PACE122Conflict"),
            [new("file", u.Translation.Source ?? string.Empty), new("language", u.Translation.Language.Code), new("other", u.InForce.Source ?? "Languages.Add")],
            "translations",
            SourceSpan.At(u.Translation.Source, 1, 1))
        {
            MessageKey = "PACE122Conflict",
        }));
}

/// <summary>A configuration file that was found but not honoured: its path and why (the PACE118 message variant and arguments).</summary>
internal sealed record IgnoredConfiguration(string Path, string Variant, MessageArgument[] Arguments);

/// <summary>A translation a configuration names that is not used, and the one in force for its language instead.</summary>
internal sealed record UnusedTranslation(LanguageDefinition Translation, LanguageDefinition InForce);
