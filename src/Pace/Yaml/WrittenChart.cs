using System.Globalization;

namespace Pace.Yaml;

/// <summary>
/// What format 1 writes for a chart: keys in the order the format documents them, absent optional values left out,
/// an absent required value (<c>organization</c>, a process's or KPI's <c>name</c>, a person's <c>id</c>) as YAML's
/// null <c>~</c>, empty lists that the model holds (rather than none) as <c>[]</c>, <c>pace: 1</c> always.
/// </summary>
internal static class WrittenChart
{
    private const string Null = "~";

    public static WrittenMapping Of(Chart chart)
    {
        var entries = new Entries();
        entries.Plain("pace", Number(Chart.CurrentFormatVersion));
        entries.Text("organization", chart.Organization, required: true);
        entries.Text("title", chart.Title);
        if (chart.Date is { } date)
        {
            entries.Plain("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (chart.Language is { } language)
        {
            entries.Plain("language", language.Code);
        }

        entries.Enum("paper", chart.Paper);
        if (chart.Theme is { } theme)
        {
            var themeEntries = new Entries();
            themeEntries.Text("accent", theme.Accent);
            themeEntries.Text("logo", theme.Logo);
            if (theme.Fonts.Count > 0)
            {
                themeEntries.Add("fonts", Block(theme.Fonts.Select(Of)));
            }

            entries.Add("theme", themeEntries.Mapping(ordered: false) with { From = Origin.Of(theme.Source?.Node) });
        }

        if (chart.People is { } people)
        {
            entries.Add("people", Block(people.Select(Of)));
        }

        if (chart.Functions is { } functions)
        {
            entries.Add("functions", Block(functions.Select(Of)));
        }

        if (chart.Journey is { } journey)
        {
            entries.Add("journey", Texts(journey));
        }

        entries.Add("processes", Block(chart.Processes.Select(Of)));
        if (chart.Rules.Count > 0)
        {
            entries.Add("rules", new WrittenMapping(
                ValueList<WrittenEntry>.From(chart.Rules.Select(r => new WrittenEntry(Text(r.Code.Value), Plain(EnumNames.Name(r.Level))) { From = Origin.Of(r.Source) })),
                Ordered: true));
        }

        return entries.Mapping(ordered: false) with { From = Origin.Of(chart.Source?.Node) };
    }

    private static WrittenMapping Of(ThemeFont font)
    {
        var entries = new Entries();
        entries.Text("regular", font.Regular, required: true);
        entries.Text("bold", font.Bold);
        return entries.Mapping(ordered: false) with { From = Origin.Of(font.Source?.Node) };
    }

    private static WrittenMapping Of(Person person)
    {
        var entries = new Entries();
        entries.Text("id", person.Id, required: true);
        entries.Text("name", person.Name);
        entries.Text("role", person.Role);
        return entries.Mapping(ordered: false) with { From = Origin.Of(person.Source?.Node) };
    }

    private static WrittenMapping Of(CoreProcess process)
    {
        var entries = new Entries();
        entries.Text("name", process.Name, required: true);
        entries.Text("input", process.Input);
        entries.Text("outcome", process.Outcome);
        if (process.Steps.Count > 0)
        {
            // Names only (as before FACe) stay a one-line list; once a step says who takes part, each step is an item.
            entries.Add("steps", process.Steps.Any(s => s.IsDetailed)
                ? Block(process.Steps.Select(Of))
                : Texts([.. process.Steps.Select(s => s.Name ?? string.Empty)]));
        }

        if (process.Owners.Count == 1)
        {
            entries.Add("owner", Text(process.Owners[0]));
        }
        else if (process.Owners.Count > 1)
        {
            entries.Add("owner", Texts(process.Owners));
        }

        if (process.Kpis.Count > 0)
        {
            entries.Add("kpis", Block(process.Kpis.Select(Of)));
        }

        return entries.Mapping(ordered: false) with { From = Origin.Of(process.Source?.Node) };
    }

    private static WrittenMapping Of(Function function)
    {
        var entries = new Entries();
        entries.Text("name", function.Name, required: true);
        if (function.Owners.Count == 1)
        {
            entries.Add("owner", Text(function.Owners[0]));
        }
        else if (function.Owners.Count > 1)
        {
            entries.Add("owner", Texts(function.Owners));
        }

        if (function.Vacant)
        {
            entries.Plain("vacant", "true");
        }

        if (function.Kpis.Count > 0)
        {
            entries.Add("kpis", Block(function.Kpis.Select(Of)));
        }

        if (function.Outcomes.Count > 0)
        {
            entries.Add("outcomes", Texts(function.Outcomes));
        }

        return entries.Mapping(ordered: false) with { From = Origin.Of(function.Source?.Node) };
    }

    private static Written Of(ProcessStep step)
    {
        if (!step.IsDetailed)
        {
            return Text(step.Name) with { From = Origin.Of(step.Source?.Node) };
        }

        var entries = new Entries();
        entries.Text("name", step.Name, required: true);
        if (step.People.Count > 0)
        {
            entries.Add("people", Texts(step.People));
        }

        if (step.Functions.Count > 0)
        {
            entries.Add("functions", Texts(step.Functions));
        }

        if (step.Kpi is { } kpi)
        {
            entries.Add("kpi", Of(kpi));
        }

        return entries.Mapping(ordered: false) with { From = Origin.Of(step.Source?.Node) };
    }

    private static WrittenMapping Of(Kpi kpi)
    {
        var entries = new Entries();
        entries.Text("name", kpi.Name, required: true);
        entries.Text("unit", kpi.Unit);
        entries.Number("target", kpi.Target);
        entries.Enum("better", kpi.Better);
        entries.Enum("cadence", kpi.Cadence);
        entries.Enum("aggregate", kpi.Aggregate);
        entries.Enum("timing", kpi.Timing);
        entries.Enum("focus", kpi.Focus);
        entries.Enum("speed", kpi.Speed);
        entries.Enum("nature", kpi.Nature);
        entries.Enum("level", kpi.Level);
        entries.Enum("dimension", kpi.Dimension);
        entries.Text("owner", kpi.Owner);
        entries.Number("tolerance", kpi.Tolerance);
        entries.Number("red", kpi.Red);
        entries.Number("green", kpi.Green);
        entries.Number("super", kpi.Super);
        if (kpi.Actuals.Count > 0)
        {
            // Period keys are written plain, as the format documents them (2026-W41: 3).
            entries.Add("actuals", new WrittenMapping(
                ValueList<WrittenEntry>.From(kpi.Actuals.Select(a => new WrittenEntry(Plain(a.Period.ToString()), Plain(Number(a.Value))) { From = Origin.Of(a.Source) })),
                Ordered: true));
        }

        if (kpi.Seasonality is { } weights)
        {
            entries.Add("seasonality", new WrittenSequence(ValueList<Written>.From(weights.Select(w => Plain(Number(w)))), Flow: true));
        }

        return entries.Mapping(ordered: false) with { From = Origin.Of(kpi.Source?.Node) };
    }

    /// <summary>A list of mappings, one block item each; an empty one is written <c>[]</c>.</summary>
    private static WrittenSequence Block(IEnumerable<Written> items) => new(ValueList<Written>.From(items), Flow: false);

    /// <summary>A list of texts: short lists read best on one line (<c>[Opvolgen, Bezoeken]</c>), texts with line breaks as a block.</summary>
    private static WrittenSequence Texts(IReadOnlyList<string> items) =>
        new(ValueList<Written>.From(items.Select(Text)), Flow: items.All(i => i is not null && !ScalarQuoting.HasLineBreak(i)));

    private static WrittenScalar Text(string? value) => new(value ?? string.Empty, IsText: true);

    private static WrittenScalar Plain(string value) => new(value, IsText: false);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The entries of one mapping, added in the format's order.</summary>
    private sealed class Entries
    {
        private readonly List<WrittenEntry> _entries = [];

        public void Add(string key, Written value) => _entries.Add(new WrittenEntry(WrittenChart.Plain(key), value));

        public void Plain(string key, string value) => Add(key, WrittenChart.Plain(value));

        public void Text(string key, string? value, bool required = false)
        {
            if (value is not null)
            {
                Add(key, WrittenChart.Text(value));
            }
            else if (required)
            {
                Plain(key, Null); // YAML's null: reads back as absent, and the key still shows where the value belongs
            }
        }

        public void Number(string key, decimal? value)
        {
            if (value is { } number)
            {
                Plain(key, WrittenChart.Number(number));
            }
        }

        public void Enum<T>(string key, T? value)
            where T : struct, System.Enum
        {
            if (value is { } v)
            {
                Plain(key, EnumNames.Name(v));
            }
        }

        public WrittenMapping Mapping(bool ordered) => new(ValueList<WrittenEntry>.From(_entries), ordered);
    }
}
