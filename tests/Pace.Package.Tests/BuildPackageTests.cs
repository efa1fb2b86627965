namespace Pace.Package.Tests;

/// <summary>A project with a PackageReference to Pace.Build: its charts are checked on <c>dotnet build</c>.</summary>
[TestFixture]
public sealed class BuildPackageTests
{
    [Test]
    public void A_broken_chart_fails_the_build_at_its_line_and_a_fixed_one_builds_and_is_not_checked_again()
    {
        var project = PackageFixture.NewFolder("build-sample");
        Consumer.WriteProject(project, "Sample", "Library", "Pace.Build");
        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(project, "charts", "acme.pace.yaml"));
        var broken = Path.Combine(project, "charts", "broken.pace.yaml");
        Consumer.CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), broken);

        var failed = Consumer.Build(project);
        Assert.That(failed.ExitCode, Is.Not.Zero, failed.ToString());
        Assert.That(failed.LinesWith($"{broken}(13,12): error PACE002: "), Is.Not.Empty, failed.ToString());
        Assert.That(failed.LinesWith("error MSB"), Is.Empty, "only the chart's own error: " + failed);

        Consumer.CopyExample("brightleaf-foods.pace.yaml", broken);
        var fixedBuild = Consumer.Build(project);
        Assert.That(fixedBuild.ExitCode, Is.Zero, fixedBuild.ToString());
        Assert.That(Directory.GetFiles(Path.Combine(project, "obj", "Debug", "net10.0", "pace"), "*.stamp"), Has.Length.EqualTo(2));

        var again = Consumer.Build(project, "-v:d");
        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.That(again.Output, Does.Contain("Skipping target \"PaceValidateCharts\" because all output files are up-to-date"), "an unchanged chart is checked again");
    }

    /// <summary>
    /// Pace.Build runs the command with <c>dotnet exec</c>, on whatever .NET 10 runtime the build has: its tools/pace/ is
    /// the framework-dependent build, whatever the tool package is made of (the Native AOT packing must not leak into it).
    /// </summary>
    [Test]
    public void The_package_bundles_the_framework_dependent_command_for_any_dotnet_10_runtime()
    {
        using var package = new Nupkg(PackageFixture.Nupkg("Pace.Build"));
        var bundled = package.Files.Where(f => f.StartsWith("tools/pace/", StringComparison.Ordinal)).Select(f => f["tools/pace/".Length..]).ToList();
        Assert.That(bundled, Does.Contain("Pace.Cli.dll").And.Contain("Pace.Cli.deps.json").And.Contain("Pace.Cli.runtimeconfig.json"));
        Assert.That(bundled.Where(f => !f.EndsWith(".dll", StringComparison.Ordinal) && !f.EndsWith(".json", StringComparison.Ordinal)), Is.Empty, "only managed files: no executable, no native library");

        var runtimeConfig = System.Text.Json.JsonDocument.Parse(package.Text("tools/pace/Pace.Cli.runtimeconfig.json")).RootElement.GetProperty("runtimeOptions");
        Assert.That(runtimeConfig.GetProperty("framework").GetProperty("version").GetString(), Does.Match(@"^\d+\.0\.0$"),
            "pinned to a patch release: an older .NET 10 runtime would refuse to run it");
        Assert.That(runtimeConfig.GetProperty("rollForward").GetString(), Is.EqualTo("Major"));
    }

    [Test]
    public void Rule_levels_and_warnings_as_errors_are_project_properties()
    {
        var project = PackageFixture.NewFolder("build-settings");
        Consumer.WriteProject(project, "Settings", "Library", "Pace.Build");
        var chart = Path.Combine(project, "two-owners.pace.yaml");
        Consumer.CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), chart);

        var warned = Consumer.Build(project, "-p:PaceRules=PACE002=warning,PACE016=off");
        Assert.That(warned.ExitCode, Is.Zero, warned.ToString());
        Assert.That(warned.LinesWith($"{chart}(13,12): warning PACE002: "), Is.Not.Empty, warned.ToString());

        var strict = Consumer.Build(project, "-p:PaceRules=PACE002=warning", "-p:PaceTreatWarningsAsErrors=true");
        Assert.That(strict.ExitCode, Is.Not.Zero, strict.ToString());
        Assert.That(strict.LinesWith($"{chart}(13,12): error PACE002: "), Is.Not.Empty, strict.ToString());
    }

    /// <summary>
    /// The configuration files are inputs of the check: a stricter <c>pace.config.yaml</c> checks a stamped chart again
    /// (it used to leave it passing), and <c>PaceConfig</c> names the one file to use, as <c>--config</c> does.
    /// </summary>
    [Test]
    public void A_changed_configuration_checks_the_charts_again_and_PaceConfig_names_one()
    {
        var project = PackageFixture.NewFolder("build-config");
        Consumer.WriteProject(project, "Configured", "Library", "Pace.Build");
        var chart = Path.Combine(project, "two-owners.pace.yaml");
        Consumer.CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), chart);
        var config = Path.Combine(project, "pace.config.yaml");
        File.WriteAllText(config, "rules:\n  PACE002: warning\n");
        File.WriteAllText(Path.Combine(project, "ci.yaml"), "rules:\n  PACE002: off\n");

        var lenient = Consumer.Build(project);
        Assert.That(lenient.ExitCode, Is.Zero, lenient.ToString());
        Assert.That(lenient.LinesWith($"{chart}(13,12): warning PACE002: "), Is.Not.Empty, lenient.ToString());

        File.WriteAllText(config, "rules:\n  PACE002: error\n");
        File.SetLastWriteTimeUtc(config, DateTime.UtcNow.AddSeconds(2)); // newer than the stamp, whatever the clock's grain
        var stricter = Consumer.Build(project);
        Assert.That(stricter.ExitCode, Is.Not.Zero, stricter.ToString());
        Assert.That(stricter.LinesWith($"{chart}(13,12): error PACE002: "), Is.Not.Empty, stricter.ToString());

        var named = Consumer.Build(project, "-p:PaceConfig=ci.yaml");
        Assert.That(named.ExitCode, Is.Zero, named.ToString());
        Assert.That(named.LinesWith("PACE002"), Is.Empty, named.ToString());
    }

    /// <summary>A team check from <c>pace.config.yaml</c> fails the build like a built-in rule, at its line.</summary>
    [Test]
    public void A_team_check_from_the_configuration_fails_the_build()
    {
        var project = PackageFixture.NewFolder("build-team-check");
        Consumer.WriteProject(project, "TeamChecked", "Library", "Pace.Build");
        var chart = Path.Combine(project, "acme.pace.yaml");
        Consumer.CopyExample("acme-software.pace.yaml", chart);
        File.WriteAllText(Path.Combine(project, "pace.config.yaml"), "checks:\n  - code: ACME001\n    level: error\n    forbidden-words: [klanten]\n");

        var build = Consumer.Build(project);
        Assert.That(build.ExitCode, Is.Not.Zero, build.ToString());
        Assert.That(build.LinesWith(": error ACME001: "), Is.Not.Empty, build.ToString());
        Assert.That(build.LinesWith($"{chart}("), Is.Not.Empty, build.ToString());
    }

    [Test]
    public void PaceRenderPdf_draws_each_chart_into_the_output_folder_with_the_repositorys_pinned_tool()
    {
        var project = PackageFixture.NewFolder("build-render");
        Consumer.WriteProject(project, "Render", "Library", "Pace.Build");
        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(project, "charts", "acme.pace.yaml"));

        // The repository pins Pace.Tool in its tool manifest, as docs/msbuild.md says; `dotnet tool restore` installs it.
        Directory.CreateDirectory(Path.Combine(project, ".config"));
        File.WriteAllText(Path.Combine(project, ".config", "dotnet-tools.json"), $$"""
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "pace.tool": { "version": "{{PackageFixture.Version}}", "commands": ["pace"], "rollForward": false }
              }
            }
            """);
        var restore = DotNet.Run(project, PackageFixture.Environment, "tool", "restore", "--configfile", PackageFixture.NuGetConfig);
        Assert.That(restore.ExitCode, Is.Zero, restore.ToString());

        var build = Consumer.Build(project, "-p:PaceRenderPdf=true");
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        var pdf = Path.Combine(project, "bin", "Debug", "net10.0", "acme.pdf");
        Assert.That(File.Exists(pdf), "no PDF in the output folder: " + build);
        Assert.That(Consumer.PdfText(pdf), Does.Contain("Acme Software"));
    }
}
