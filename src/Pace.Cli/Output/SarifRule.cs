using System.Globalization;
using Pace.Cli.Output.Escaping;
using Pace.Localization;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// What SARIF says about one rule (<c>tool.driver.rules[]</c>): Pace's rules from their doc page
/// (<see cref="RulePage"/>) with its web address (its page on the published site when one is named, in the language of
/// the first chart with a finding of it; else its page in the project's repository); a team's own check (<c>checks:</c> in <c>pace.config.yaml</c>),
/// which has no page, from its condition and level, in the language of the findings it made and with no address.
/// </summary>
internal sealed record SarifRule(
    string Id,
    string Name,
    string ShortDescription,
    string FullDescription,
    string HelpText,
    string HelpMarkdown,
    string? HelpUri,
    Severity Level,
    string[] Tags)
{
    /// <summary>The metadata of a code that fired in these reports.</summary>
    public static SarifRule For(string id, IReadOnlyList<ChartReport> reports, RuleLinks links)
    {
        if (TeamCheckOf(id, reports) is ({ } check, var language))
        {
            return Team(check, language);
        }

        var page = RulePage.For(id);
        var level = RuleCode.TryParse(id, out var code) && ChartValidator.Default.Find(code) is { } rule ? rule.DefaultSeverity : Severity.Error;
        return new SarifRule(
            id, page.Name, page.ShortDescription, page.Description, page.Text, page.Markdown,
            RuleDocs.Get(id) is null ? null : SiteLink(id, reports, links) ?? ProjectLinks.RulePage(id), level, TagsOf(id));
    }

    /// <summary>The rule's page on the site, in the language of the first chart that has a finding of it.</summary>
    private static string? SiteLink(string id, IReadOnlyList<ChartReport> reports, RuleLinks links)
    {
        var language = reports.FirstOrDefault(r => r.Findings.Any(d => d.Code == id))?.Check.Language ?? ChartLanguage.English;
        return links.For(id, language);
    }

    /// <summary>
    /// The team check behind a code, from the configuration of the first chart that reported it, with that chart's
    /// language. Nested configurations may define a code differently; the first chart's definition describes it.
    /// </summary>
    private static (TeamCheck? Check, ChartLanguage Language) TeamCheckOf(string id, IReadOnlyList<ChartReport> reports)
    {
        foreach (var report in reports)
        {
            if (report.Findings.Any(d => d.Code == id)
                && report.Check.Configuration?.Checks.FirstOrDefault(c => c.Code.Value == id) is { } check)
            {
                return (check, report.Check.Language);
            }
        }

        return (null, ChartLanguage.English);
    }

    private static SarifRule Team(TeamCheck check, ChartLanguage language)
    {
        var id = check.Code.Value;
        var description = TeamConditions.Describe(check, language);
        var help = NamedTemplate.Fill(MessageTable.Get(language, "TeamRuleHelp"), [new("code", id), new("level", TextFormat.SeverityName(check.Severity)), new("description", description)]);

        // The team's values are shown on GitHub as Markdown: as text, never as links, images or HTML.
        return new SarifRule(id, "Team" + check.Kind, description, help, help, MarkdownText.Text(help), null, check.Severity, TagsOf(id));
    }

    /// <summary>The rule's group, as the README's table has them, for code scanning's filters.</summary>
    private static string[] TagsOf(string code) => int.TryParse(code.AsSpan(4), CultureInfo.InvariantCulture, out var n) && code.StartsWith("PACE", StringComparison.Ordinal)
        ? n switch
        {
            >= 100 => ["pace", "load-error"],
            <= 6 => ["pace", "accountability"],
            _ => ["pace", "method"],
        }
        : ["pace", "custom"];
}
