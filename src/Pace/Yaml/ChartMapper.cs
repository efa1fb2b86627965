using System.Globalization;

namespace Pace.Yaml;

/// <summary>Maps a YAML tree to a <see cref="Chart"/>, reporting what does not fit format 1 as load errors.</summary>
/// <param name="diagnostics">Where load errors go.</param>
/// <param name="file">The file name for locations that have no node (an empty file).</param>
internal sealed class ChartMapper(LoadDiagnostics diagnostics, string? file = null)
{
    /// <summary>Cancels the mapping; checked before each item of a list (each process, person, KPI).</summary>
    public CancellationToken Cancellation { get; init; }

    public Chart? Map(YamlNodeBase? root)
    {
        if (root is null or YamlScalar { IsNull: true })
        {
            diagnostics.AddVariant("PACE106", "Empty", string.Empty, root?.Span ?? SourceSpan.At(file, 1, 1));
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.AddVariant("PACE106", "NotMapping", string.Empty, root.Span, new MessageArgument("actual", diagnostics.Describe(root)));
            return null;
        }

        var r = new MappingReader(mapping, string.Empty, FormatKeys.Chart, diagnostics);
        var version = ReadVersion(r);
        r.Require("organization");
        r.Require("processes");
        return new Chart
        {
            FormatVersion = version,
            Organization = r.String("organization"),
            Title = r.String("title"),
            Date = r.Date("date"),
            Language = r.Language("language"),
            Paper = r.Enum<PaperSize>("paper", "paper"),
            Theme = r.Mapping("theme") is { } theme ? MapTheme(theme) : null,
            People = r.Sequence("people") is { } people ? [.. Items(people, "people", MapPerson)] : null,
            Functions = r.Sequence("functions") is { } functions ? [.. Items(functions, "functions", MapFunction)] : null,
            Journey = r.StringList("journey"),
            Processes = r.Sequence("processes") is { } processes ? [.. Items(processes, "processes", MapProcess)] : [],
            Rules = r.Mapping("rules") is { } rules ? RuleSettingsReader.Read(rules, diagnostics) : [],
            Source = r.SourceMap,
        };
    }

    private int? ReadVersion(MappingReader r)
    {
        if (!r.Has("pace"))
        {
            diagnostics.AddVariant("PACE105", "Missing", "pace", r.Node.Span);
            return null;
        }

        var version = r.WholeNumber("pace");
        if (version is not null and not Chart.CurrentFormatVersion)
        {
            diagnostics.AddVariant("PACE105", "Unsupported", "pace", r.Raw("pace")!.Span, new MessageArgument("version", version.Value));
        }

        return version;
    }

