using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Pace.Package.Tests;

/// <summary>
/// The RID-specific layout of Pace.Tool, read from the packed packages (docs/packaging.md): a pointer package, the Native
/// AOT linux-x64 package, a framework-dependent linux-musl-x64 package so that Alpine (whose RID imports linux-x64) is
/// never handed the glibc executable, and the portable <c>any</c> package; and which of them <c>dotnet tool install</c>
/// picks for a platform.
/// </summary>
[TestFixture]
public sealed partial class ToolPackageLayoutTests
{
    [OneTimeSetUp]
    public void RidSpecificToolPackages()
    {
        // On linux-x64 glibc, without PACE_PACK_AOT=0, the layout must be there: these tests then fail rather than skip.
        if (!PackageFixture.ToolIsRidSpecific && PackageFixture.NoAotReason is { } reason)
        {
            Assert.Ignore($"Pace.Tool is the one portable package: {reason}.");
        }
    }

    [Test]
    public void Pace_Tool_is_a_pointer_to_one_package_per_platform_and_holds_no_code()
    {
        Assert.That(PackageFixture.ToolIsRidSpecific, "Pace.Tool was packed as the one portable package on a linux-x64 machine: tools/pack.sh did not pack the RID packages");
        using var pointer = new Nupkg(PackageFixture.Nupkg("Pace.Tool"));
        Assert.That(pointer.PackageTypes, Is.EqualTo(new[] { "DotnetTool" }));
        Assert.That(pointer.Files.Where(f => f.StartsWith("tools/", StringComparison.Ordinal)), Is.EqualTo(new[] { "tools/any/any/DotnetToolSettings.xml" }));
        var packages = pointer.ToolSettings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => (string)p.Attribute("RuntimeIdentifier")!, p => (string)p.Attribute("Id")!);
        Assert.That(packages, Is.EquivalentTo(PackageFixture.ToolRuntimeIdentifiers.ToDictionary(rid => rid, rid => $"Pace.Tool.{rid}")));
        foreach (var id in packages.Values)
        {
            Assert.That(File.Exists(PackageFixture.Nupkg(id)), $"the pointer names {id}, which is not in the feed: dotnet tool install would fail on that platform");
        }
    }

    [Test]
    public void The_linux_x64_package_is_a_glibc_native_executable_without_the_runtimes_files()
    {
        using var package = new Nupkg(PackageFixture.Nupkg("Pace.Tool.linux-x64"));
        AssertRidPackage(package, runner: "executable", entryPoint: "Pace.Cli");
        Assert.That(package.ToolFiles, Is.EquivalentTo(new[] { "DotnetToolSettings.xml", "Pace.Cli", "libSkiaSharp.so", "libHarfBuzzSharp.so" }),
            "only the executable and the libraries of SkiaSharp and HarfBuzzSharp: no .dll, .deps.json, .runtimeconfig.json, nor symbols");

        var executable = Elf.Read(package.ToolBytes("Pace.Cli"));
        Assert.That(executable.Interpreter, Is.EqualTo("/lib64/ld-linux-x86-64.so.2"));
        Assert.That(executable.NeededLibraries, Does.Contain("libc.so.6"));
        Assert.That(Elf.Read(package.ToolBytes("libSkiaSharp.so")).NeededLibraries, Does.Contain("libc.so.6"), "not SkiaSharp's glibc build");
        Assert.That(Elf.Read(package.ToolBytes("libHarfBuzzSharp.so")).NeededLibraries, Does.Contain("libc.so.6"), "HarfBuzzSharp's glibc build");
    }

    /// <summary>
    /// A Native AOT executable needs the C library it was linked on, not the .NET runtime's (glibc 2.27): built on a
    /// newer distro it stops running on older ones, so the floor docs/packaging.md states is the one packed.
    /// </summary>
    [Test]
    public void The_linux_x64_executable_needs_the_glibc_that_docs_packaging_md_states()
    {
        using var package = new Nupkg(PackageFixture.Nupkg("Pace.Tool.linux-x64"));
        var glibc = Elf.Read(package.ToolBytes("Pace.Cli")).NeededVersions
            .Where(v => v.StartsWith("GLIBC_2.", StringComparison.Ordinal))
            .Select(v => Version.Parse(v["GLIBC_".Length..]))
            .Max();
        var docs = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "docs", "packaging.md"));
        var stated = GlibcFloor().Match(docs);
        Assert.That(stated.Success, "docs/packaging.md states no \"glibc X.Y or later\"");
        Assert.That(glibc?.ToString(), Is.EqualTo(stated.Groups["version"].Value),
            "the AOT executable's glibc floor changed (packed on another distro?): update docs/packaging.md, README and docs/getting-started.md");
    }

    [Test]
    public void The_linux_musl_x64_package_is_framework_dependent_with_musl_natives_so_Alpine_never_gets_the_glibc_executable()
    {
        using var package = new Nupkg(PackageFixture.Nupkg("Pace.Tool.linux-musl-x64"));
        AssertRidPackage(package, runner: "dotnet", entryPoint: "Pace.Cli.dll"); // run by the dotnet host, as the portable tool is
        Assert.That(package.ToolFiles, Does.Contain("Pace.Cli.dll").And.Contain("Pace.Cli.runtimeconfig.json").And.Contain("libSkiaSharp.so"));

        foreach (var file in package.ToolFiles.Where(f => Elf.IsElf(package.ToolBytes(f))))
        {
            var elf = Elf.Read(package.ToolBytes(file));
            Assert.That(elf.Interpreter, Is.Null, $"{file} is a native program: the musl package has none");
            Assert.That(elf.NeededLibraries, Does.Contain("libc.musl-x86_64.so.1").And.Not.Contain("libc.so.6"), $"{file} is not a musl library");
        }
    }

    [Test]
    public void The_any_package_is_the_portable_tool_with_SkiaSharp_for_every_supported_platform()
    {
        using var package = new Nupkg(PackageFixture.Nupkg("Pace.Tool.any"));
        AssertRidPackage(package, runner: "dotnet", entryPoint: "Pace.Cli.dll");
        var natives = package.ToolFiles.Where(f => f.StartsWith("runtimes/", StringComparison.Ordinal)).Select(f => f.Split('/')[1]).Distinct();
        Assert.That(natives, Is.EquivalentTo(new[] { "win-x64", "win-arm64", "osx", "linux-x64", "linux-arm64", "linux-musl-x64" }), "PaceToolRuntimes in src/Pace.Cli/Pace.Cli.csproj");
        Assert.That(package.ToolFiles.Where(f => f.EndsWith(".pdb", StringComparison.Ordinal) && f.StartsWith("runtimes/", StringComparison.Ordinal)), Is.Empty, "SkiaSharp's native PDBs stay out");
    }

    /// <summary>
    /// The install resolves the pointer through the SDK's RID graph from the RID of the runtime it runs on; the host's
    /// DOTNET_RUNTIME_ID stands in for another machine's. A RID missing from the graph resolves to nothing, so the
    /// distro RIDs here are ones this SDK's graph knows.
    /// </summary>
    [TestCase("linux-x64", "Pace.Tool.linux-x64")]
    [TestCase("rhel.9-x64", "Pace.Tool.linux-x64")]
    [TestCase("linux-musl-x64", "Pace.Tool.linux-musl-x64")]
    [TestCase("alpine.3.18-x64", "Pace.Tool.linux-musl-x64")]
    [TestCase("linux-arm64", "Pace.Tool.any")]
    [TestCase("osx-arm64", "Pace.Tool.any")]
    [TestCase("win-x64", "Pace.Tool.any")]
    public void Dotnet_tool_install_picks_the_package_of_the_platform(string runtimeIdentifier, string expected)
    {
        var tools = PackageFixture.NewFolder("tools-as-" + runtimeIdentifier);
        var environment = new Dictionary<string, string?>(PackageFixture.Environment) { ["DOTNET_RUNTIME_ID"] = runtimeIdentifier };
        var install = DotNet.Run(PackageFixture.Root, environment,
            "tool", "install", "Pace.Tool", "--tool-path", tools, "--version", PackageFixture.Version, "--configfile", PackageFixture.NuGetConfig, "-v", "d");
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        Assert.That(install.Output, Does.Contain($"Target RID: {runtimeIdentifier}"), "DOTNET_RUNTIME_ID did not reach the install: " + install);
        var store = Path.Combine(tools, ".store", "pace.tool", PackageFixture.Version.ToLowerInvariant());
        var installed = Directory.GetDirectories(store).Select(Path.GetFileName).Where(d => d != "pace.tool");
        Assert.That(installed, Is.EqualTo(new[] { expected.ToLowerInvariant() }), install.ToString());
    }

    /// <summary>A RID-specific tool package whose command is run as given.</summary>
    private static void AssertRidPackage(Nupkg package, string runner, string entryPoint)
    {
        Assert.That(package.PackageTypes, Is.EqualTo(new[] { "DotnetToolRidPackage" }));
        var command = package.ToolSettings.Descendants("Command").Single();
        Assert.That((string?)command.Attribute("Runner"), Is.EqualTo(runner), $"{package.Path}: how the command runs");
        Assert.That((string?)command.Attribute("EntryPoint"), Is.EqualTo(entryPoint), $"{package.Path}: what it runs");
    }

    [GeneratedRegex(@"glibc (?<version>\d+\.\d+) or later")]
    private static partial Regex GlibcFloor();
}
