using System.Diagnostics;

namespace Pace.Cli.Tests;

/// <summary>The real executable in a separate process: exit codes, streams, no stack traces, Ctrl+C-free commands.</summary>
public class ProcessTests
{
    private static (int Exit, string Out, string Err) Exec(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pace.Cli.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(60_000), Is.True, "pace did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Test]
    public void Validate_as_a_process_prints_findings_and_exits_1()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));
        var (exit, output, error) = Exec("validate", file, "--format", "msbuild");
        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(output, Does.Contain($"{file}(13,12): error PACE002: "));
    }

    [Test]
    public void Render_as_a_process_writes_a_pdf()
    {
        var dir = PaceTool.TempFolder();
        var pdf = Path.Combine(dir, "w.pdf");
        var (exit, _, error) = Exec("render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", pdf);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(File.ReadAllBytes(pdf).AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public void A_missing_file_is_exit_2_with_one_line_and_no_stack_trace()
    {
        var (exit, output, error) = Exec("render", "nope.pace.yaml");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error + output, Does.Not.Contain(" at "));
    }

    [Test]
    public void Help_lists_every_command()
    {
        var (exit, output, _) = Exec("--help");
        Assert.That(exit, Is.EqualTo(0));
        foreach (var command in new[] { "validate", "render", "init", "schema", "diff", "export", "explain" })
        {
            Assert.That(output, Does.Contain(command));
        }
    }
}
