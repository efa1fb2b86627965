using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pace.Yaml;

/// <summary>
/// The JSON Schema (draft-07) of chart format 1, for editors (<c># yaml-language-server: $schema=…</c>) and tools.
/// It is generated from the same key lists the reader accepts, so the two cannot drift apart.
/// </summary>
public static class ChartSchema
{
    private const string PeriodPattern = @"^\d{4}(-(W(0[1-9]|[1-4]\d|5[0-3])|Q[1-4]|0[1-9]|1[0-2]|(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])))?$";

    /// <summary>
    /// The schema's <c>$id</c>: the address an editor can load it from, the raw <c>schema/pace.schema.json</c> of the
    /// project's repository (derived from the project URL the build sets, <c>PaceProjectUrl</c>).
    /// </summary>
    public static string Id { get; } = RawFileUrl(
        typeof(ChartSchema).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PaceProjectUrl")?.Value
            ?? throw new InvalidOperationException("The build did not set PaceProjectUrl."),
        "schema/pace.schema.json");

    private static readonly Lazy<string> Text = new(Generate);

    /// <summary>The schema as indented JSON text with a trailing newline.</summary>
    /// <returns>The schema.</returns>
    public static string ToJson() => Text.Value;

    /// <summary>
    /// The address of a file's raw content on the main branch: on GitHub, raw.githubusercontent.com (which serves it
    /// with a JSON-friendly content type and no redirect); elsewhere the forge's <c>/raw/main/</c> path.
    /// </summary>
    private static string RawFileUrl(string project, string file)
    {
        const string GitHub = "https://github.com/";
        project = project.TrimEnd('/');
        return project.StartsWith(GitHub, StringComparison.OrdinalIgnoreCase)
            ? $"https://raw.githubusercontent.com/{project[GitHub.Length..]}/main/{file}"
            : $"{project}/raw/main/{file}";
    }

    private static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("$id", Id);
            w.WriteString("title", "Pace chart (format 1)");
            w.WriteString("description", "A Process Accountability Chart: 4 to 9 core processes, each with one accountable owner and three KPIs.");
            WriteObjectBody(w, FormatKeys.Chart, ["pace", "organization", "processes"], ChartKey);
            w.WriteStartObject("definitions");
            WriteDefinition(w, "person", "Someone who can be accountable.", FormatKeys.Person, ["id"], PersonKey);
            WriteDefinition(w, "process", "A core process: a flow from input to outcome.", FormatKeys.Process, ["name"], ProcessKey);
            WriteDefinition(w, "kpi", "A key performance indicator of a process.", FormatKeys.Kpi, ["name"], KpiKey);
            WriteDefinition(w, "theme", "Accent colour, logo and fonts.", FormatKeys.Theme, [], ThemeKey);
            WriteDefinition(w, "font", "A TrueType or OpenType font for characters the bundled fonts lack; paths relative to the chart file, within its repository or a configuration's font-folders.", FormatKeys.Font, ["regular"], FontKey);
            WriteDefinition(w, "function", "A seat of the Function Accountability Chart (FACe).", FormatKeys.Function, ["name"], FunctionKey);
            WriteStepDefinition(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteDefinition(Utf8JsonWriter w, string name, string description, string[] keys, string[] required, Action<Utf8JsonWriter, string> key)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        WriteObjectBody(w, keys, required, key);
        w.WriteEndObject();
    }

