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

    /// <summary>Parameter values: "processes-name", so results sort and read by size.</summary>
    public static IEnumerable<string> All => Files.Keys;

    /// <summary>The path of an example in the output folder (the project copies examples/*.pace.yaml there).</summary>
    public static string PathOf(string example) =>
        Path.Combine(AppContext.BaseDirectory, "examples", (Files.TryGetValue(example, out var file) ? file : example) + ".pace.yaml");

    /// <summary>The YAML text of an example.</summary>
    public static string Text(string example) => File.ReadAllText(PathOf(example));
}
