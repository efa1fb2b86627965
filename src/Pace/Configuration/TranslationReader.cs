using Pace.Files;
using Pace.Localization;
using Pace.Yaml;

namespace Pace.Configuration;

/// <summary>
/// Reads the translation files a configuration names under <c>translations:</c> (docs/localization.md): a language
/// Pace does not bring, or corrections to English or Dutch. A file is hostile like a chart: read through
/// <see cref="ConfinedFile"/> from the configuration's folder and below only (no link out of it), regular files only,
/// bounded; the YAML with the chart reader's limits; each template checked as an app's replacement is
/// (<see cref="TemplateCheck"/>). Every mistake is a located load error, in the file, so the configuration is refused.
/// </summary>
internal static class TranslationReader
{
    /// <summary>The largest translation file read: all of Pace's Dutch templates take under 40 KB.</summary>
    public const long MaxBytes = 256 * 1024;

    /// <summary>The most translation files one configuration names (each up to <see cref="MaxBytes"/>): a list of thousands would be read thousands of times.</summary>
    public const int MaxFiles = 16;

    private static readonly string[] Keys = ["language", "name", "base", "numbers", "messages"];
    private static readonly string[] NumberKeys = ["decimal", "group", "currency-space", "percent-space"];

    /// <summary>Reads the files of a configuration's <c>translations:</c> list, relative to the configuration's folder.</summary>
    public static List<LanguageDefinition> ReadAll(YamlSequence list, string listPath, string? configPath, LoadDiagnostics diagnostics)
    {
        var folder = configPath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        var shownFolder = configPath is null ? string.Empty : Path.GetDirectoryName(configPath) ?? string.Empty;
        var found = new List<LanguageDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{listPath}[{i}]";
            if (i == MaxFiles)
            {
                diagnostics.AddVariant("PACE122", "TooMany", path, list.Items[i].Span, new("limit", MaxFiles), new("count", list.Items.Count));
                break;
            }

            if (list.Items[i] is not YamlScalar { IsNull: false } item)
            {
                continue; // reading the list as texts said so already
            }

            if (ReadFile(item, path, folder, Path.Combine(shownFolder, item.Value), diagnostics, seen) is { } definition)
            {
                found.Add(definition);
            }
        }

