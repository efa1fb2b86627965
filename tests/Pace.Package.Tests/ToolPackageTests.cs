using System.Diagnostics;

namespace Pace.Package.Tests;

/// <summary><c>dotnet tool install Pace.Tool</c> from the feed, then the installed <c>pace</c> on the examples.</summary>
[TestFixture]
public sealed class ToolPackageTests
{
    private string _tools = string.Empty;
    private string _work = string.Empty;

    private string Pace => Path.Combine(_tools, OperatingSystem.IsWindows() ? "pace.exe" : "pace");

    [OneTimeSetUp]
    public void InstallTheTool()
    {
        _tools = PackageFixture.NewFolder("tools");
        _work = PackageFixture.NewFolder("tool-work");
        var clock = Stopwatch.StartNew();
        var install = DotNet.Run(_work, PackageFixture.Environment,
            "tool", "install", "Pace.Tool", "--tool-path", _tools, "--version", PackageFixture.Version, "--configfile", PackageFixture.NuGetConfig);
        TestContext.Progress.WriteLine($"tool install: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        Assert.That(install.Output, Does.Contain("pace"), install.ToString());

        Consumer.CopyExample("acme-software.pace.yaml", Path.Combine(_work, "charts", "acme.pace.yaml"));
        Consumer.CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), Path.Combine(_work, "charts", "two-owners.pace.yaml"));
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
        if (!PackageFixture.RenderingHasLanded)
        {
            Assert.Ignore("TODO(rendering): the renderer is a placeholder; once it lands this checks the PDF's text with PdfPig.");
        }

        Assert.That(Consumer.PdfText(output), Does.Contain("Acme Software"));
    }

    private ProcessResult RunPace(params string[] arguments) =>
        DotNet.Start(Pace, _work, PackageFixture.Environment, TimeSpan.FromMinutes(1), arguments);
}
