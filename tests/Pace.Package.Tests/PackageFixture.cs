using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Runtime.InteropServices;

namespace Pace.Package.Tests;

/// <summary>
/// Packs the repository once per test run into a temporary local feed with <c>tools/pack.sh</c>, the command a release
/// packs with (so the tests install exactly what would ship), and sets up what every consumer shares:
/// a work folder outside the repository with its own <c>nuget.config</c> (the feed plus the machine's NuGet
/// source) and a fresh packages folder, so a stale cache cannot hide a packaging problem.
/// </summary>
/// <remarks>
/// Packages that are not Pace's (YamlDotNet, SkiaSharp…) are taken from the machine's global packages folder as
/// a read-only fallback, which saves downloading ~600 MB of SkiaSharp natives per run; Pace's own packages at the
/// packed version are removed from that folder first. Set <c>PACE_PACKAGE_TESTS_ISOLATED=1</c> to restore
/// everything from the NuGet source instead.
/// </remarks>
[SetUpFixture]
public sealed partial class PackageFixture
{
    /// <summary>The ids of the packages in the feed (Pace, Pace.Rendering, Pace.Build, Pace.Tool and its RID packages).</summary>
    public static IReadOnlyList<string> PackageIds { get; private set; } = [];

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The temporary folder of this run, outside the repository.</summary>
    public static string Root { get; private set; } = string.Empty;

    public static string Feed => Path.Combine(Root, "feed");

    public static string Packages => Path.Combine(Root, "packages");

    public static string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>The version the packages were packed with.</summary>
    public static string Version { get; private set; } = string.Empty;

    public static TimeSpan PackTime { get; private set; }

    /// <summary>Whether Pace.Tool was packed as RID-specific packages (a pointer, Pace.Tool.linux-x64 as Native AOT, …), not as the one portable package.</summary>
    public static bool ToolIsRidSpecific { get; private set; }

    /// <summary>
    /// Why the feed may lack the Native AOT package, or null when it must have it: tools/pack.sh builds it on a linux-x64
    /// glibc machine unless <c>PACE_PACK_AOT=0</c>.
    /// </summary>
    public static string? NoAotReason { get; } =
        System.Environment.GetEnvironmentVariable("PACE_PACK_AOT") == "0" ? "packed with PACE_PACK_AOT=0 (no Native AOT toolchain)"
        : !IsLinuxX64Glibc ? "these tests check the Native AOT package on linux-x64 (glibc) only"
        : null;

    /// <summary>The RIDs whose ReadyToRun code tools/pack.sh puts into Pace.Tool.any in this run: PACE_PACK_R2R, else this machine's RID.</summary>
    public static IReadOnlyList<string> ReadyToRunRuntimes { get; } =
        System.Environment.GetEnvironmentVariable("PACE_PACK_R2R") is { } configured
            ? configured == "0" ? [] : configured.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            : [RuntimeInformation.RuntimeIdentifier];

