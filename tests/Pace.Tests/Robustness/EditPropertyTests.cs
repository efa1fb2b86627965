using CsCheck;
using Pace.Tests.Yaml;
using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>
/// Random edits of the examples (and of texts written in other styles, and of damaged examples that still load), written
/// back by editing the text: the text
/// must always be editable (no falling back to writing anew) and must read back as the edit.
/// </summary>
public sealed class EditPropertyTests
{
    private static readonly Chart[] Charts =
    [
        .. Outcome.ExampleFiles().Select(f => ChartReader.ReadFile(f).Chart).OfType<Chart>(),
        ChartReader.Read(EditingWriterStyleTests.FourSpaces).Chart!,
        ChartReader.Read(EditingWriterStyleTests.OneLiners).Chart!,
        ChartReader.Read(EditingWriterStyleTests.FourSpaces.Replace("\n", "\r\n", StringComparison.Ordinal)).Chart!,
    ];

    /// <summary>The charts to edit: mostly those above, sometimes a damaged example that still loads (odd indentation, lines moved).</summary>
    private static readonly Gen<Chart> Bases = Gen.Frequency(
        (3, Gen.OneOfConst(Charts)),
        (1, PropertyTests.MutatedExample.Select(text => ChartReader.Read(text).Chart ?? Charts[0])));

    private sealed record Edit(string Name, Func<Chart, Chart> Apply)
    {
        public override string ToString() => Name;
    }

    private static Chart OnKpi(Chart chart, int p, int k, Func<Kpi, Kpi> edit) => OnProcess(chart, p, process =>
        process.Kpis.Count == 0 ? process : process with { Kpis = [.. process.Kpis.Select((x, i) => i == Index(k, process.Kpis.Count) ? edit(x) : x)] });

    private static Chart OnProcess(Chart chart, int p, Func<CoreProcess, CoreProcess> edit) =>
        chart.Processes.Count == 0 ? chart : chart with { Processes = [.. chart.Processes.Select((x, i) => i == Index(p, chart.Processes.Count) ? edit(x) : x)] };

    private static int Index(int n, int count) => (int)((uint)n % (uint)Math.Max(1, count));

    private static List<T> Without<T>(IReadOnlyList<T> items, int n) => [.. items.Where((_, i) => i != Index(n, items.Count))];

    private static List<T> With<T>(IReadOnlyList<T> items, int n, T item)
    {
        var list = items.ToList();
        list.Insert(Index(n, list.Count + 1), item);
        return list;
    }

    private static readonly Gen<int> N = Gen.Int[0, 1000];

