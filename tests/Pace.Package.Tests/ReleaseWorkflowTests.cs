using System.Text.RegularExpressions;
using Pace.Package.Tests;
using YamlDotNet.RepresentationModel;

// Outside the namespace Pace.Package.Tests on purpose: these read files only, so they run without its one-per-run pack.
namespace Pace.Release.Tests;

/// <summary>
/// .github/workflows/release.yml cannot run here, so its shape is held to the project: one job per platform that
/// Pace.Tool has a package for, on the runner and in the container src/Pace.Cli/Pace.Cli.csproj names, each packing that
/// one package (tools/release-platform.sh) and trying it; and the glibc docs/packaging.md promises is the one the Linux
/// container has.
/// </summary>
[TestFixture]
public sealed partial class ReleaseWorkflowTests
{
    /// <summary>The C library of the images the glibc packages are packed in: the oldest their executables start on.</summary>
    private static readonly Dictionary<string, string> ContainerGlibc = new() { ["almalinux:8"] = "2.28" };

    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Jobs => (YamlMappingNode)Workflow["jobs"];

    [Test]
    public void The_project_lists_each_platform_once_with_the_runner_that_packs_it()
    {
        Assert.That(ToolPlatforms.Items.Select(p => p.Rid), Is.Unique);
        Assert.That(ToolPlatforms.Items.Select(p => p.Rid), Is.EquivalentTo(ToolPlatforms.Property),
            "the PaceToolPlatform items and the PaceToolPlatforms property of src/Pace.Cli/Pace.Cli.csproj");
        Assert.That(ToolPlatforms.Items.Select(p => p.Rid), Is.SupersetOf(new[] { "win-x64", "win-arm64", "osx-arm64", "osx-x64", "linux-x64", "linux-arm64", "linux-musl-x64" }));

        // linux-musl-RID imports linux-RID in the RID graph: without its own package, musl would get the glibc executable.
        foreach (var glibc in ToolPlatforms.Items.Select(p => p.Rid).Where(r => r.StartsWith("linux-", StringComparison.Ordinal) && !r.Contains("musl", StringComparison.Ordinal)))
        {
            Assert.That(ToolPlatforms.Property, Does.Contain(glibc.Replace("linux-", "linux-musl-", StringComparison.Ordinal)), $"{glibc} has no musl twin");
        }
        Assert.That(ToolPlatforms.Items.Where(p => p.Runner.Length == 0), Is.Empty, "a platform without a runner");
    }

    [Test]
    public void The_matrix_packs_every_platform_of_the_project_on_its_runner_and_in_its_container()
    {
        var include = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Job("tool")["strategy"])["matrix"])["include"];
        var matrix = include.Cast<YamlMappingNode>()
            .Select(e => new ToolPlatforms.Platform(Scalar(e, "rid"), Scalar(e, "runner"), Scalar(e, "container")))
            .ToList();
        Assert.That(matrix, Is.EquivalentTo(ToolPlatforms.Items));
        Assert.That(Scalar(Job("tool"), "runs-on"), Is.EqualTo("${{ matrix.runner }}"));
        Assert.That(Scalar((YamlMappingNode)Job("tool")["env"], "CONTAINER"), Is.EqualTo("${{ matrix.container }}"));
        Assert.That(Runs("tool"), Has.Some.Contains("docker run").And.Contains("\"$CONTAINER\" sh tools/release-platform.sh \"$RID\""),
            "a Linux platform packs and tries the tool inside its container");
    }

    [Test]
    public void Each_platform_job_packs_its_own_package_as_Native_AOT_and_the_common_job_the_rest()
    {
        Assert.That(Runs("tool"), Has.Some.Contains("bash tools/release-platform.sh \"$RID\""));
        Assert.That(Scalar((YamlMappingNode)Job("tool")["env"], "RID"), Is.EqualTo("${{ matrix.rid }}"));
        var platform = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "tools", "release-platform.sh"));
        Assert.That(platform, Does.Contain("PACE_PACK_AOT=1 tools/pack.sh artifacts --rid \"$rid\""));
        Assert.That(Runs("common"), Has.Some.Contains("tools/pack.sh artifacts --common"));
        Assert.That(Runs("release"), Has.Some.Contains("tools/check-release.sh release"), "the whole set is checked before a push");
    }

    [Test]
    public void Each_platform_job_installs_the_tool_through_the_pointer_and_renders_every_format()
    {
        var runs = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "tools", "release-platform.sh"));
        Assert.That(runs, Does.Contain("dotnet tool install Pace.Tool "));
        Assert.That(runs, Does.Contain("pace.tool.$rid"), "checks that the pointer resolved to this platform's package");
        Assert.That(runs, Does.Contain("validate").And.Contain("for format in pdf png svg"));
        Assert.That(string.Join("\n", Runs("compare")), Does.Contain("outputs/outputs-linux-x64").And.Contain("pdf/*) echo \"::error::"),
            "PDFs must equal linux-x64's byte for byte");
    }

    [Test]
    public void The_glibc_docs_packaging_md_promises_is_the_glibc_of_the_container_the_Linux_packages_are_packed_in()
    {
        var docs = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "docs", "packaging.md"));
        var stated = GlibcFloor().Match(docs);
        Assert.That(stated.Success, "docs/packaging.md states no \"glibc X.Y or later\"");
        var glibc = ToolPlatforms.Items.Where(p => p.Rid.StartsWith("linux-", StringComparison.Ordinal) && !p.Rid.Contains("musl", StringComparison.Ordinal)).ToList();
        Assert.That(glibc, Is.Not.Empty);
        foreach (var platform in glibc)
        {
            Assert.That(ContainerGlibc.TryGetValue(platform.Container, out var version), $"{platform.Rid} packs in {platform.Container}, whose glibc this test does not know");
            Assert.That(version, Is.EqualTo(stated.Groups["version"].Value), $"{platform.Rid}: docs/packaging.md, README and docs/getting-started.md state the glibc floor");
        }
    }

    private static YamlMappingNode Job(string name) => (YamlMappingNode)Jobs[name];

    /// <summary>The <c>run</c> scripts of a job's steps.</summary>
    private static List<string> Runs(string job) => ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>()
        .Where(s => s.Children.ContainsKey("run")).Select(s => Scalar(s, "run")).ToList();

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? string.Empty;

    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(Path.Combine(PackageFixture.RepositoryRoot, ".github", "workflows", "release.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    [GeneratedRegex(@"glibc (?<version>\d+\.\d+) or later")]
    private static partial Regex GlibcFloor();
}
