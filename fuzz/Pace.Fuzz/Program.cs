using System.Diagnostics;
using System.Globalization;
using SharpFuzz;

namespace Pace.Fuzz;

/// <summary>
/// Entry point. With no arguments it serves afl-fuzz through SharpFuzz's fork server (see fuzz/run.sh).
/// <c>--replay FILE|DIR…</c> runs saved inputs once each and reports which throw, for turning crashes into tests.
/// <c>--mutate SECONDS SEEDDIR</c> is the fallback when afl-fuzz is not available: an in-process, coverage-blind
/// mutation loop over the same target (random byte and line mutations of the seeds) — much weaker than afl-fuzz,
/// but it needs nothing installed.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Every chart that loads is also laid out (load → validate → layout).
        FuzzTarget.AfterValidate = LayoutStage.Run;
        if (args.Length > 0 && args[0] == "--replay")
        {
            return Replay(args.Skip(1));
        }

        if (args.Length == 3 && args[0] == "--mutate")
        {
            return Mutate(TimeSpan.FromSeconds(double.Parse(args[1], CultureInfo.InvariantCulture)), args[2]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p) : [p]).Order(StringComparer.Ordinal).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                Console.WriteLine(Environment.GetEnvironmentVariable("PACE_FUZZ_VERBOSE") is "1" ? $"{file}: {e}" : $"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        Console.WriteLine($"replayed {files.Count} inputs, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static int Mutate(TimeSpan duration, string seedDirectory)
    {
        var seeds = Directory.GetFiles(seedDirectory).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"no seeds in {seedDirectory}");
            return 2;
        }

        var random = new Random(Environment.TickCount);
        var crashDirectory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seedDirectory))!, "mutate-crashes");
        var clock = Stopwatch.StartNew();
        long executions = 0;
        var crashes = 0;
        while (clock.Elapsed < duration)
        {
            var input = Mutator.Mutate(seeds[random.Next(seeds.Count)], seeds[random.Next(seeds.Count)], random);
            executions++;
            try
            {
                FuzzTarget.Run(input);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashes++;
                Directory.CreateDirectory(crashDirectory);
                var name = Path.Combine(crashDirectory, $"crash-{crashes:D4}.yaml");
                File.WriteAllBytes(name, input);
                Console.WriteLine($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }

        Console.WriteLine($"mutate: {executions} executions in {clock.Elapsed.TotalSeconds:F0} s, {crashes} crashes (coverage-blind, in-process)");
        return crashes == 0 ? 0 : 1;
    }
}
