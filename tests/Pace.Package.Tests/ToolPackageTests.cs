namespace Pace.Package.Tests;

/// <summary>
/// <c>dotnet tool install</c> from the feed, then the installed <c>pace</c> on the examples: once as a user installs it
/// (Pace.Tool: on linux-x64 the Native AOT package), and once the portable fallback Pace.Tool.any installed directly
/// (what every platform without a package of its own gets: Windows, macOS, linux-arm64…).
/// </summary>
[TestFixture("Pace.Tool")]
[TestFixture("Pace.Tool.any")]
public sealed class ToolPackageTests(string packageId)
{
    private string _tools = string.Empty;
    private string _work = string.Empty;

    private string Pace => ToolInstalls.Pace(_tools);

    /// <summary>Whether this install must be the Native AOT executable.</summary>
    private bool ExpectNative => packageId == "Pace.Tool" && PackageFixture.NoAotReason is null;

    [OneTimeSetUp]
    public void InstallTheTool()
    {
        // Where the Native AOT package must be packed, a missing Pace.Tool.any fails the install below instead.
        if (packageId != "Pace.Tool" && !PackageFixture.ToolIsRidSpecific && PackageFixture.NoAotReason is { } reason)
        {
            EnvironmentLimit.Skip(Limit.NoNativeAot, $"{packageId} is not packed: Pace.Tool is the one portable package ({reason})");
        }

        _tools = ToolInstalls.Install(packageId);
        _work = PackageFixture.NewFolder("tool-work-" + packageId);
        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(_work, "charts", "acme.pace.yaml"));
        Consumer.CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), Path.Combine(_work, "charts", "two-owners.pace.yaml"));
    }

    [Test]
    public void The_installed_pace_is_native_AOT_on_linux_x64_and_runs_on_the_dotnet_runtime_elsewhere()
    {
        var store = Path.Combine(_tools, ".store");
        if (ExpectNative)
        {
            // The shim is a link to the package's executable: an ELF program for glibc, alone with SkiaSharp's library.
            var target = File.ResolveLinkTarget(Pace, returnFinalTarget: true);
            Assert.That(target, Is.Not.Null, $"{Pace} is not a link to the tool's executable");
            var executable = target!.FullName;
            Assert.That(Path.GetFileName(executable), Is.EqualTo("Pace.Cli"));
            var elf = Elf.Read(File.ReadAllBytes(executable));
            Assert.That(elf.Interpreter, Is.EqualTo("/lib64/ld-linux-x86-64.so.2"), "not a glibc x64 program");
            var beside = Directory.GetFiles(Path.GetDirectoryName(executable)!).Select(Path.GetFileName).ToList();
            Assert.That(beside, Is.EquivalentTo(new[] { "Pace.Cli", "libSkiaSharp.so", "libHarfBuzzSharp.so", "DotnetToolSettings.xml" }), "an AOT tool has no Pace.Cli.dll, deps.json or runtimeconfig.json");
        }
        else
        {
            Assert.That(Directory.GetFiles(store, "Pace.Cli.dll", SearchOption.AllDirectories), Is.Not.Empty, "no Pace.Cli.dll: not the framework-dependent tool");
            Assert.That(Directory.GetFiles(store, "Pace.Cli.runtimeconfig.json", SearchOption.AllDirectories), Is.Not.Empty);
        }

        // What the process loads (glibc's loader lists it with LD_DEBUG=libs): the AOT program never loads the runtime.
        if (PackageFixture.IsLinuxX64Glibc)
        {
            var run = DotNet.Start(Pace, _work, new Dictionary<string, string?>(PackageFixture.Environment) { ["LD_DEBUG"] = "libs" },
                TimeSpan.FromMinutes(1), "validate", Path.Combine("charts", "acme.pace.yaml"));
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("libc.so.6"), "LD_DEBUG=libs printed nothing: " + run);
            if (ExpectNative)
            {
                Assert.That(run.Output, Does.Not.Contain("libcoreclr.so").And.Not.Contain("libhostfxr.so"), "the AOT tool loaded the .NET runtime");
            }
            else
            {
                Assert.That(run.Output, Does.Contain("libcoreclr.so"), "the framework-dependent tool did not load the .NET runtime");
            }
        }
    }

    /// <summary>On a platform the portable package has ReadyToRun code for, the host loads that copy of the libraries.</summary>
    [Test]
    public void The_portable_tool_runs_the_ReadyToRun_code_of_this_platform()
    {
        if (packageId != "Pace.Tool.any")
        {
            Assert.Pass("not this package's question: the platform package is native code, with no IL to precompile");
        }

        if (!PackageFixture.ReadyToRunRuntimes.Contains(System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier))
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "the portable package carries ReadyToRun code for linux, win and osx on x64 and arm64 only");
        }

        var trace = Path.Combine(_work, "host-trace.txt");
        var environment = new Dictionary<string, string?>(PackageFixture.Environment) { ["COREHOST_TRACE"] = "1", ["COREHOST_TRACEFILE"] = trace };
        var run = DotNet.Start(Pace, _work, environment, TimeSpan.FromMinutes(1), "validate", Path.Combine("charts", "acme.pace.yaml"));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var assemblies = File.ReadAllLines(trace).Single(l => l.Contains("TRUSTED_PLATFORM_ASSEMBLIES", StringComparison.Ordinal));
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        foreach (var name in new[] { "Pace.dll", "YamlDotNet.dll", "System.CommandLine.dll" })
        {
            Assert.That(assemblies, Does.Contain($"runtimes/{rid}/lib/net10.0/{name}"), $"the host did not pick the ReadyToRun {name}");
        }
    }

    [Test]
    public void Validate_reports_a_broken_rule_as_a_located_error_and_exits_with_1()
    {
        var run = RunPace("validate", Path.Combine("charts", "two-owners.pace.yaml"));
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var expected = $"{Path.Combine("charts", "two-owners.pace.yaml")}:13:12: error PACE002: ";
        Assert.That(run.LinesWith(expected), Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.Output, Does.Contain("1 chart checked: 1 error"), run.ToString());
    }

    /// <summary>A team check declared in a configuration runs in the installed tool — the Native AOT one included.</summary>
    [Test]
    public void Validate_runs_a_team_check_from_the_configuration()
    {
        var team = Path.Combine(_work, "team");
        Directory.CreateDirectory(team);
        File.Copy(Path.Combine(_work, "charts", "acme.pace.yaml"), Path.Combine(team, "acme.pace.yaml"), overwrite: true);
        File.WriteAllText(Path.Combine(team, "pace.config.yaml"), "checks:\n  - code: ACME001\n    level: error\n    max-kpis-per-person: 2\n");
        var run = RunPace("validate", Path.Combine("team", "acme.pace.yaml"));
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.LinesWith(": error ACME001: "), Is.Not.Empty, run.ToString());
    }

    [Test]
    public void Validate_passes_a_clean_chart_with_exit_code_0()
    {
        var run = RunPace("validate", Path.Combine("charts", "acme.pace.yaml"));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.LinesWith(": error "), Is.Empty, run.ToString());
    }

    [Test]
    public void A_missing_file_is_a_tool_failure_with_exit_code_2()
    {
        var run = RunPace("validate", "no-such-chart.pace.yaml");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
    }

    [Test]
    public void Render_writes_the_output_file()
    {
        var output = Path.Combine(_work, "acme.pdf");
        var run = RunPace("render", Path.Combine("charts", "acme.pace.yaml"), "-o", output);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(File.Exists(output), output);
        Assert.That(Consumer.PdfText(output), Does.Contain("Acme Software"));
    }

    private ProcessResult RunPace(params string[] arguments) =>
        DotNet.Start(Pace, _work, PackageFixture.Environment, TimeSpan.FromMinutes(1), arguments);
}
