namespace Pace.Package.Tests;

/// <summary>A project with a PackageReference to Pace.Build: its charts are checked on <c>dotnet build</c>.</summary>
[TestFixture]
public sealed class BuildPackageTests
{
    /// <summary>The example with an error: process 'Van lead naar deal' has two owners (PACE002 at 13:12).</summary>
    private static readonly string TwoOwners = Path.Combine("invalid", "two-owners.pace.yaml");

    /// <summary>What MSBuild's detailed log says when every stamp is newer than its chart and the settings.</summary>
    private const string NotCheckedAgain = "Skipping target \"PaceValidateCharts\" because all output files are up-to-date";

    [Test]
    public void A_broken_chart_fails_the_build_at_its_line_and_a_fixed_one_builds_and_is_not_checked_again()
    {
        var (project, _) = NewProject("Sample", "acme-software.pace.yaml", Path.Combine("charts", "acme.pace.yaml"));
        var broken = Path.Combine(project, "charts", "broken.pace.yaml");
        Consumer.CopyExample(TwoOwners, broken);
        var stamps = Path.Combine(project, "obj", "Debug", "net10.0", "pace");

        var failed = Consumer.Build(project);
        Assert.That(failed.ExitCode, Is.Not.Zero, failed.ToString());
        Assert.That(failed.LinesWith($"{broken}(13,12): error PACE002: "), Is.Not.Empty, failed.ToString());
        Assert.That(failed.LinesWith("error MSB"), Is.Empty, "only the chart's own error: " + failed);
        Assert.That(Directory.GetFiles(stamps, "acme*.stamp"), Has.Length.EqualTo(1), "the good chart is stamped although the broken one failed");
        Assert.That(Directory.GetFiles(stamps, "broken*.stamp"), Is.Empty);

        Consumer.CopyExample("brightleaf-foods.pace.yaml", broken);
        var fixedBuild = Consumer.Build(project);
        Assert.That(fixedBuild.ExitCode, Is.Zero, fixedBuild.ToString());
        Assert.That(Directory.GetFiles(stamps, "*.stamp"), Has.Length.EqualTo(2));

        var again = Consumer.Build(project, "-v:d");
        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.That(again.Output, Does.Contain(NotCheckedAgain), "an unchanged chart is checked again");
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
        Assert.That(package.Files.Where(f => f.StartsWith("tasks/", StringComparison.Ordinal)), Is.EqualTo(new[] { "tasks/netstandard2.0/Pace.Build.Tasks.dll" }), "the stamping task, for every MSBuild");

        var runtimeConfig = System.Text.Json.JsonDocument.Parse(package.Text("tools/pace/Pace.Cli.runtimeconfig.json")).RootElement.GetProperty("runtimeOptions");
        Assert.That(runtimeConfig.GetProperty("framework").GetProperty("version").GetString(), Does.Match(@"^\d+\.0\.0$"),
            "pinned to a patch release: an older .NET 10 runtime would refuse to run it");
        Assert.That(runtimeConfig.GetProperty("rollForward").GetString(), Is.EqualTo("Major"));
    }

    /// <summary>
    /// PaceRules separated by ; or , — in the project file as written, on the command line escaped (%3B, %2C) or
    /// quoted, since MSBuild splits a -p value at both.
    /// </summary>
    [TestCase("project", "PACE002=warning;PACE009=off")]
    [TestCase("project", "PACE002=warning, PACE009=off")]
    [TestCase("command", "-p:PaceRules=PACE002=warning%3BPACE009=off")]
    [TestCase("command", "-p:PaceRules=PACE002=warning%2CPACE009=off")]
    [TestCase("command", "-p:PaceRules=\"PACE002=warning,PACE009=off\"")]
    public void PaceRules_takes_either_separator(string where, string rules)
    {
        var (project, chart) = NewProject("Rules", TwoOwners, "two-owners.pace.yaml");
        if (where == "project")
        {
            SetProperty(project, "PaceRules", rules);
        }

        var build = where == "project" ? Consumer.Build(project) : Consumer.Build(project, rules);
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(build.LinesWith($"{chart}(13,12): warning PACE002: "), Is.Not.Empty, build.ToString());
        Assert.That(build.LinesWith("PACE009"), Is.Empty, "the second rule applies too: " + build);
    }

