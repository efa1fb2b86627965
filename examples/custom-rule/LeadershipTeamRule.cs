// An app's own rule, next to Pace's built-in ones: every process owner is on the leadership team.
// The test project compiles this file (tests/Pace.Tests/Examples/CustomRuleTests.cs), so it stays correct.
//
// Use it like this:
//
//     var validator = ChartValidator.Default.With(new LeadershipTeamRule(["bram", "eva", "sanne"]));
//     var result = validator.Validate(chart);
//     foreach (var finding in result.Diagnostics) Console.WriteLine(finding);
//
// Its findings are ordinary diagnostics: code ACME001, a severity that `rules: { ACME001: error }`,
// pace.config.yaml or a run override can change, a message in English and Dutch, and a location in the file.
using System.Globalization;
using Pace;
using Pace.Validation;

namespace Acme.PaceRules;

/// <summary>ACME001: every core process is owned by someone on the leadership team.</summary>
/// <param name="leadershipTeam">The ids (or names, on a chart without a roster) of the leadership team.</param>
public sealed class LeadershipTeamRule(IEnumerable<string> leadershipTeam) : Rule
{
    private readonly HashSet<string> _team = new(leadershipTeam, StringComparer.OrdinalIgnoreCase);

    /// <summary>An app's own code: its own prefix, so it never clashes with Pace's PACE codes.</summary>
    public override string Code => "ACME001";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <summary>The message in the chart's language; {process} is the process, {owner} the owner.</summary>
    public override string MessageTemplate(ChartLanguage language, string variant) => language.Code switch
    {
        "nl" => "Proces '{process}' is van {owner}, die niet in het managementteam zit; een kernproces hoort bij het MT.",
        _ => "Process '{process}' is owned by {owner}, who is not on the leadership team; a core process belongs to the leadership team.",
    };

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            foreach (var owner in process.Owners.Where(o => !_team.Contains(o)))
            {
                var name = context.Chart.FindPerson(owner)?.Name ?? owner;
                var path = string.Create(CultureInfo.InvariantCulture, $"processes[{i}].owner");
                context.Report(path, process.Source?.ValueOf("owner"), new("process", process.Name), new("owner", name));
            }
        }
    }
}
