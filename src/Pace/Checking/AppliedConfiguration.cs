using Pace.Configuration;
using Pace.Localization;

namespace Pace;

/// <summary>The configuration a chart gets, and the files found for it that were not trusted.</summary>
internal sealed record AppliedConfiguration(PaceConfig? Configuration, IReadOnlyList<IgnoredConfiguration> Ignored)
{
    /// <summary>A PACE118 warning for each file left out, in a language, located at the file's start.</summary>
    public IEnumerable<Diagnostic> Warnings(ChartLanguage language) =>
        Ignored.Select(i => new Diagnostic("PACE118", Severity.Warning, MessageTable.Get(language, "PACE118" + i.Variant), i.Arguments, string.Empty, SourceSpan.At(i.Path, 1, 1))
        {
            MessageKey = "PACE118" + i.Variant,
        });
}

/// <summary>A configuration file that was found but not honoured: its path and why (the PACE118 message variant and arguments).</summary>
internal sealed record IgnoredConfiguration(string Path, string Variant, MessageArgument[] Arguments);