    private static void WriteObjectBody(Utf8JsonWriter w, string[] keys, string[] required, Action<Utf8JsonWriter, string> key)
    {
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        foreach (var r in required)
        {
            w.WriteStringValue(r);
        }

        w.WriteEndArray();
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var k in keys)
        {
            w.WriteStartObject(k);
            key(w, k);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void ChartKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "pace":
                // "enum" rather than draft-06's "const", so older validators and editors enforce it too.
                w.WriteString("description", "Format version.");
                w.WriteStartArray("enum");
                w.WriteNumberValue(Chart.CurrentFormatVersion);
                w.WriteEndArray();
                break;
            case "organization": TextValue(w, "The organisation."); break;
            case "title": TextValue(w, "The chart's title; default \"Process Accountability Chart\"."); break;
            case "date": TextValue(w, "As-of date, YYYY-MM-DD; printed and used as the PDF's timestamp."); w.WriteString("pattern", @"^\d{4}-\d{2}-\d{2}$"); break;
            case "language": TextValue(w, "Language of labels and messages, a language code: en (the default), nl, or one a translation adds (de, pt-BR)."); w.WriteString("pattern", LanguagePattern); break;
            case "paper": Enum<PaperSize>(w, "Paper size, landscape: a4 (default), a3 (the A4 chart enlarged, for the wall) or letter."); break;
            case "theme": w.WriteString("$ref", "#/definitions/theme"); break;
            case "people": ArrayOf(w, "The roster; when present, owners are people ids.", "#/definitions/person"); break;
            case "functions": ArrayOf(w, "The seats of the Function Accountability Chart (FACe), optional.", "#/definitions/function"); break;
            case "journey": TextList(w, "The customer journey, in order."); break;
            case "processes": ArrayOf(w, "4 to 9 core processes, in customer-journey order.", "#/definitions/process"); break;
            case "rules":
                w.WriteString("description", "Per-chart rule levels, e.g. PACE016: off.");
                w.WriteString("type", "object");
                w.WriteStartObject("additionalProperties");
                EnumValues<RuleLevel>(w);
                w.WriteEndObject();
                break;
            default: throw new InvalidOperationException($"The schema does not describe the chart key '{key}'.");
        }
    }

    private static void PersonKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "id": TextValue(w, "The id owners refer to."); break;
            case "name": TextValue(w, "Full name."); break;
            case "role": TextValue(w, "A meaningful role title."); break;
            default: throw new InvalidOperationException($"The schema does not describe the person key '{key}'.");
        }
    }

    private static void ProcessKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "name": TextValue(w, "A flow, not a department: 'Van lead naar deal', not 'Sales'."); break;
            case "input": TextValue(w, "What comes in."); break;
            case "outcome": TextValue(w, "What comes out."); break;
            case "steps": ArrayOf(w, "The steps of the flow: names, or mappings saying who and which functions take part.", "#/definitions/step"); break;
            case "owner": OneOrMany(w, "Exactly one accountable owner: a people id, or a name without a roster."); break;
            case "kpis": ArrayOf(w, "Exactly three KPIs.", "#/definitions/kpi"); break;
            default: throw new InvalidOperationException($"The schema does not describe the process key '{key}'.");
        }
    }

    private static void KpiKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "name": TextValue(w, "The KPI's name."); break;
            case "unit": TextValue(w, "Unit, e.g. EUR, %, days."); break;
            case "target": Number(w, "Target per cadence period."); break;
            case "better": Enum<Direction>(w, "Which way is better; default higher."); break;
            case "cadence": Enum<Cadence>(w, "How often it is measured."); break;
            case "aggregate": Enum<Aggregate>(w, "How periods combine: sum (flows), average (rates, scores, durations) or last (levels); inferred from the unit and name when not given."); break;
            case "timing": Enum<Timing>(w, "Leading (predicts) or lagging (reports)."); break;
            case "focus": Enum<Focus>(w, "Input (effort) or output (result)."); break;
            case "speed": Enum<Speed>(w, "Fast or slow; derived from cadence when not given."); break;
            case "nature": Enum<Nature>(w, "Hard (counted) or soft (judged)."); break;
            case "level": Enum<KpiLevel>(w, "The level the target is set at."); break;
            case "dimension": Enum<Dimension>(w, "The PACe form's slot: better, faster or cheaper."); break;
            case "owner": TextValue(w, "Who reports it; default the process owner."); break;
            case "tolerance": Number(w, "Amber band as a fraction of the target; default 0.1."); break;
            case "red": Number(w, "Past this value (in the worse direction) the KPI is red; default from the tolerance."); break;
            case "green": Number(w, "At or past this value the KPI is green; default the target."); break;
            case "super": Number(w, "At or past this value the KPI is super-green (a stretch goal); default none."); break;
            case "actuals":
                w.WriteString("description", "Measured values by period (2026-10-05, 2026-W41, 2026-10, 2026-Q3, 2026), oldest first.");
                w.WriteString("type", "object");
                // patternProperties rather than draft-06's propertyNames, for the widest support.
                w.WriteStartObject("patternProperties");
                w.WriteStartObject(PeriodPattern); w.WriteString("type", "number"); w.WriteEndObject();
                w.WriteEndObject();
                w.WriteBoolean("additionalProperties", false);
                break;
            case "seasonality":
                w.WriteString("description", "Twelve monthly weights for breaking a year target down.");
                w.WriteString("type", "array");
                w.WriteStartObject("items"); w.WriteString("type", "number"); w.WriteEndObject();
                break;
            default: throw new InvalidOperationException($"The schema does not describe the KPI key '{key}'.");
        }
    }

    private static void FunctionKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "name": TextValue(w, "The function, e.g. Sales or Head of Company."); break;
            case "owner": OneOrMany(w, "Exactly one accountable person: a people id, or a name without a roster."); break;
            case "vacant": w.WriteString("description", "The seat is open: nobody is accountable yet."); w.WriteString("type", "boolean"); break;
            case "kpis": ArrayOf(w, "One to three leading indicators.", "#/definitions/kpi"); break;
            case "outcomes": TextList(w, "The results the function answers for (P/L or balance-sheet items)."); break;
            default: throw new InvalidOperationException($"The schema does not describe the function key '{key}'.");
        }
    }

    /// <summary>A step is a plain name or a mapping with who and which functions take part.</summary>
    private static void WriteStepDefinition(Utf8JsonWriter w)
    {
        w.WriteStartObject("step");
        w.WriteString("description", "A step of a process: its name, or who and which functions take part.");
        w.WriteStartArray("oneOf");
        w.WriteStartObject();
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteStartObject();
        WriteObjectBody(w, FormatKeys.Step, ["name"], StepKey);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void StepKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "name": TextValue(w, "The step's name."); break;
            case "people": OneOrMany(w, "Who takes part: people ids, or names without a roster."); break;
            case "functions": OneOrMany(w, "The functions that take part, by name."); break;
            case "kpi": w.WriteString("$ref", "#/definitions/kpi"); break;
            default: throw new InvalidOperationException($"The schema does not describe the step key '{key}'.");
        }
    }

    private static void OneOrMany(Utf8JsonWriter w, string description)
    {
        w.WriteString("description", description);
        w.WriteStartArray("oneOf");
        w.WriteStartObject(); w.WriteString("type", "string"); w.WriteEndObject();
        w.WriteStartObject(); w.WriteString("type", "array"); w.WriteStartObject("items"); w.WriteString("type", "string"); w.WriteEndObject(); w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void ThemeKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "accent": TextValue(w, "Accent colour, #RRGGBB."); w.WriteString("pattern", "^#[0-9A-Fa-f]{6}$"); break;
            case "logo": TextValue(w, "PNG logo, relative to the chart file."); break;
            case "fonts":
                w.WriteString("description", "Fonts tried in order before the bundled ones, e.g. for Arabic or Chinese text.");
                w.WriteString("type", "array");
                w.WriteStartObject("items"); w.WriteString("$ref", "#/definitions/font"); w.WriteEndObject();
                break;
            default: throw new InvalidOperationException($"The schema does not describe the theme key '{key}'.");
        }
    }

    private static void FontKey(Utf8JsonWriter w, string key)
    {
        switch (key)
        {
            case "regular": TextValue(w, "The regular face: a .ttf, an .otf with TrueType or CFF outlines, or a .ttc/.otc collection (file.ttc#N for face N)."); break;
            case "bold": TextValue(w, "The bold face; bold text uses the regular face when not given."); break;
            default: throw new InvalidOperationException($"The schema does not describe the font key '{key}'.");
        }
    }

    /// <summary>The form of a language code (<see cref="ChartLanguage.TryParse"/>); whether Pace knows it is the check's business.</summary>
    internal const string LanguagePattern = "^[A-Za-z]{2,8}(-([A-Za-z]{2}|[0-9]{3}))?$";

    private static void TextValue(Utf8JsonWriter w, string description)
    {
        w.WriteString("description", description);
        w.WriteString("type", "string");
    }

    private static void Number(Utf8JsonWriter w, string description)
    {
        w.WriteString("description", description);
        w.WriteString("type", "number");
    }

    private static void TextList(Utf8JsonWriter w, string description)
    {
        w.WriteString("description", description);
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteEndObject();
    }

    private static void ArrayOf(Utf8JsonWriter w, string description, string reference)
    {
        w.WriteString("description", description);
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("$ref", reference);
        w.WriteEndObject();
    }

    private static void Enum<T>(Utf8JsonWriter w, string description)
        where T : struct, System.Enum
    {
        w.WriteString("description", description);
        EnumValues<T>(w);
    }

    private static void EnumValues<T>(Utf8JsonWriter w)
        where T : struct, System.Enum
    {
        w.WriteStartArray("enum");
        foreach (var name in EnumNames.Of<T>())
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
    }
}