    private static readonly Gen<Edit> Edits = Gen.OneOf(
        Gen.Select(N, N, Generators.Number.Nullable(0.2), (p, k, v) => new Edit($"target {p}/{k} = {v}", c => OnKpi(c, p, k, x => x with { Target = v }))),
        Gen.Select(N, N, Generators.PeriodGen, Generators.Number, (p, k, period, v) => new Edit($"actual {p}/{k} {period} = {v}", c => OnKpi(c, p, k, x =>
        {
            var same = x.Actuals.ToList().FindIndex(a => a.Period.ToString() == period.ToString());
            return x with { Actuals = same >= 0 ? [.. x.Actuals.Select((a, i) => i == same ? a with { Value = v } : a)] : With(x.Actuals, p + k, new Actual(period, v)) };
        }))),
        Gen.Select(N, N, N, (p, k, a) => new Edit($"remove actual {p}/{k}/{a}", c => OnKpi(c, p, k, x => x with { Actuals = Without(x.Actuals, a) }))),
        Gen.Select(N, Generators.Text, (p, id) => new Edit($"rename owner of {p} to {id}", c =>
        {
            var owner = c.Processes.Count == 0 ? null : c.Processes[Index(p, c.Processes.Count)].Owner;
            return owner is null || c.FindPerson(id) is not null ? c : c.WithPersonRenamed(owner, id);
        })),
        Gen.Select(N, Generators.ProcessGen, (p, process) => new Edit($"add process at {p}", c => c with { Processes = With(c.Processes, p, process) })),
        Gen.Select(N, p => new Edit($"remove process {p}", c => c with { Processes = Without(c.Processes, p) })),
        Gen.Select(N, N, (p, q) => new Edit($"move process {p} to {q}", c => c.Processes.Count == 0 ? c : c with { Processes = With(Without(c.Processes, p), q, c.Processes[Index(p, c.Processes.Count)]) })),
        Gen.Select(N, N, Generators.Text.Null(0.3), Generators.Text.Null(0.5), (p, k, unit, owner) => new Edit($"unit/owner {p}/{k} = {unit}/{owner}", c => OnKpi(c, p, k, x => x with { Unit = unit, Owner = owner, Better = null }))),
        Gen.Select(N, Generators.Text.List[0, 3], (p, owners) => new Edit($"owners of {p} = [{string.Join("|", owners)}]", c => OnProcess(c, p, x => x with { Owners = owners }))),
        Gen.Select(N, Generators.Text.List[0, 4], (p, steps) => new Edit($"steps of {p}", c => OnProcess(c, p, x => x with { Steps = [.. x.Steps.Take(1), .. steps.Select(ProcessStep.Named)] }))),
        Gen.Select(Generators.Text.Null(0.3), Generators.Text.Null(0.1), (title, organization) => new Edit($"title {title}, organization {organization}", c => c with { Title = title, Organization = organization })),
        Gen.Select(Generators.Text.Null(0.3), Generators.Text.Null(0.3), Gen.Bool, (accent, logo, none) => new Edit("theme", c => c with { Theme = none ? null : (c.Theme ?? new Theme()) with { Accent = accent, Logo = logo } })),
        Gen.Select(N, Gen.OneOfConst(Enum.GetValues<RuleLevel>()), Gen.Bool, (n, level, remove) => new Edit("rules", c => remove
            ? c with { Rules = Without(c.Rules, n) }
            : c.Rules.Any(r => r.Code.Matches($"PACE{n % 30:D3}")) ? c : c with { Rules = With(c.Rules, n, new RuleSetting(RuleCode.Parse($"PACE{n % 30:D3}"), level)) })),
        Gen.Select(N, N, Generators.KpiGen, Gen.Bool, (p, k, kpi, remove) => new Edit($"kpi {(remove ? "removed" : "added")} {p}/{k}", c => OnProcess(c, p, x => x with { Kpis = remove ? Without(x.Kpis, k) : With(x.Kpis, k, kpi) }))),
        Gen.Select(N, Generators.PersonGen, Gen.Int[0, 3], (n, person, kind) => new Edit($"people {kind}", c => c with
        {
            People = kind switch
            {
                0 => null,
                1 => [],
                2 => Without(c.People ?? [], n),
                _ => With(c.People ?? [], n, person),
            },
        })),
        Gen.Select(Generators.Text.List[0, 5].Null(0.3), journey => new Edit("journey", c => c with { Journey = journey })),
        Gen.Select(N, N, Generators.Number.List[0, 12].Null(0.5), (p, k, weights) => new Edit($"seasonality {p}/{k}", c => OnKpi(c, p, k, x => x with { Seasonality = weights }))),
        Gen.Select(Gen.DateOnly.Nullable(0.3), Gen.OneOfConst(ChartLanguage.English, ChartLanguage.Dutch).Nullable(0.5), (date, language) => new Edit("date, language", c => c with { Date = date, Language = language })));

    [Test]
    public void Edited_charts_are_written_into_their_text_and_read_back_as_the_edit() =>
        Gen.Select(Bases, Edits.Array[1, 5]).Sample(
            (chart, edits) =>
            {
                var edited = edits.Aggregate(chart, (c, e) => e.Apply(c));
                string? text;
                try
                {
                    text = ChartPatcher.Write(chart.Source!.Text!, edited);
                }
                catch (NotSupportedException e)
                {
                    throw new AssertionException($"not edited ({e.Message})");
                }

                if (text is null)
                {
                    throw new AssertionException("not edited");
                }

                if (ChartPatcher.ReadBack(text) != edited)
                {
                    var back = ChartReader.Read(text);
                    throw new AssertionException("reads back as another chart:\n" + string.Join("\n", back.Diagnostics) + "\n"
                        + (back.Chart is null ? string.Empty : string.Join("\n", ChartComparer.Differences(edited, back.Chart))) + "\n" + text);
                }
            },
            iter: 1_500,
            print: x => $"{string.Join("; ", x.Item2.Select(e => e.Name))} on:\n{x.Item1.Source!.Text!.Text}");
}