    /// <summary>
    /// -warnaserror on the command line, which no property shows: the chart's warnings fail the build every time until
    /// they are fixed, not once (the stamp keeps them, and every build logs them again).
    /// </summary>
    [Test]
    public void Warnaserror_fails_every_build_until_the_warning_is_fixed()
    {
        var (project, chart) = NewProject("Strict", "acme-software.pace.yaml", "acme.pace.yaml");
        for (var run = 1; run <= 2; run++)
        {
            var strict = Consumer.Build(project, "-warnaserror");
            Assert.That(strict.ExitCode, Is.Not.Zero, $"run {run}: {strict}");
            Assert.That(strict.LinesWith($"{chart}{Salespipeline.Missed}: error PACE018: "), Is.Not.Empty, $"run {run}: {strict}");
        }

        var plain = Consumer.Build(project);
        Assert.That(plain.ExitCode, Is.Zero, plain.ToString());
        var again = Consumer.Build(project, "-v:d");
        Assert.That(again.Output, Does.Contain(NotCheckedAgain), "not checked again");
        Assert.That(again.LinesWith($"{chart}{Salespipeline.Missed}: warning PACE018: "), Is.Not.Empty, "its warnings shown all the same: " + again);

        File.WriteAllText(chart, File.ReadAllText(chart) + "rules:\n  PACE018: off\n  PACE020: off\n  PACE023: off\n");
        var fixedBuild = Consumer.Build(project, "-warnaserror");
        Assert.That(fixedBuild.ExitCode, Is.Zero, fixedBuild.ToString());
    }

    /// <summary>The project's own warning settings apply to PACE codes as they do to the compiler's.</summary>
    [Test]
    public void TreatWarningsAsErrors_WarningsNotAsErrors_WarningsAsErrors_and_NoWarn_apply_to_PACE_codes()
    {
        var (project, chart) = NewProject("Warnings", "acme-software.pace.yaml", "acme.pace.yaml");
        SetProperty(project, "TreatWarningsAsErrors", "true");
        SetProperty(project, "WarningsNotAsErrors", "$(WarningsNotAsErrors);PACE020");
        for (var run = 1; run <= 2; run++)
        {
            var strict = Consumer.Build(project);
            Assert.That(strict.ExitCode, Is.Not.Zero, $"run {run}: {strict}");
            Assert.That(strict.LinesWith($"{chart}{Salespipeline.Missed}: error PACE018: "), Is.Not.Empty, $"run {run}: {strict}");
            Assert.That(strict.LinesWith($"{chart}{Salespipeline.Streak}: warning PACE020: "), Is.Not.Empty, $"run {run}: WarningsNotAsErrors: {strict}");
        }

        Consumer.WriteProject(project, "Warnings", "Library", "Pace.Build");   // the first two settings gone
        SetProperty(project, "WarningsAsErrors", "$(WarningsAsErrors);PACE020");
        SetProperty(project, "NoWarn", "$(NoWarn);CS1591;PACE018");
        var listed = Consumer.Build(project);
        Assert.That(listed.ExitCode, Is.Not.Zero, listed.ToString());
        Assert.That(listed.LinesWith($"{chart}{Salespipeline.Streak}: error PACE020: "), Is.Not.Empty, listed.ToString());
        Assert.That(listed.LinesWith("PACE018"), Is.Empty, "NoWarn: " + listed);
    }

    [Test]
    public void PaceLanguage_chooses_the_language_of_the_findings()
    {
        var (project, chart) = NewProject("Language", TwoOwners, "two-owners.pace.yaml");
        var dutch = Consumer.Build(project);
        Assert.That(dutch.LinesWith($"{chart}(13,12): error PACE002: Proces 'Van lead naar deal' heeft 2 eindverantwoordelijken"), Is.Not.Empty, dutch.ToString());
        var english = Consumer.Build(project, "-p:PaceLanguage=en");
        Assert.That(english.LinesWith($"{chart}(13,12): error PACE002: Process 'Van lead naar deal' has 2 owners"), Is.Not.Empty, english.ToString());
    }

