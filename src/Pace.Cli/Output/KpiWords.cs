using System.Globalization;
using System.Text;
using Pace.Analysis;

namespace Pace.Cli.Output;

/// <summary>Words the KPI reports of the command share: how a KPI's periods combine and why, and text made safe for a terminal.</summary>
internal static class KpiWords
{
    /// <summary>"sum (inferred from the unit 'EUR')", "average (afgeleid uit 'per' in de naam)", "last (written)".</summary>
    public static string Aggregate(AggregateChoice choice, ReportWords words)
    {
        var name = Name(choice.Aggregate);
        return choice.Basis switch
        {
            AggregateBasis.Written => ReportWords.Say(words.Written, new MessageArgument("aggregate", name)),
            AggregateBasis.Unit => ReportWords.Say(words.FromUnit, new("aggregate", name), new("unit", Printable(choice.Word))),
            AggregateBasis.Name => ReportWords.Say(words.FromName, new("aggregate", name), new("word", Printable(choice.Word))),
            _ => ReportWords.Say(words.ByDefault, new MessageArgument("aggregate", name)),
        };
    }

    /// <summary>What the aggregate means for the target: it splits, or it holds in every period.</summary>
    public static string TargetMeaning(Aggregate aggregate, ReportWords words) => aggregate == Pace.Aggregate.Sum ? words.AddsUp : words.Holds;

    /// <summary>The lower-case name format 1 uses: sum, average, last; week, quarter; higher.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>The lower-case name of a value the chart may leave out; empty when it does (the tables' empty cell).</summary>
    public static string Name<T>(T? value)
        where T : struct, Enum => value is { } v ? Name(v) : string.Empty;

    /// <summary>An amount with its decimals (at least two: cents) and the chart language's separators: "12.903,23", "12,903.23".</summary>
    public static string Amount(decimal value, int decimals, ChartLanguage language)
    {
        var numbers = Languages.Numbers(language);
        var format = new NumberFormatInfo { NumberDecimalSeparator = numbers.DecimalSeparator, NumberGroupSeparator = numbers.GroupSeparator, NegativeSign = "-" };
        return value.ToString("#,##0." + new string('0', decimals), format);
    }

    /// <summary>A user's text for a terminal: control characters (an escape sequence written as "\u001b" in YAML) become U+FFFD.</summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) ? '\uFFFD' : c);
        }

        return sb.ToString();
    }
}
