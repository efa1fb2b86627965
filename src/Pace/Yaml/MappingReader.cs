using System.Globalization;

namespace Pace.Yaml;

/// <summary>
/// Reads one YAML mapping against the keys format 1 allows there: reports unknown and duplicate keys,
/// and reads typed values, reporting wrong types with the value's location. Every getter returns
/// <see langword="null"/> for a missing, empty or unusable value, so mapping continues past one mistake.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, (YamlNodeBase Key, YamlNodeBase Value)> _entries = new(StringComparer.Ordinal);
    private readonly LoadDiagnostics _diagnostics;
    private readonly string _rootPlace;

    // rootPlace: the phrase key that names the top-level mapping in messages; the chart unless a configuration file is read.
    public MappingReader(YamlMapping mapping, string path, IReadOnlyCollection<string> allowed, LoadDiagnostics diagnostics, string rootPlace = "PlaceChart")
    {
        _diagnostics = diagnostics;
        _rootPlace = rootPlace;
        Path = path;
        Node = mapping;
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not YamlScalar { IsNull: false } key)
            {
                diagnostics.Add("PACE102", path, keyNode.Span, new("key", "key"), new("expected", diagnostics.Phrase("KindText")), new("actual", diagnostics.Describe(keyNode)));
                continue;
            }

            if (_entries.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add("PACE103", Join(key.Value), key.Span, new("key", key.Value), new("line", first.Key.Span.StartLine));
                continue;
            }

            if (!allowed.Contains(key.Value))
            {
                var place = path.Length == 0 ? diagnostics.Phrase(rootPlace) : path;
                var suggestion = TypoMatcher.Nearest(key.Value, allowed);
                if (suggestion is null)
                {
                    diagnostics.Add("PACE101", Join(key.Value), key.Span, new("key", key.Value), new("place", place));
                }
                else
                {
                    diagnostics.AddVariant("PACE101", "Suggestion", Join(key.Value), key.Span, new("key", key.Value), new("place", place), new("suggestion", suggestion));
                }

                continue;
            }

            _entries[key.Value] = (key, value);
        }
    }

    public string Path { get; }

    public YamlMapping Node { get; }

    public SourceMap SourceMap => new(
        Node.Span,
        _entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Key.Span)),
        _entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Value.Span)));

    public string Join(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The raw node of a key, or null when absent or written as empty.</summary>
    public YamlNodeBase? Raw(string key) =>
        _entries.TryGetValue(key, out var e) && e.Value is not YamlScalar { IsNull: true } ? e.Value : null;

    public bool Has(string key) => _entries.ContainsKey(key);

    public void Require(string key)
    {
        if (!_entries.ContainsKey(key))
        {
            var place = Path.Length == 0 ? _diagnostics.Phrase(_rootPlace) : Path;
            _diagnostics.Add("PACE107", Join(key), Node.Span, new("key", key), new("place", place));
        }
    }

    public string? String(string key) => Raw(key) switch
    {
        null => null,
        YamlScalar s => s.Value,
        var other => WrongType<string>(key, other, "KindText"),
    };

    public IReadOnlyList<string>? StringList(string key) => Raw(key) switch
    {
        null => null,
        YamlSequence seq => [.. seq.Items.Select((item, i) => ItemString(item, $"{Join(key)}[{i}]")).OfType<string>()],
        var other => WrongType<IReadOnlyList<string>>(key, other, "KindList"),
    };

    /// <summary>A single text or a list of texts, e.g. <c>owner: bram</c> or <c>owner: [bram, eva]</c>.</summary>
    public IReadOnlyList<string>? OneOrMany(string key) => Raw(key) switch
    {
        null => null,
        YamlScalar s => [s.Value],
        YamlSequence seq => [.. seq.Items.Select((item, i) => ItemString(item, $"{Join(key)}[{i}]")).OfType<string>()],
        var other => WrongType<IReadOnlyList<string>>(key, other, "KindTextList"),
    };

    /// <summary>A YAML boolean (<c>true</c> or <c>false</c>, in any of YAML 1.2's core spellings).</summary>
    public bool? Bool(string key) => Raw(key) switch
    {
        null => null,
        YamlScalar { Plain: true, Value: "true" or "True" or "TRUE" } => true,
        YamlScalar { Plain: true, Value: "false" or "False" or "FALSE" } => false,
        var other => WrongType<bool?>(key, other, "KindBoolean"),
    };

    public decimal? Number(string key) => Raw(key) is { } node ? ScalarReader.Number(node, Join(key), _diagnostics) : null;

    public int? WholeNumber(string key)
    {
        var node = Raw(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { Plain: true } s && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return WrongType<int?>(key, node, "KindWholeNumber");
    }

    public DateOnly? Date(string key)
    {
        switch (Raw(key))
        {
            case null:
                return null;
            case YamlScalar s when DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return date;
            case YamlScalar s:
                _diagnostics.Add("PACE115", Join(key), s.Span, new MessageArgument("value", s.Value));
                return null;
            case var other:
                return WrongType<DateOnly?>(key, other, "KindDate");
        }
    }

    public T? Enum<T>(string key, string kindName)
        where T : struct, Enum
    {
        switch (Raw(key))
        {
            case null:
                return null;
            case YamlScalar s:
                if (EnumNames.TryParse<T>(s.Value, out var value))
                {
                    return value;
                }

                _diagnostics.Add("PACE104", Join(key), s.Span, new("value", s.Value), new("kind", kindName), new("allowed", string.Join(", ", EnumNames.Of<T>())));
                return null;
            case var other:
                return WrongType<T?>(key, other, "KindText");
        }
    }

    /// <summary>A language code (<c>en</c>, <c>de</c>): any well-formed code; whether Pace knows it is the check's business.</summary>
    public ChartLanguage? Language(string key)
    {
        switch (Raw(key))
        {
            case null:
                return null;
            case YamlScalar s:
                if (ChartLanguage.TryParse(s.Value, out var value))
                {
                    return value;
                }

                _diagnostics.Add("PACE104", Join(key), s.Span, new("value", s.Value), new("kind", "language"), new("allowed", string.Join(", ", Languages.Known.Select(l => l.Code))));
                return null;
            case var other:
                return WrongType<ChartLanguage?>(key, other, "KindText");
        }
    }

    public YamlSequence? Sequence(string key) => Raw(key) switch
    {
        null => null,
        YamlSequence seq => seq,
        var other => WrongType<YamlSequence>(key, other, "KindList"),
    };

    public YamlMapping? Mapping(string key) => Raw(key) switch
    {
        null => null,
        YamlMapping map => map,
        var other => WrongType<YamlMapping>(key, other, "KindMapping"),
    };

    private string? ItemString(YamlNodeBase item, string path)
    {
        if (item is YamlScalar { IsNull: false } s)
        {
            return s.Value;
        }

        _diagnostics.Add("PACE102", path, item.Span, new("key", path), new("expected", _diagnostics.Phrase("KindText")), new("actual", _diagnostics.Describe(item)));
        return null;
    }

    private T? WrongType<T>(string key, YamlNodeBase node, string expectedKind)
    {
        _diagnostics.Add("PACE102", Join(key), node.Span, new("key", key), new("expected", _diagnostics.Phrase(expectedKind)), new("actual", _diagnostics.Describe(node)));
        return default;
    }
}
