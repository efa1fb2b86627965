using Pace.Localization;
using Pace.Validation;

namespace Pace.Tests.Configuration;

/// <summary>
/// What a team check requires, in words, for a report's rule metadata (SARIF): each condition in English and Dutch,
/// its setting written into the message table's sentence for its kind.
/// </summary>
public class TeamCheckDescriptionTests
{
    private static readonly TeamCheck[] Checks =
    [
        new() { Code = RuleCode.Parse("ACME001"), Kind = TeamCheckKind.Units, Values = ["EUR", "%", "dagen"] },
        new() { Code = RuleCode.Parse("ACME002"), Kind = TeamCheckKind.ForbiddenWords, Values = ["afdeling", "team"] },
        new() { Code = RuleCode.Parse("ACME003"), Kind = TeamCheckKind.MaxKpisPerPerson, Limit = 4 },
        new() { Code = RuleCode.Parse("ACME004"), Kind = TeamCheckKind.ProcessNeedsKpi, Timing = Timing.Leading, Focus = Focus.Output },
    ];

    [TestCase(0, "EUR, %, dagen")]
    [TestCase(1, "afdeling, team")]
    [TestCase(2, "4")]
    [TestCase(3, "timing: leading, focus: output")]
    public void A_team_check_is_described_by_its_condition_in_both_languages(int index, string setting)
    {
        var check = Checks[index];
        Assert.Multiple(() =>
        {
            foreach (var language in new[] { ChartLanguage.English, ChartLanguage.Dutch })
            {
                var template = MessageTable.Get(language, "TeamRule" + check.Kind);
                Assert.That(TeamConditions.Describe(check, language), Is.EqualTo(Named.Format(template, (NamedTemplate.Names(template).Single(), setting))), $"{check.Kind} in {language}");
            }

            Assert.That(TeamConditions.Describe(check, ChartLanguage.Dutch), Is.Not.EqualTo(TeamConditions.Describe(check, ChartLanguage.English)));
        });
    }

    [Test]
    public void Every_condition_has_a_sentence_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<TeamCheckKind>())
        {
            foreach (var language in new[] { ChartLanguage.English, ChartLanguage.Dutch })
            {
                Assert.That(MessageTable.TryGet(language, "TeamRule" + kind, out var template) && NamedTemplate.Names(template).Count == 1, Is.True, $"{kind} in {language}");
            }
        }
    }
}