    internal IEnumerable<T> Items<T>(YamlSequence sequence, string path, Func<YamlMapping, string, T> map)
    {
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            Cancellation.ThrowIfCancellationRequested();
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (sequence.Items[i] is YamlMapping item)
            {
                yield return map(item, itemPath);
            }
            else
            {
                diagnostics.Add("PACE102", itemPath, sequence.Items[i].Span, new("key", itemPath), new("expected", diagnostics.Phrase("KindMapping")), new("actual", diagnostics.Describe(sequence.Items[i])));
            }
        }
    }

    private Person MapPerson(YamlMapping node, string path)
    {
        var r = new MappingReader(node, path, FormatKeys.Person, diagnostics);
        r.Require("id");
        return new Person { Id = r.String("id"), Name = r.String("name"), Role = r.String("role"), Source = r.SourceMap };
    }

    private CoreProcess MapProcess(YamlMapping node, string path)
    {
        var r = new MappingReader(node, path, FormatKeys.Process, diagnostics);
        r.Require("name");
        return new CoreProcess
        {
            Name = r.String("name"),
            Input = r.String("input"),
            Outcome = r.String("outcome"),
            Steps = r.Sequence("steps") is { } steps ? [.. MapSteps(steps, r.Join("steps"))] : [],
            Owners = r.OneOrMany("owner") ?? [],
            Kpis = r.Sequence("kpis") is { } kpis ? [.. Items(kpis, r.Join("kpis"), MapKpi)] : [],
            Source = r.SourceMap,
        };
    }

    private Function MapFunction(YamlMapping node, string path)
    {
        var r = new MappingReader(node, path, FormatKeys.Function, diagnostics);
        r.Require("name");
        return new Function
        {
            Name = r.String("name"),
            Owners = r.OneOrMany("owner") ?? [],
            Vacant = r.Bool("vacant") ?? false,
            Kpis = r.Sequence("kpis") is { } kpis ? [.. Items(kpis, r.Join("kpis"), MapKpi)] : [],
            Outcomes = r.StringList("outcomes") ?? [],
            Source = r.SourceMap,
        };
    }

    /// <summary>Steps are plain names (as before FACe) or mappings that say who and which functions take part.</summary>
    private IEnumerable<ProcessStep> MapSteps(YamlSequence sequence, string path)
    {
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            switch (sequence.Items[i])
            {
                case YamlScalar { IsNull: false } name:
                    yield return new ProcessStep { Name = name.Value, Source = new SourceMap(name.Span, [], []) };
                    break;
                case YamlMapping step:
                    var r = new MappingReader(step, itemPath, FormatKeys.Step, diagnostics);
                    r.Require("name");
                    yield return new ProcessStep
                    {
                        Name = r.String("name"),
                        People = r.OneOrMany("people") ?? [],
                        Functions = r.OneOrMany("functions") ?? [],
                        Kpi = r.Mapping("kpi") is { } kpi ? MapKpi(kpi, r.Join("kpi")) : null,
                        Source = r.SourceMap,
                    };
                    break;
                case var other:
                    diagnostics.Add("PACE102", itemPath, other.Span, new("key", itemPath), new("expected", diagnostics.Phrase("KindStep")), new("actual", diagnostics.Describe(other)));
                    break;
            }
        }
    }

    private Kpi MapKpi(YamlMapping node, string path)
    {
        var r = new MappingReader(node, path, FormatKeys.Kpi, diagnostics);
        r.Require("name");
        return new Kpi
        {
            Name = r.String("name"),
            Unit = r.String("unit"),
            Target = r.Number("target"),
            Better = r.Enum<Direction>("better", "direction"),
            Cadence = r.Enum<Cadence>("cadence", "cadence"),
            Aggregate = r.Enum<Aggregate>("aggregate", "aggregate"),
            Timing = r.Enum<Timing>("timing", "timing"),
            Focus = r.Enum<Focus>("focus", "focus"),
            Speed = r.Enum<Speed>("speed", "speed"),
            Nature = r.Enum<Nature>("nature", "nature"),
            Level = r.Enum<KpiLevel>("level", "level"),
            Dimension = r.Enum<Dimension>("dimension", "dimension"),
            Owner = r.String("owner"),
            Tolerance = r.Number("tolerance"),
            Red = r.Number("red"),
            Green = r.Number("green"),
            Super = r.Number("super"),
            Actuals = r.Mapping("actuals") is { } actuals ? MapActuals(actuals, r.Join("actuals")) : [],
            Seasonality = r.Sequence("seasonality") is { } weights ? MapNumbers(weights, r.Join("seasonality")) : null,
            Source = r.SourceMap,
        };
    }

    private List<Actual> MapActuals(YamlMapping node, string path)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var actuals = new List<Actual>();
        foreach (var (keyNode, valueNode) in node.Entries)
        {
            if (keyNode is not YamlScalar key || !Period.TryParse(key.Value, out var period))
            {
                diagnostics.Add("PACE108", path, keyNode.Span, new MessageArgument("value", keyNode is YamlScalar k ? k.Value : diagnostics.Describe(keyNode)));
                continue;
            }

            if (!seen.TryAdd(key.Value, key.Span.StartLine))
            {
                diagnostics.Add("PACE103", $"{path}.{key.Value}", key.Span, new("key", key.Value), new("line", seen[key.Value]));
                continue;
            }

            if (ScalarReader.Number(valueNode, $"{path}.{key.Value}", diagnostics) is { } value)
            {
                actuals.Add(new Actual(period, value) { Source = key.Span });
            }
        }

        return actuals;
    }

    private List<decimal> MapNumbers(YamlSequence node, string path) =>
        [.. node.Items.Select((item, i) => ScalarReader.Number(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), diagnostics))
            .OfType<decimal>()];

    private Theme MapTheme(YamlMapping node)
    {
        var r = new MappingReader(node, "theme", FormatKeys.Theme, diagnostics);
        return new Theme
        {
            Accent = r.String("accent"),
            Logo = r.String("logo"),
            Fonts = r.Sequence("fonts") is { } fonts ? [.. Items(fonts, "theme.fonts", MapFont)] : [],
            Source = r.SourceMap,
        };
    }

    /// <summary>One entry of <c>fonts:</c>, in a chart's theme or a configuration.</summary>
    internal ThemeFont MapFont(YamlMapping node, string path)
    {
        var r = new MappingReader(node, path, FormatKeys.Font, diagnostics);
        r.Require("regular");
        return new ThemeFont { Regular = r.String("regular"), Bold = r.String("bold"), Source = r.SourceMap };
    }
}