    [Test]
    public void PaceRenderPdf_without_a_pinned_tool_says_what_to_do()
    {
        var (project, _) = NewProject("NoTool", "technical-wholesaler.pace.yaml", Path.Combine("charts", "wholesaler.pace.yaml"));
        var build = Consumer.Build(project, "-p:PaceRenderPdf=true", "-p:PaceRules=PACE018=off%3BPACE020=off");
        Assert.That(build.ExitCode, Is.Not.Zero, build.ToString());
        Assert.That(build.LinesWith("error PACE000: Pace.Build: PaceRenderPdf could not draw the charts"), Is.Not.Empty, build.ToString());
        Assert.That(build.LinesWith("dotnet tool install Pace.Tool"), Is.Not.Empty, build.ToString());
        Assert.That(build.LinesWith("MSB3073"), Is.Empty, "not a bare Exec failure: " + build);
    }

    /// <summary>Adds a property to a consumer's project file (the one in its folder), as a user would write it.</summary>
    private static void SetProperty(string project, string property, string value)
    {
        var file = Directory.GetFiles(project, "*.csproj").Single();
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("  </PropertyGroup>", $"    <{property}>{value}</{property}>\n  </PropertyGroup>", StringComparison.Ordinal));
    }

    /// <summary>
    /// The configuration files are inputs of the check: a stricter <c>pace.config.yaml</c> checks a stamped chart again
    /// (it used to leave it passing), and <c>PaceConfig</c> names the one file to use, as <c>--config</c> does.
    /// </summary>
    [Test]
    public void A_changed_configuration_checks_the_charts_again_and_PaceConfig_names_one()
    {
        var (project, chart) = NewProject("Configured", TwoOwners, "two-owners.pace.yaml");
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
        var (project, chart) = NewProject("TeamChecked", "acme-software.pace.yaml", "acme.pace.yaml");
        File.WriteAllText(Path.Combine(project, "pace.config.yaml"), "checks:\n  - code: ACME001\n    level: error\n    forbidden-words: [klanten]\n");

        var build = Consumer.Build(project);
        Assert.That(build.ExitCode, Is.Not.Zero, build.ToString());
        Assert.That(build.LinesWith(": error ACME001: "), Is.Not.Empty.And.All.Contains($"{chart}("), "at the chart's line: " + build);
    }

    [Test]
    public void PaceRenderPdf_draws_each_chart_into_the_output_folder_with_the_repositorys_pinned_tool()
    {
        var (project, _) = NewProject("Render", "acme-software.pace.yaml", Path.Combine("charts", "acme.pace.yaml"));

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

    /// <summary>
    /// A new project <paramref name="name"/> in its own folder, with a PackageReference to Pace.Build and
    /// <paramref name="example"/> copied to <paramref name="chart"/> (a path in the project): the folder and the chart's path.
    /// </summary>
    private static (string Project, string Chart) NewProject(string name, string example, string chart)
    {
        var project = PackageFixture.NewFolder("build-" + name.ToLowerInvariant());
        Consumer.WriteProject(project, name, "Library", "Pace.Build");
        var path = Path.Combine(project, chart);
        Consumer.CopyExample(example, path);
        return (project, path);
    }

    /// <summary>
    /// Where the example's KPI Salespipeline is reported, as MSBuild prints it: its run of misses (PACE020, at its
    /// actuals:) and its last miss (PACE018, at 2026-W43); found in the example so an edit above it moves both along.
    /// </summary>
    private static (string Streak, string Missed) Salespipeline
    {
        get
        {
            var lines = File.ReadAllLines(Path.Combine(Consumer.Examples, "acme-software.pace.yaml"));
            var kpi = Array.IndexOf(lines, "      - name: Salespipeline");
            var actuals = Array.FindIndex(lines, kpi, l => l.Trim() == "actuals:");
            var last = Array.FindIndex(lines, actuals, l => l.Trim() == "2026-W43: 700000");
            Assert.That(kpi >= 0 && actuals > kpi && last > actuals, "the example still has the KPI Salespipeline with its actuals");
            return ($"({actuals + 1},{lines[actuals].IndexOf('a', StringComparison.Ordinal) + 1})", $"({last + 1},{lines[last].IndexOf('2', StringComparison.Ordinal) + 1})");
        }
    }
}
