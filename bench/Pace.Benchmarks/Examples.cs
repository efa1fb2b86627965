namespace Pace.Benchmarks;

/// <summary>The example charts the benchmarks run on, named by their number of processes.</summary>
public static class Examples
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["4-wholesaler"] = "technical-wholesaler",
        ["8-acme"] = "acme-software",
        ["9-brightleaf"] = "brightleaf-foods",
    };

    /// <summary>
    /// Parameter values: "processes-name", so results sort and read by size; <c>PACE_BENCH_CHARTS=8-acme</c> (comma-separated)
    /// runs only those, for a short quiet window (BenchmarkDotNet's filter does not reach parameters).
    /// </summary>
    public static IEnumerable<string> All =>
        Environment.GetEnvironmentVariable("PACE_BENCH_CHARTS") is { Length: > 0 } only
            ? Files.Keys.Where(k => only.Split(',').Contains(k, StringComparer.Ordinal))
            : Files.Keys;

    /// <summary>The path of an example in the output folder (the project copies examples/*.pace.yaml there).</summary>
    public static string PathOf(string example) =>
        Path.Combine(AppContext.BaseDirectory, "examples", (Files.TryGetValue(example, out var file) ? file : example) + ".pace.yaml");

    /// <summary>The YAML text of an example.</summary>
    public static string Text(string example) => File.ReadAllText(PathOf(example));
}
