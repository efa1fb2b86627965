using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Robustness;

/// <summary>Loading and validating share no state between calls: 8 threads, many rounds, identical findings every time.</summary>
public class ThreadSafetyTests
{
    private const int Threads = 8;
    private const int Rounds = 25;

    /// <summary>One run over every example: load, validate, and describe every finding (load errors or rule findings).</summary>
    private static List<string> Run(IReadOnlyList<(string File, string Text)> examples)
    {
        var lines = new List<string>();
        foreach (var (file, text) in examples)
        {
            var loaded = ChartReader.Read(text, file);
            var diagnostics = loaded.Chart is { } chart ? ChartValidator.Default.Validate(chart) : loaded.Diagnostics;
            lines.Add($"{file}: loaded={loaded.Succeeded}");
            lines.AddRange(diagnostics.Select(d => $"  {d} [{d.Path}]"));

            // The renderer's layout joins here once it is on this branch (the lead adds it).
        }

        return lines;
    }

    [Test]
    public void Load_and_validate_from_eight_threads_give_identical_findings()
    {
        var examples = Outcome.ExampleFiles().Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        Assert.That(examples, Has.Count.GreaterThanOrEqualTo(3));
        var expected = Run(examples);
        Assert.That(expected.Count(l => l.StartsWith("  ", StringComparison.Ordinal)), Is.GreaterThan(0), "the invalid examples give findings");

        using var start = new Barrier(Threads);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                var actual = Run(examples);
                if (!actual.SequenceEqual(expected))
                {
                    failures.Add($"thread {t}, round {round}: " + string.Join("\n", actual.Except(expected).Take(5)));
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        foreach (var worker in workers)
        {
            Assert.That(worker.Join(TimeSpan.FromSeconds(60)), Is.True, "a thread did not finish");
        }

        Assert.That(failures, Is.Empty);
    }
}