    /// <summary>Whether this machine is linux-x64 with glibc, where <c>dotnet tool install Pace.Tool</c> gets the Native AOT package.</summary>
    public static bool IsLinuxX64Glibc =>
        OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64
        && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal) && !RuntimeInformation.RuntimeIdentifier.StartsWith("alpine", StringComparison.Ordinal);

    /// <summary>The path of a package in the feed.</summary>
    public static string Nupkg(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Environment for every child dotnet: quiet, no telemetry, no lingering build servers, our packages folder.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; private set; } = new Dictionary<string, string?>();

    private static readonly Stopwatch RunClock = new();

    [OneTimeSetUp]
    public void PackOnce()
    {
        RunClock.Start();
        Root = Path.Combine(Path.GetTempPath(), "pace-package-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        // Stop MSBuild's and NuGet's upward search for settings at our folder, whatever lies above it.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        var quiet = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",

            // MSBuild worker nodes end with each build; the compiler server stays shared (it redirects its own
            // output, so it does not hold our pipes), which keeps the Release build of the pack fast.
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

        // The consumers get a packages folder and a CLI home of their own: the CLI home holds the local-tool
        // resolver cache, which would otherwise remember Pace.Tool at this version in an earlier run's folder.
        Environment = new Dictionary<string, string?>(quiet)
        {
            ["NUGET_PACKAGES"] = Packages,
            ["DOTNET_CLI_HOME"] = Path.Combine(Root, "cli-home"),
        };

        // The repository itself packs with the machine's own settings and packages folder, as a developer's would,
        // and with the release's command: tools/pack.sh (PACE_PACK_AOT, if set, reaches it through the environment).
        // ReadyToRun code goes into Pace.Tool.any for this machine's platform only, unless PACE_PACK_R2R says otherwise:
        // each other platform costs a compile and a download of its runtime pack, and runs on its own machine anyway.
        var packEnvironment = new Dictionary<string, string?>(quiet) { ["PACE_PACK_R2R"] = ReadyToRunRuntimes.Count == 0 ? "0" : string.Join(' ', ReadyToRunRuntimes) };
        var pack = DotNet.Start("bash", RepositoryRoot, packEnvironment, TimeSpan.FromMinutes(20), Path.Combine(RepositoryRoot, "tools", "pack.sh"), Feed);
        PackTime = pack.Elapsed;
        Assert.That(pack.ExitCode, Is.Zero, $"tools/pack.sh failed: {pack}");
        TestContext.Progress.WriteLine($"pack (tools/pack.sh): {pack.Elapsed.TotalSeconds:0.0} s");

        var packed = Directory.GetFiles(Feed, "Pace.*.nupkg").Select(f => Path.GetFileName(f)).ToList();
        var match = packed.Select(f => PaceVersion().Match(f)).FirstOrDefault(m => m.Success);
        Assert.That(match, Is.Not.Null, $"no Pace.<version>.nupkg in {string.Join(", ", packed)}");
        Version = match!.Groups["version"].Value;
        PackageIds = packed.Select(f => f[..^$".{Version}.nupkg".Length]).Order(StringComparer.Ordinal).ToList();
        ToolIsRidSpecific = PackageIds.Contains("Pace.Tool.any");
        TestContext.Progress.WriteLine($"packed {Version}: {string.Join(", ", PackageIds)}");

        WriteNuGetConfig();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        TestContext.Progress.WriteLine($"package tests: {RunClock.Elapsed.TotalSeconds:0.0} s in all (pack {PackTime.TotalSeconds:0.0} s)");
        if (System.Environment.GetEnvironmentVariable("PACE_PACKAGE_TESTS_KEEP") != "1" && Root.Length > 0 && Directory.Exists(Root))
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the OS later.
            }
        }
    }

    /// <summary>A new empty folder under the run's root.</summary>
    public static string NewFolder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static void WriteNuGetConfig()
    {
        var isolated = System.Environment.GetEnvironmentVariable("PACE_PACKAGE_TESTS_ISOLATED") == "1";
        var fallback = string.Empty;
        if (!isolated)
        {
            var machine = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

            // A Pace package at this version in the fallback folder would win over the feed: remove it.
            foreach (var id in PackageIds)
            {
                var stale = Path.Combine(machine, id.ToLowerInvariant(), Version.ToLowerInvariant());
                if (Directory.Exists(stale))
                {
                    Directory.Delete(stale, recursive: true);
                }
            }

            fallback = $"""
                  <fallbackPackageFolders>
                    <add key="machine" value="{machine}" />
                  </fallbackPackageFolders>
                """;
        }

        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="pace-under-test" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <!-- Pace's ids come from the feed under test only, never from a same-named package elsewhere. -->
              <packageSourceMapping>
                <packageSource key="pace-under-test">
                  <package pattern="Pace" />
                  <package pattern="Pace.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            {fallback}
            </configuration>
            """);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pace.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^Pace\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PaceVersion();
}
