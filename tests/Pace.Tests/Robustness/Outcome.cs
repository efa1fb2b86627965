using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>What every read must end in: a chart, or located PACE1xx load errors — within a time bound, and without an exception.</summary>
internal static class Outcome
{
    /// <summary>Generous: the slowest input seen takes milliseconds. Only a hang or a blow-up comes near it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="read"/> on the thread pool, failing the test when it does not finish in time.</summary>
    public static LoadResult Within(Func<LoadResult> read, string what)
    {
        var task = Task.Run(read);
        if (!task.Wait(Timeout))
        {
            Assert.Fail($"{what}: no result within {Timeout.TotalSeconds} s");
        }

        return task.Result;
    }

    /// <summary>Asserts that a read ended in a chart or in located PACE1xx errors only.</summary>
    public static void AssertWellFormed(LoadResult result, string what)
    {
        if (result.Succeeded)
        {
            Assert.That(result.Diagnostics, Is.Empty, what);
            return;
        }

        Assert.That(result.Diagnostics, Is.Not.Empty, $"{what}: no chart, yet no load error");
        foreach (var d in result.Diagnostics)
        {
            Assert.That(d.Code, Does.Match("^PACE1[0-9][0-9]$"), $"{what}: {d}");
            Assert.That(d.Severity, Is.EqualTo(Severity.Error), $"{what}: {d}");
            Assert.That(d.Span, Is.Not.Null, $"{what}: {d} has no location");
            Assert.That(d.Span!.StartLine, Is.GreaterThanOrEqualTo(1), $"{what}: {d}");
            Assert.That(d.Span.StartColumn, Is.GreaterThanOrEqualTo(1), $"{what}: {d}");
            Assert.That(d.Message, Is.Not.Empty, $"{what}: {d}");
            Assert.That(d.Message, Does.Not.Contain('\n').And.Not.Contain('\r'), $"{what}: a message must be one line");
        }
    }

    /// <summary>Reads raw bytes the way a file is read (strict UTF-8), bounded in time, and checks the outcome.</summary>
    public static LoadResult ReadBytes(byte[] bytes, string what, ChartReaderOptions? options = null)
    {
        var result = Within(
            () =>
            {
                using var stream = new MemoryStream(bytes, writable: false);
                return ChartReader.ReadAsync(stream, "input.pace.yaml", options).GetAwaiter().GetResult();
            },
            what);
        AssertWellFormed(result, what);
        return result;
    }

    /// <summary>Reads text, bounded in time, and checks the outcome.</summary>
    public static LoadResult ReadText(string text, string what, ChartReaderOptions? options = null)
    {
        var result = Within(() => ChartReader.Read(text, "input.pace.yaml", options), what);
        AssertWellFormed(result, what);
        return result;
    }

    /// <summary>The examples shipped with the repository, copied beside the tests.</summary>
    public static IEnumerable<string> ExampleFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.pace.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
}
