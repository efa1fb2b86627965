using System.Globalization;

namespace Pace.Validation.Rules;

/// <summary>Builds model paths such as <c>processes[2].kpis[0]</c>, the same way in every rule.</summary>
internal static class Paths
{
    public static string Process(int index) => string.Create(CultureInfo.InvariantCulture, $"processes[{index}]");

    public static string Kpi(int process, int kpi) => string.Create(CultureInfo.InvariantCulture, $"processes[{process}].kpis[{kpi}]");

    public static string Function(int index) => string.Create(CultureInfo.InvariantCulture, $"functions[{index}]");

    public static string Step(int process, int step) => string.Create(CultureInfo.InvariantCulture, $"processes[{process}].steps[{step}]");

    /// <summary>A name to show in a message for something that may have none, e.g. "#3".</summary>
    public static string NameOr(string? name, int index) =>
        string.IsNullOrWhiteSpace(name) ? string.Create(CultureInfo.InvariantCulture, $"#{index + 1}") : name;
}
