namespace Pace.Validation.Rules;

/// <summary>
/// PACE019: a process's KPIs cover Better, Faster and Cheaper, one each. PACE-FORM, the Scaling Up one-page PACe form,
/// lists KPIs for each process on Better, Faster, Cheaper — quality, speed and cost. Checked only for processes where at
/// least one KPI gives a <c>dimension</c>: charts that do not use the three slots are left alone.
/// </summary>
internal sealed class BetterFasterCheaperRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE019";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            var given = process.Kpis.Select(k => k.Dimension).OfType<Dimension>().ToList();
            if (given.Count == 0)
            {
                continue;
            }

            var name = Paths.NameOr(process.Name, i);
            var missing = Enum.GetValues<Dimension>().Where(d => !given.Contains(d)).ToList();
            if (missing.Count > 0)
            {
                context.Report(Paths.Process(i) + ".kpis", Locate.Kpis(process), new("process", name), new("dimensions", string.Join(", ", missing.Select(d => Name(d, context.Language)))));
                continue;
            }

            var twice = given.GroupBy(d => d).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                context.ReportVariant("Twice", Paths.Process(i) + ".kpis", Locate.Kpis(process), new("process", name), new("count", twice.Count()), new("dimension", Name(twice.Key, context.Language)));
            }
        }
    }

    /// <summary>
    /// The slot as the chart's language names it: in English as written in a chart file (<c>better</c>), in Dutch as
    /// the chart's column heading (<c>Beter</c>), so the message and the page use the same word.
    /// </summary>
    private static string Name(Dimension dimension, ChartLanguage language) =>
        Localization.MessageTable.Get(language, "Dimension" + dimension);
}
