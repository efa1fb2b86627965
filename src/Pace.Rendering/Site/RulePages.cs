using System.Reflection;
using Pace.Validation;

namespace Pace.Rendering.Site;

/// <summary>
/// A page per rule, from the pages <c>pace explain</c> prints (<see cref="RuleDocs"/>), in each language the site's charts
/// are in: <c>rules/nl/PACE002.html</c>, from the Dutch page (<c>docs/rules/nl/</c>) for Dutch. A rule page that has no
/// translation says so in the chart's language and marks the English text that follows with <c>lang="en"</c>, so a
/// screen reader reads it in English. Also the sources
/// page the rule pages cite (docs/sources.md, embedded in this library).
/// </summary>
internal static class RulePages
{
    /// <summary>The sources page, at the site's root.</summary>
    public const string SourcesFile = "sources.html";

    private static readonly HashSet<string> Codes = new(RuleDocs.Codes, StringComparer.Ordinal);

    /// <summary>Whether a code has a page.</summary>
    public static bool Has(string code) => Codes.Contains(code);

    /// <summary>A rule's page, relative to the site's root.</summary>
    public static string PathOf(string code, SiteLabels labels) => $"rules/{labels.Code}/{code}.html";

    /// <summary>The list of rules in a language, relative to the site's root.</summary>
    public static string IndexPath(SiteLabels labels) => $"rules/{labels.Code}/index.html";

    /// <summary>A rule's text and the language it is in: the page in the site's language (docs/rules/nl/ for Dutch).</summary>
    public static (string Markdown, SiteLabels Language) Source(string code, SiteLabels wanted) =>
        Source(code, wanted, RuleDocs.Get(code, wanted.Chart.Language));

    /// <summary>
    /// A rule's text given its translation: the translation, or — when a language has no page for the code — the
    /// English page, which <see cref="For"/> marks as not translated.
    /// </summary>
    public static (string Markdown, SiteLabels Language) Source(string code, SiteLabels wanted, string? translated) =>
        translated is not null ? (translated, wanted) : (RuleDocs.Get(code) ?? string.Empty, SiteLabels.English);

    /// <summary>Every rule page and the list of rules, in one language, keyed by their path in the site.</summary>
    public static IEnumerable<(string Path, string Html)> For(SiteLabels labels)
    {
        var titles = new List<(string Code, string Title)>();
        foreach (var code in RuleDocs.Codes)
        {
            var (markdown, language) = Source(code, labels);
            titles.Add((code, Title(markdown, code)));
            var page = PageShell.Document(labels, code + " \u2013 " + labels.Rules, "../../", html =>
            {
                var body = Markdown.ToHtml(markdown, RuleLink);
                if (language.Code == labels.Code)
                {
                    html.Trusted(body);
                    return;
                }

                html.Element("p", labels.NotTranslated, ("class", "note"));
                using (html.Open("div", ("lang", language.Code)))
                {
                    html.Trusted(body);
                }
            });
            yield return (PathOf(code, labels), page);
        }

        yield return (IndexPath(labels), PageShell.Document(labels, labels.Rules, "../../", html =>
        {
            html.Element("h1", labels.Rules).Element("p", labels.RulesIntro, ("class", "intro"));
            using (html.Open("ul", ("class", "rules")))
            {
                foreach (var (code, title) in titles)
                {
                    using (html.Open("li"))
                    {
                        html.Element("a", code, ("href", code + ".html")).Text(" " + title);
                    }
                }
            }
        }));
    }

    /// <summary>The sources page (English: the articles are Dutch, their descriptions English).</summary>
    public static string Sources()
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream("Pace.Rendering.Site.sources.md")
            ?? throw new InvalidOperationException("The sources page is not embedded in Pace.Rendering.");
        using var reader = new StreamReader(stream);
        var markdown = reader.ReadToEnd();
        return PageShell.Document(SiteLabels.English, SiteLabels.English.Sources, string.Empty, html => html.Trusted(Markdown.ToHtml(markdown, SourcesLink)));
    }

    /// <summary>"PACE002: exactly one accountable owner" → "exactly one accountable owner".</summary>
    private static string Title(string markdown, string code)
    {
        var first = markdown.Split('\n', 2)[0].TrimStart('#', ' ').Trim();
        return first.StartsWith(code + ":", StringComparison.Ordinal) ? first[(code.Length + 1)..].Trim() : first;
    }

    /// <summary>A link of a rule page mapped onto the site: other rules, the list, the sources; anything else stays text.</summary>
    private static string? RuleLink(string target)
    {
        var (file, fragment) = Split(target);
        if (file.Length == 0)
        {
            return fragment;
        }

        if (file == "README.md")
        {
            return "index.html" + fragment;
        }

        // An English page is one folder below docs/, a Dutch one (docs/rules/nl/) two.
        if (file is "../sources.md" or "../../sources.md")
        {
            return "../../" + SourcesFile + fragment;
        }

        return file.EndsWith(".md", StringComparison.Ordinal) && Has(file[..^3]) ? file[..^3] + ".html" + fragment : null;
    }

    private static string? SourcesLink(string target)
    {
        var (file, fragment) = Split(target);
        return file.Length == 0 ? fragment : null;
    }

    private static (string File, string Fragment) Split(string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, string.Empty) : (target[..hash], target[hash..]);
    }
}
