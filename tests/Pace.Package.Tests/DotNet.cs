using System.Diagnostics;
using System.Text;

namespace Pace.Package.Tests;

/// <summary>What a child process did: its exit code and what it printed (stdout and stderr interleaved by line).</summary>
internal sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>What it printed on stdout alone (the two streams' interleaving in <see cref="Output"/> depends on timing).</summary>
    public string StandardOutput { get; init; } = string.Empty;

    /// <summary>What it printed on stderr alone.</summary>
    public string StandardError { get; init; } = string.Empty;

    public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s:\n{Output}";
}

/// <summary>Runs <c>dotnet</c> (and the installed tool) as child processes, isolated from the test host's MSBuild environment.</summary>
internal static class DotNet
{
    /// <summary>The dotnet host running the tests; falls back to the one on PATH.</summary>
    public static string Host { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Start(Host, workingDirectory, environment, TimeSpan.FromMinutes(8), arguments);

    public static ProcessResult Start(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` hands its MSBuild settings to the test host; a child build must find its own SDK and targets.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name is "DOTNET_HOST_PATH")
            {
                start.Environment.Remove(name);
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var stdoutDone = new ManualResetEventSlim();
        var stderrDone = new ManualResetEventSlim();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, stdout, stdoutDone);
        process.ErrorDataReceived += (_, e) => Append(e.Data, stderr, stderrDone);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {timeout}:\n{output}");
        }

        // A build server that inherited the pipes could keep them open: wait a little for the last lines, not forever.
        stdoutDone.Wait(TimeSpan.FromSeconds(10));
        stderrDone.Wait(TimeSpan.FromSeconds(10));
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString(), clock.Elapsed) { StandardOutput = stdout.ToString(), StandardError = stderr.ToString() };
        }

        void Append(string? line, StringBuilder stream, ManualResetEventSlim done)
        {
            if (line is null)
            {
                done.Set();
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
                stream.AppendLine(line);
            }
        }
    }
}
