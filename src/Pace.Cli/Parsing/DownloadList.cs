using System.CommandLine;
using System.CommandLine.Parsing;
using Pace.Rendering.Site;

namespace Pace.Cli.Parsing;

/// <summary>
/// <c>--downloads pdf,png,svg</c> (or <c>all</c>, <c>none</c>): the files a site offers per chart, as a comma-separated
/// list; a wrong name gets an error that names the right ones, with a "did you mean".
/// </summary>
internal static class DownloadList
{
    private static readonly (string Name, SiteDownloads Value)[] Names =
    [
        ("pdf", SiteDownloads.Pdf),
        ("png", SiteDownloads.Png),
        ("svg", SiteDownloads.Svg),
        ("all", SiteDownloads.All),
        ("none", SiteDownloads.None),
    ];

    /// <summary>The option; absent, its value is <see langword="null"/> (the site's default).</summary>
    public static Option<SiteDownloads?> Option(string description)
    {
        var option = new Option<SiteDownloads?>("--downloads")
        {
            Description = description,
            HelpName = "pdf,png,svg|all|none",
            CustomParser = Parse,
        };
        option.CompletionSources.Add(_ => Names.Select(n => new System.CommandLine.Completions.CompletionItem(n.Name)));
        return option;
    }

    private static SiteDownloads? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var downloads = SiteDownloads.None;
        foreach (var typed in result.Tokens[^1].Value.Split(',', StringSplitOptions.TrimEntries))
        {
            var match = Names.FirstOrDefault(n => string.Equals(n.Name, typed, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                result.AddError($"--downloads {Output.Escaping.LineText.Text(typed)}: use pdf, png, svg (comma-separated), all or none{Suggestions.DidYouMean(typed, Names.Select(n => n.Name))}");
                return null;
            }

            downloads |= match.Value;
        }

        return downloads;
    }
}
