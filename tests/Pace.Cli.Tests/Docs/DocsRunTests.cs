using System.Diagnostics;

namespace Pace.Cli.Tests.Docs;

/// <summary>
/// Every shell example in README.md and docs/*.md that shows its output is run with the built pace, in a folder that
/// holds a copy of examples/, and must print exactly that output (the folder's path left out). A statement in the
/// docs about what pace prints is then true, or this test fails.
/// </summary>
public class DocsRunTests
{
    public static IEnumerable<TestCaseData> Examples() =>
        DocExample.Documents().SelectMany(DocExample.In).Select(e => new TestCaseData(e).SetName($"Runs as documented: {e}"));

    [Test]
    public void The_docs_have_examples_with_output() =>
        Assert.That(DocExample.Documents().SelectMany(DocExample.In).Select(e => e.File).Distinct(), Does.Contain("README.md").And.Contain(Path.Combine("docs", "getting-started.md")));

    [TestCaseSource(nameof(Examples))]
    public void Runs_as_documented(DocExample example)
    {
        var folder = PaceTool.TempFolder();
        CopyFolder(RepoFiles.Path("examples"), Path.Combine(folder, "examples"));
        foreach (var step in example.SetUp)
        {
            var words = DocExample.Words(step);
            if (words is ["cp", var from, var to])
            {
                File.Copy(RepoFiles.Path(from), Path.Combine(folder, to));
            }
            else
            {
                var arguments = DocExample.PaceArguments(step) ?? throw new AssertionException($"{example}: a set-up step is 'cp FROM TO' or a pace command, not: {step}");
                Run(folder, arguments);
            }
        }

        var printed = new List<string>();
        foreach (var line in example.Commands)
        {
            var arguments = DocExample.PaceArguments(line) ?? throw new AssertionException($"{example}: an example that shows output runs pace, not: {line}");
            printed.Add(Run(folder, arguments));
        }

        var output = string.Concat(printed).Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).TrimEnd('\n');
        Assert.That(output, Is.EqualTo(example.Output), $"{example}: the docs show other output than pace prints");
    }

    /// <summary>Runs the built pace in a folder; its standard output, then its standard error.</summary>
    private static string Run(string folder, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pace.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(60_000), Is.True, "pace did not finish");
        return (stdout.Result + stderr.Result).ReplaceLineEndings("\n");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var sub in Directory.GetDirectories(from))
        {
            CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
        }
    }
}