        return found;
    }

    private static LanguageDefinition? ReadFile(YamlScalar item, string path, string folder, string shown, LoadDiagnostics diagnostics, HashSet<string> seen)
    {
        var (real, refusal) = ConfinedFile.Locate(item.Value, folder, [folder]);
        FileContent? content = null;
        if (real is not null && !seen.Add(real))
        {
            return null; // named twice (or by two names of one file): read once
        }

        if (real is not null)
        {
            (content, refusal) = ConfinedFile.Read(real, MaxBytes);
        }

        switch (refusal)
        {
            case ConfinedRefusal.None:
                break;
            case ConfinedRefusal.Outside:
                diagnostics.AddVariant("PACE122", "Outside", path, item.Span, new("file", item.Value), new("folders", folder));
                return null;
            case ConfinedRefusal.NotRegular:
                diagnostics.AddVariant("PACE122", "NotRegular", path, item.Span, new("file", item.Value), new("kind", diagnostics.Phrase("FileKind" + content!.Kind)));
                return null;
            case ConfinedRefusal.TooLarge:
                diagnostics.AddVariant("PACE122", "TooLarge", path, item.Span, new("file", item.Value), new("limit", MaxBytes));
                return null;
            default:
                diagnostics.AddVariant("PACE122", refusal.ToString(), path, item.Span, new MessageArgument("file", item.Value));
                return null;
        }

        var options = ChartReaderOptions.Default with { Language = diagnostics.Language };
        var text = ChartReader.DecodeText(content!.Bytes.Span, shown, options, out var failed);
        if (text is null)
        {
            foreach (var d in failed!.Diagnostics)
            {
                diagnostics.Add(d);
            }

            return null;
        }

        return Read(text, shown, diagnostics);
    }

    /// <summary>Reads one translation from its YAML text; <see langword="null"/> when anything in it is wrong (each mistake a located error).</summary>
    public static LanguageDefinition? Read(string yaml, string file, LoadDiagnostics diagnostics)
    {
        var before = diagnostics.Found.Count;
        var root = new YamlTreeBuilder(file, ChartReaderOptions.Default, diagnostics).Build(yaml.TrimStart('\uFEFF'));
        if (diagnostics.Found.Count > before || root is null)
        {
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add("PACE102", string.Empty, root.Span, new("key", diagnostics.Phrase("PlaceTranslation")), new("expected", diagnostics.Phrase("KindMapping")), new("actual", diagnostics.Describe(root)));
            return null;
        }

        var r = new MappingReader(mapping, string.Empty, Keys, diagnostics, "PlaceTranslation");
        r.Require("language");
        var language = r.Language("language");
        var name = r.String("name");
        if (name is not null && (name.Trim().Length == 0 || name.Length > TemplateCheck.MaxNameLength || name.Any(TemplateCheck.IsUnsafe)))
        {
            diagnostics.AddVariant("PACE122", "Name", "name", r.Raw("name")!.Span, new MessageArgument("limit", TemplateCheck.MaxNameLength));
        }

        var baseLanguage = Base(r, diagnostics);
        var numbers = r.Mapping("numbers") is { } n ? Numbers(new MappingReader(n, "numbers", NumberKeys, diagnostics), language ?? default, diagnostics) : null;
        var messages = r.Mapping("messages") is { } m ? Messages(new MappingReader(m, "messages", MessageCatalog.Keys, diagnostics), diagnostics) : [];
        if (diagnostics.Found.Count > before || language is not { } code)
        {
            return null;
        }

        return new LanguageDefinition(code, name ?? code.Code, messages) { Base = baseLanguage, Numbers = numbers, Source = file };
    }

    private static ChartLanguage Base(MappingReader r, LoadDiagnostics diagnostics)
    {
        var written = r.Language("base");
        if (written is { } language && !Languages.BuiltIn.Contains(language))
        {
            diagnostics.Add("PACE104", "base", r.Raw("base")!.Span, new("value", language.Code), new("kind", "base"), new("allowed", string.Join(", ", Languages.BuiltIn.Select(l => l.Code))));
        }

        return written ?? ChartLanguage.English;
    }

    private static NumberStyle? Numbers(MappingReader r, ChartLanguage language, LoadDiagnostics diagnostics)
    {
        var known = Languages.Numbers(language);
        var decimalSeparator = r.String("decimal") ?? known.DecimalSeparator;
        var groupSeparator = r.String("group") ?? known.GroupSeparator;
        var currency = r.Bool("currency-space") ?? known.SpaceAfterCurrency;
        var percent = r.Bool("percent-space") ?? known.SpaceBeforePercent;
        if (NumberStyle.Problem(decimalSeparator, groupSeparator) is not null)
        {
            var shown = r.Raw("decimal") is YamlScalar d && d.Value == decimalSeparator ? d : r.Raw("group") as YamlScalar;
            diagnostics.AddVariant("PACE122", "Numbers", r.Path, shown?.Span ?? r.Node.Span, new MessageArgument("value", shown?.Value ?? decimalSeparator));
            return null;
        }

        return new NumberStyle(decimalSeparator, groupSeparator, currency, percent);
    }

    private static Dictionary<string, string> Messages(MappingReader r, LoadDiagnostics diagnostics)
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in MessageCatalog.Keys.Where(r.Has))
        {
            if (r.Raw(key) is not YamlScalar value)
            {
                _ = r.String(key); // the wrong-type error, located at the value
                continue;
            }

            var (fault, placeholder, known) = TemplateCheck.Check(key, value.Value);
            switch (fault)
            {
                case TemplateCheck.Fault.None:
                    messages[key] = value.Value;
                    break;
                case TemplateCheck.Fault.TooLong:
                    diagnostics.Add("PACE113", r.Join(key), value.Span, new("length", value.Value.Length), new("limit", TemplateCheck.MaxTemplateLength));
                    break;
                case TemplateCheck.Fault.Control:
                    diagnostics.AddVariant("PACE122", "Control", r.Join(key), value.Span, new MessageArgument("key", key));
                    break;
                default:
                    diagnostics.AddVariant("PACE122", "Placeholder", r.Join(key), value.Span, new("key", key), new("placeholder", placeholder), new("placeholders", TemplateCheck.List(known)));
                    break;
            }
        }

        return messages;
    }
}
