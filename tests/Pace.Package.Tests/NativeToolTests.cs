namespace Pace.Package.Tests;

/// <summary>
/// The Native AOT <c>pace</c> (Pace.Tool on linux-x64) against the portable one (Pace.Tool.any), command by command:
/// the same exit code, the same output, the same files, byte for byte. Trimming and AOT break things at run time only
/// (reflection, embedded resources, serialization), so every command runs once on both, and every example in every
/// report and output format.
/// </summary>
[TestFixture]
public sealed class NativeToolTests
{
    private string _native = string.Empty;
    private string _portable = string.Empty;

    [OneTimeSetUp]
    public void InstallBoth()
    {
        if (PackageFixture.NoAotReason is { } reason)
        {
            EnvironmentLimit.Skip(Limit.NoNativeAot, $"no Native AOT tool to compare: {reason}");
        }

        _native = ToolInstalls.Pace(ToolInstalls.Install("Pace.Tool"));
        _portable = ToolInstalls.Pace(ToolInstalls.Install("Pace.Tool.any"));
    }

    public static IEnumerable<TestCaseData> Commands()
    {
        TestCaseData Case(string name, params string[] arguments) => new TestCaseData((object)arguments).SetName(name);
        yield return Case("validate_text", "validate", "charts");
        yield return Case("validate_json", "validate", "charts", "--format", "json");
        yield return Case("validate_sarif", "validate", "charts/two-owners.pace.yaml", "--format", "sarif");
        yield return Case("validate_github_en", "validate", "charts/acme.pace.yaml", "--format", "github", "--lang", "en");
        yield return Case("validate_broken_yaml", "validate", "charts/broken-yaml.pace.yaml");
        yield return Case("render_pdf", "render", "charts/acme.pace.yaml", "-o", "out/acme.pdf");
        yield return Case("render_png", "render", "charts/brightleaf.pace.yaml", "--format", "png", "--out-dir", "out");
        yield return Case("render_svg", "render", "charts/wholesaler.pace.yaml", "--format", "svg", "--out-dir", "out");
        yield return Case("init", "init", "out/new.pace.yaml", "--lang", "nl");
        yield return Case("schema", "schema");
        yield return Case("explain", "explain", "PACE002");
        yield return Case("export_json", "export", "charts/acme.pace.yaml", "--format", "json");
        yield return Case("export_csv", "export", "charts/brightleaf.pace.yaml", "--format", "csv");
        yield return Case("diff", "diff", "charts/acme.pace.yaml", "charts/two-owners.pace.yaml", "--format", "markdown");
        yield return Case("help", "--help");
    }

    /// <summary>Every example (examples/*.pace.yaml and examples/invalid/) validated in every report format, and every valid one rendered in every output format.</summary>
    public static IEnumerable<TestCaseData> EveryExampleAndFormat()
    {
        var examples = Path.Combine(PackageFixture.RepositoryRoot, "examples");
        foreach (var file in Directory.GetFiles(examples, "*.pace.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(examples, file).Replace('\\', '/');
            var name = relative.Replace(".pace.yaml", string.Empty, StringComparison.Ordinal).Replace('/', '_').Replace('-', '_');
            foreach (var format in new[] { "text", "json", "sarif", "github", "msbuild" })
            {
                yield return new TestCaseData((object)new[] { "validate", $"examples/{relative}", "--format", format }).SetName($"validate_{name}_{format}");
            }

            if (!relative.StartsWith("invalid/", StringComparison.Ordinal))
            {
                foreach (var format in new[] { "pdf", "png", "svg" })
                {
                    yield return new TestCaseData((object)new[] { "render", $"examples/{relative}", "--format", format, "--out-dir", "out" }).SetName($"render_{name}_{format}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Commands))]
    [TestCaseSource(nameof(EveryExampleAndFormat))]
    public void The_native_tool_does_what_the_portable_tool_does(string[] arguments)
    {
        var native = Run(_native, "native", arguments);
        var portable = Run(_portable, "portable", arguments);

        // The one known difference: System.CommandLine names the root command after the process's first argument,
        // which is Pace.Cli.dll for the portable tool (so its help says "Usage: Pace.Cli") and the `pace` link for the
        // native one. The native help is the one that matches the command users type.
        portable = portable with { Stdout = portable.Stdout.Replace("Usage:\n  Pace.Cli ", "Usage:\n  pace ", StringComparison.Ordinal) };
        Assert.That(native.Result.ExitCode, Is.EqualTo(portable.Result.ExitCode), $"native: {native.Result}\nportable: {portable.Result}");
        Assert.That(native.Result.ExitCode, Is.LessThan(2), native.Result.ToString());
        Assert.That(native.Stdout, Is.EqualTo(portable.Stdout), "stdout");
        Assert.That(native.Stderr, Is.EqualTo(portable.Stderr), "stderr");
        Assert.That(native.Files.Keys, Is.EquivalentTo(portable.Files.Keys));
        foreach (var (file, bytes) in native.Files)
        {
            Assert.That(bytes, Is.EqualTo(portable.Files[file]), $"{file} differs");
        }
    }

    /// <summary>Runs <paramref name="pace"/> in a fresh folder with the examples under charts/; its stdout and stderr with that folder's path taken out, and the files it wrote under out/.</summary>
    private static Outcome Run(string pace, string name, string[] arguments)
    {
        var work = PackageFixture.NewFolder($"compare-{name}-{Guid.NewGuid():N}");
        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(work, "charts", "acme.pace.yaml"));
        Consumer.CopyExample("brightleaf-foods.pace.yaml", Path.Combine(work, "charts", "brightleaf.pace.yaml"));
        Consumer.CopyExample("technical-wholesaler.pace.yaml", Path.Combine(work, "charts", "wholesaler.pace.yaml"));
        Consumer.CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), Path.Combine(work, "charts", "two-owners.pace.yaml"));
        Consumer.CopyExample(Path.Combine("invalid", "broken-yaml.pace.yaml"), Path.Combine(work, "charts", "broken-yaml.pace.yaml"));
        foreach (var example in Directory.GetFiles(Consumer.Examples, "*.pace.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Consumer.Examples, example);
            Consumer.CopyExample(relative, Path.Combine(work, "examples", relative));
        }

        Directory.CreateDirectory(Path.Combine(work, "out"));

        var environment = new Dictionary<string, string?>(PackageFixture.Environment) { ["CI"] = "true", ["NO_COLOR"] = "1" };
        var result = DotNet.Start(pace, work, environment, TimeSpan.FromMinutes(1), arguments);
        var files = Directory.GetFiles(Path.Combine(work, "out"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(work, f), File.ReadAllBytes);
        string Relative(string text) => text.Replace(work, "<work>", StringComparison.Ordinal);
        return new Outcome(result, Relative(result.StandardOutput), Relative(result.StandardError), files);
    }

    private sealed record Outcome(ProcessResult Result, string Stdout, string Stderr, IReadOnlyDictionary<string, byte[]> Files);
}
