namespace Pace.Browser.Tests;

/// <summary>A chart that stretches the pages: nine processes, long names and roles, a Hebrew and an Arabic name, actuals.</summary>
internal static class StressChart
{
    private const string Long = "Een bijzonder lange procesnaam die op een telefoon zeker over meerdere regels moet lopen zonder de tabel te breken";

    public static Chart Build() => new()
    {
        FormatVersion = 1,
        Organization = "Stress & <Test> B.V.",
        Title = "Negen processen en lange teksten",
        Date = new DateOnly(2026, 11, 1),
        Language = ChartLanguage.Dutch,
        People =
        [
            .. Enumerable.Range(0, 9).Select(i => new Person
            {
                Id = "p" + i,
                Name = i switch { 0 => "\u05E9\u05E8\u05D4 \u05DC\u05D5\u05D9", 1 => "\u0641\u0627\u0637\u0645\u0629 \u0627\u0644\u0632\u0647\u0631\u0627\u0621", _ => "Persoon " + i },
                Role = Long,
            }),
        ],
        Journey = ["Aanvraag", "Offerte", "Levering", "Service"],
        Processes =
        [
            .. Enumerable.Range(0, 9).Select(i => new CoreProcess
            {
                Name = i % 3 == 0 ? Long : "Proces " + (i + 1),
                Input = "Invoer",
                Outcome = Long,
                Owners = ["p" + i],
                Kpis =
                [
                    .. Enumerable.Range(0, 3).Select(k => new Kpi
                    {
                        Name = k == 0 ? Long : "KPI " + (k + 1),
                        Unit = "%",
                        Target = 90,
                        Better = Direction.Higher,
                        Cadence = Cadence.Week,
                        Dimension = (Dimension)k,
                        Actuals = [.. Enumerable.Range(1, 8).Select(w => new Actual(Period.Week(2026, w), 80 + w + k))],
                    }),
                ],
            }),
        ],
    };
}
