namespace Pace.Validation.Rules;

/// <summary>The catalogue of built-in rules, in code order.</summary>
internal static class BuiltInRules
{
    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new ProcessCountRule(),
        new SingleOwnerRule(),
        new ThreeKpisRule(),
        new UniqueProcessNamesRule(),
        new OwnerInRosterRule(),
        new UniqueKpiNamesRule(),
        new MeasurableKpiRule(),
        new TimeBoundKpiRule(),
        new LeadingKpiRule(),
        new OutputKpiRule(),
        new HandfulOfKpisRule(),
        new LeadingKpisPerPersonRule(),
        new AttendanceIsNoContributionRule(),
        new FlowNotDepartmentRule(),
        new FastKpiRule(),
        new ProcessesPerOwnerRule(),
        new TeamKpiRule(),
        new TargetMissedRule(),
        new BetterFasterCheaperRule(),
        new MissedInARowRule(),
        new UnusedSuppressionRule(),
        new StaleNumberRule(),
        new CadenceFitRule(),
        new FunctionOwnerRule(),
        new OpenSeatRule(),
        new UniqueFunctionNamesRule(),
        new FaceReferencesRule(),
        new ProcessOwnerHoldsSeatRule(),
        new SeatsPerPersonRule(),
        new FunctionIndicatorsRule(),
        new StepWithoutPeopleRule(),
        new StepPersonWithoutSeatRule(),
    ];
}
