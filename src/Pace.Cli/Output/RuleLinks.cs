using Pace.Rendering.Site;

namespace Pace.Cli.Output;

/// <summary>
/// Links from a report's findings to their rule pages: on the published site when <c>--site-url</c> (or
/// <c>PACE_SITE_URL</c>) names it (<c>https://example.org/charts/rules/nl/PACE002.html</c>, in the chart's language),
/// else nowhere but SARIF's rule help, which falls back to the rule's page in the project's repository.
/// </summary>
internal sealed class RuleLinks
{
    /// <summary>The longest site address taken; an address is a line in an annotation, not a document.</summary>
    public const int MaxLength = 2000;

    /// <summary>No site: findings are not linked (SARIF keeps the repository's rule pages).</summary>
    public static RuleLinks None { get; } = new(null);

    private readonly Uri? _site;

    private RuleLinks(Uri? site) => _site = site;

    /// <summary>Whether a site was named.</summary>
    public bool ToSite => _site is not null;

    /// <summary>
    /// The links to a site's rule pages. Only an absolute http or https address without user name, password, query or
    /// fragment is taken: the address ends up in CI annotations that anyone with read access sees.
    /// </summary>
    /// <param name="address">The site's address, e.g. <c>https://example.github.io/charts/</c>.</param>
    /// <param name="error">Why the address is refused, when it is.</param>
    public static RuleLinks? ToSiteAt(string address, out string? error)
    {
        error = address.Length > MaxLength ? $"longer than {MaxLength} characters"
            : !Uri.TryCreate(address, UriKind.Absolute, out var uri) ? "not an absolute address"
            : uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp ? "not an http or https address"
            : uri.UserInfo.Length > 0 ? "an address with a user name or password"
            : uri.Query.Length > 0 || uri.Fragment.Length > 0 ? "an address with a query or fragment"
            : null;
        if (error is not null)
        {
            return null;
        }

        // The site's root is a folder: without the last slash, the rule pages would resolve beside it, not in it.
        var root = new Uri(address);
        return new RuleLinks(root.AbsolutePath.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/"));
    }

    /// <summary>The address of a rule's page on the site, in the chart's language; <see langword="null"/> without a site or a page.</summary>
    public string? For(string code, ChartLanguage language) =>
        _site is not null && SitePublisher.RulePagePath(code, language) is { } path ? new Uri(_site, path).AbsoluteUri : null;

    /// <summary>The address for a finding of a report: in the report's chart's language.</summary>
    public string? For(ChartReport report, Diagnostic finding) => For(finding.Code, report.Check.Language);
}
