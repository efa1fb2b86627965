using System.Xml.Linq;

namespace Pace.Package.Tests;

/// <summary>
/// The RID-specific layout of Pace.Tool, read from the packed packages (docs/packaging.md): a pointer package naming one
/// Native AOT package per platform of src/Pace.Cli/Pace.Cli.csproj and the portable <c>any</c> package; this machine's
/// own AOT package (linux-x64: the others are packed on their own platforms by the release workflow); and which of them
/// <c>dotnet tool install</c> picks for a platform.
/// </summary>
[TestFixture]
public sealed class ToolPackageLayoutTests
{
    [OneTimeSetUp]
    public void RidSpecificToolPackages()
    {
        // On linux-x64 glibc, without PACE_PACK_AOT=0, the layout must be there: these tests then fail rather than skip.
        if (!PackageFixture.ToolIsRidSpecific && PackageFixture.NoAotReason is { } reason)
        {
            EnvironmentLimit.Skip(Limit.NoNativeAot, $"Pace.Tool is the one portable package: {reason}");
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
        Assert.That(packages, Is.EquivalentTo(ToolPlatforms.PackageRuntimeIdentifiers.ToDictionary(rid => rid, rid => $"Pace.Tool.{rid}")));

        // This machine packs its own platform's package and the portable one; tools/check-release.sh requires all of them.
        foreach (var id in new[] { "Pace.Tool.linux-x64", "Pace.Tool.any" })
        {
            Assert.That(File.Exists(PackageFixture.Nupkg(id)), $"{id} is not in the feed");
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
    /// The portable package carries the libraries' ReadyToRun code for each platform of the run (tools/add-ready-to-run.py):
    /// compiled for that OS and architecture, and named in deps.json as that RID's copy, so the host loads it there.
    /// </summary>
    [Test]
    public void The_any_package_carries_ReadyToRun_code_for_each_platform_and_deps_json_names_it()
    {
        using var package = new Nupkg(PackageFixture.Nupkg("Pace.Tool.any"));
        using var deps = System.Text.Json.JsonDocument.Parse(package.ToolBytes("Pace.Cli.deps.json"));
        var named = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject()
            .Where(l => l.Value.TryGetProperty("runtimeTargets", out _))
            .SelectMany(l => l.Value.GetProperty("runtimeTargets").EnumerateObject())
            .Where(t => t.Value.GetProperty("assetType").GetString() == "runtime")
            .Select(t => t.Name)
            .ToList();
        var expected = PackageFixture.ReadyToRunRuntimes
            .SelectMany(rid => new[] { "Pace", "Pace.Rendering", "YamlDotNet", "System.CommandLine" }.Select(name => $"runtimes/{rid}/lib/net10.0/{name}.dll"))
            .ToList();
        Assert.That(named, Is.EquivalentTo(expected), "deps.json's RID-specific libraries");
        foreach (var file in expected)
        {
            var rid = file.Split('/')[1];
            using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(package.ToolBytes(file)));
            Assert.That(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, Is.Positive, $"{file} has no ReadyToRun code");
            Assert.That((int)pe.PEHeaders.CoffHeader.Machine, Is.EqualTo(ReadyToRunMachine(rid)), $"{file} is not compiled for {rid}");
        }

        Assert.That(package.ToolFiles, Does.Contain("Pace.dll"), "the IL-only libraries stay for every other platform");
        using var il = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(package.ToolBytes("Pace.dll")));
        Assert.That(il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, Is.Zero, "the RID-less Pace.dll must be IL only");
    }

    /// <summary>The PE machine of a ReadyToRun image: the architecture's, XOR the OS's marker (none for Windows).</summary>
    private static int ReadyToRunMachine(string rid)
    {
        var architecture = rid.EndsWith("-arm64", StringComparison.Ordinal) ? 0xAA64 : 0x8664;
        var os = rid.StartsWith("win", StringComparison.Ordinal) ? 0 : rid.StartsWith("osx", StringComparison.Ordinal) ? 0x4644 : 0x7B79;
        return architecture ^ os;
    }

    /// <summary>
    /// The install resolves the pointer through the SDK's RID graph from the RID of the runtime it runs on; the host's
    /// DOTNET_RUNTIME_ID stands in for another machine's. A RID missing from the graph resolves to nothing, so the
    /// distro RIDs here are ones this SDK's graph knows. The feed holds this machine's package and the portable one; for
    /// the other platforms the install must ask for their package (and fail here, since they are packed on their own).
    /// </summary>
    [TestCase("linux-x64", "Pace.Tool.linux-x64")]
    [TestCase("rhel.8-x64", "Pace.Tool.linux-x64")]
    [TestCase("linux-musl-x64", "Pace.Tool.linux-musl-x64")]
    [TestCase("alpine.3.18-x64", "Pace.Tool.linux-musl-x64")]
    [TestCase("linux-arm64", "Pace.Tool.linux-arm64")]
    [TestCase("osx-arm64", "Pace.Tool.osx-arm64")]
    [TestCase("osx-x64", "Pace.Tool.osx-x64")]
    [TestCase("win-x64", "Pace.Tool.win-x64")]
    [TestCase("win-arm64", "Pace.Tool.win-arm64")]
    [TestCase("linux-musl-arm64", "Pace.Tool.linux-musl-arm64")]
    [TestCase("linux-arm", "Pace.Tool.any")]
    [TestCase("win-x86", "Pace.Tool.any")]
    public void Dotnet_tool_install_picks_the_package_of_the_platform(string runtimeIdentifier, string expected)
    {
        var tools = PackageFixture.NewFolder("tools-as-" + runtimeIdentifier);
        var environment = new Dictionary<string, string?>(PackageFixture.Environment) { ["DOTNET_RUNTIME_ID"] = runtimeIdentifier };
        var install = DotNet.Run(PackageFixture.Root, environment,
            "tool", "install", "Pace.Tool", "--tool-path", tools, "--version", PackageFixture.Version, "--configfile", PackageFixture.NuGetConfig, "-v", "d");
        Assert.That(install.Output, Does.Contain($"Target RID: {runtimeIdentifier}"), "DOTNET_RUNTIME_ID did not reach the install: " + install);
        if (!File.Exists(PackageFixture.Nupkg(expected)))
        {
            Assert.That(install.ExitCode, Is.Not.Zero, install.ToString());
            Assert.That(install.Output, Does.Contain(expected).IgnoreCase, "the install did not ask for this platform's package: " + install);
            return;
        }

        Assert.That(install.ExitCode, Is.Zero, install.ToString());
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
}
