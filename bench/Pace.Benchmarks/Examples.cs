namespace Pace.Benchmarks;

/// <summary>The example charts the benchmarks run on, by the number of processes they hold.</summary>
public static class Examples
{
    /// <summary>Parameter values: "processes-file", so results sort and read by size.</summary>
    public static IEnumerable<string> All => ["4-technical-wholesaler", "8-acme-software", "9-brightleaf-foods"];

    /// <summary>The path of an example in the output folder (the project copies examples/*.pace.yaml there).</summary>
    public static string PathOf(string example)
    {
        var name = example[(example.IndexOf('-', StringComparison.Ordinal) + 1)..];
        return Path.Combine(AppContext.BaseDirectory, "examples", name + ".pace.yaml");
    }

    /// <summary>The YAML text of an example.</summary>
    public static string Text(string example) => File.ReadAllText(PathOf(example));
}
