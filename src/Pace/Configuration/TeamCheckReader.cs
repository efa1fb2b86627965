using Pace.Validation;
using Pace.Yaml;

namespace Pace.Configuration;

/// <summary>
/// Reads a configuration's <c>checks:</c> list into <see cref="TeamCheck"/>s. Everything that would keep a check from
/// running is a located load error here — a code that is malformed, Pace's own or written twice, no condition or two,
/// a condition without its setting, a message placeholder the kind does not have — so a team finds out when it
/// writes the check, not when a chart is checked.
/// </summary>
internal static class TeamCheckReader
{
    private static readonly string[] Conditions = ["units", "forbidden-words", "max-kpis-per-person", "process-needs-kpi"];
    private static readonly string[] Keys = ["code", "level", "message", .. Conditions];

    /// <summary>Reads a configuration's <c>checks:</c>; a check's <c>message:</c> may be in English, Dutch and the languages of <paramref name="translated"/> (the same file's translations).</summary>
    public static List<TeamCheck> Read(YamlSequence list, LoadDiagnostics diagnostics, IReadOnlyList<ChartLanguage>? translated = null)
    {
        IReadOnlyList<ChartLanguage> languages = [.. Languages.BuiltIn.Concat(translated ?? []).Distinct()];
        var checks = new List<TeamCheck>();
        var seen = new Dictionary<RuleCode, int>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"checks[{i}]";
            if (list.Items[i] is not YamlMapping item)
            {
                diagnostics.Add("PACE102", path, list.Items[i].Span, new("key", path), new("expected", diagnostics.Phrase("KindMapping")), new("actual", diagnostics.Describe(list.Items[i])));
                continue;
            }

            if (ReadOne(new MappingReader(item, path, Keys, diagnostics, "PlaceConfig"), diagnostics, languages) is { } check)
            {
                if (seen.TryAdd(check.Code, check.Source!.StartLine))
                {
                    checks.Add(check);
                }
                else
                {
                    diagnostics.Add("PACE103", path + ".code", check.Source, new("key", check.Code.Value), new("line", seen[check.Code]));
                }
            }
        }

        return checks;
    }

    private static TeamCheck? ReadOne(MappingReader r, LoadDiagnostics diagnostics, IReadOnlyList<ChartLanguage> languages)
    {
        r.Require("code");
        var codeText = r.String("code");
        var codeSpan = r.Raw("code")?.Span;
        if (codeText is null || codeSpan is null)
        {
            return null;
        }

        if (!RuleCode.TryParse(codeText, out var code))
        {
            diagnostics.Add("PACE102", r.Join("code"), codeSpan, new("key", "code"), new("expected", diagnostics.Phrase("KindRuleCode")), new("actual", diagnostics.Describe(r.Raw("code")!)));
            return null;
        }

        if (ChartValidator.HasPacePrefix(code))
        {
            diagnostics.AddVariant("PACE120", "Reserved", r.Join("code"), codeSpan, new MessageArgument("code", code.Value));
            return null;
        }

        var given = Conditions.Where(r.Has).ToList();
        if (given.Count != 1)
        {
            diagnostics.AddVariant("PACE120", "Condition", r.Path, r.Node.Span, new("code", code.Value), new("conditions", string.Join(", ", Conditions)));
            return null;
        }

        var check = Condition(r, given[0], code, diagnostics);
        if (check is null)
        {
            return null;
        }

        check = check with
        {
            Severity = Level(r, diagnostics) ?? Severity.Warning,
            Messages = Messages(r, diagnostics, languages),
            Source = codeSpan,
        };
        if (TeamRule.UnknownPlaceholder(check) is (var message, var unknown))
        {
            var span = r.Mapping("message")?.Entries.First(e => e.Key is YamlScalar k && k.Value == message.Language.Code).Value.Span;
            diagnostics.AddVariant("PACE120", "Placeholder", r.Join("message"), span, new("code", code.Value), new("placeholder", unknown), new("placeholders", TeamRule.Placeholders(check.Kind)));
            return null;
        }

        return check;
    }

    private static TeamCheck? Condition(MappingReader r, string key, RuleCode code, LoadDiagnostics diagnostics)
    {
        var span = r.Raw(key)?.Span ?? r.Node.Span;
        switch (key)
        {
            case "units" or "forbidden-words":
                var values = r.StringList(key);
                if (values is not { Count: > 0 })
                {
                    diagnostics.AddVariant("PACE120", "Setting", r.Join(key), span, new("code", code.Value), new("setting", key));
                    return null;
                }

                return new TeamCheck { Code = code, Kind = key == "units" ? TeamCheckKind.Units : TeamCheckKind.ForbiddenWords, Values = values };
            case "max-kpis-per-person":
                var limit = r.WholeNumber(key);
                if (limit is not > 0)
                {
                    diagnostics.AddVariant("PACE120", "Setting", r.Join(key), span, new("code", code.Value), new("setting", key));
                    return null;
                }

                return new TeamCheck { Code = code, Kind = TeamCheckKind.MaxKpisPerPerson, Limit = limit };
            default:
                if (r.Mapping(key) is not { } kind)
                {
                    return null;
                }

                var k = new MappingReader(kind, r.Join(key), ["timing", "focus"], diagnostics, "PlaceConfig");
                var check = new TeamCheck { Code = code, Kind = TeamCheckKind.ProcessNeedsKpi, Timing = k.Enum<Timing>("timing", "timing"), Focus = k.Enum<Focus>("focus", "focus") };
                if (check.Timing is null && check.Focus is null)
                {
                    diagnostics.AddVariant("PACE120", "Setting", r.Join(key), span, new("code", code.Value), new("setting", key));
                    return null;
                }

                return check;
        }
    }

    private static Severity? Level(MappingReader r, LoadDiagnostics diagnostics)
    {
        if (r.Raw("level") is not YamlScalar s)
        {
            return r.Raw("level") is { } other ? WrongLevel(r, other, diagnostics) : null;
        }

        if (EnumNames.TryParse<Severity>(s.Value, out var severity))
        {
            return severity;
        }

        diagnostics.Add("PACE104", r.Join("level"), s.Span, new("value", s.Value), new("kind", "level"), new("allowed", string.Join(", ", EnumNames.Of<Severity>())));
        return null;
    }

    private static Severity? WrongLevel(MappingReader r, YamlNodeBase node, LoadDiagnostics diagnostics)
    {
        diagnostics.Add("PACE102", r.Join("level"), node.Span, new("key", "level"), new("expected", diagnostics.Phrase("KindText")), new("actual", diagnostics.Describe(node)));
        return null;
    }

    private static List<TeamMessage> Messages(MappingReader r, LoadDiagnostics diagnostics, IReadOnlyList<ChartLanguage> languages)
    {
        if (r.Mapping("message") is not { } map)
        {
            return [];
        }

        // Only languages the file itself can speak: one a further file translates would be known only when the chain is
        // merged, and a typo (nll) must stay a PACE101 with its suggestion rather than a message for a language nobody speaks.
        var m = new MappingReader(map, r.Join("message"), [.. languages.Select(l => l.Code)], diagnostics, "PlaceConfig");
        return [.. languages
            .Select(language => (language, text: m.String(language.Code)))
            .Where(x => !string.IsNullOrWhiteSpace(x.text))
            .Select(x => new TeamMessage(x.language, x.text!))];
    }
}
