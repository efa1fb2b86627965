namespace Pace.Rendering.Layout;

/// <summary>
/// The marks of the FACe × PACe matrix, computed from the steps: for each core process and each function, in how
/// many of the process's steps the function takes part, and whether the process owner holds the function's seat.
/// A function takes part in a step that names it under <c>functions:</c> (names compared as the rules compare them:
/// trimmed, ignoring case); a step that names no functions but names people counts the functions whose seats those
/// people hold, so a chart that says only who does a step still shows on the matrix.
/// </summary>
internal sealed class FaceMatrix
{
    private readonly int[,] _steps;
    private readonly bool[,] _ownerSeat;

    private FaceMatrix(int processes, int functions)
    {
        _steps = new int[processes, functions];
        _ownerSeat = new bool[processes, functions];
    }

    /// <summary>The number of processes (rows).</summary>
    public int Processes => _steps.GetLength(0);

    /// <summary>The number of functions (columns).</summary>
    public int Functions => _steps.GetLength(1);

    /// <summary>The steps of process <paramref name="process"/> that function <paramref name="function"/> takes part in.</summary>
    public int Steps(int process, int function) => _steps[process, function];

    /// <summary>Whether the single owner of process <paramref name="process"/> holds the seat of function <paramref name="function"/>.</summary>
    public bool OwnerSeat(int process, int function) => _ownerSeat[process, function];

    /// <summary>Computes the matrix of a chart; empty (0 columns) for a chart without functions.</summary>
    public static FaceMatrix Of(Chart chart)
    {
        var functions = chart.Functions ?? [];
        var matrix = new FaceMatrix(chart.Processes.Count, functions.Count);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var f = 0; f < functions.Count; f++)
        {
            if (functions[f].Name?.Trim() is { Length: > 0 } name)
            {
                index.TryAdd(name, f);
            }
        }

        for (var p = 0; p < chart.Processes.Count; p++)
        {
            var process = chart.Processes[p];
            var owner = process.Owner?.Trim();
            for (var f = 0; f < functions.Count; f++)
            {
                matrix._ownerSeat[p, f] = owner is { Length: > 0 } && functions[f].Owners.Any(o => string.Equals(o?.Trim(), owner, StringComparison.Ordinal));
            }

            foreach (var step in process.Steps)
            {
                var taking = new HashSet<int>();
                foreach (var name in step.Functions)
                {
                    if (name is not null && index.TryGetValue(name.Trim(), out var f))
                    {
                        taking.Add(f);
                    }
                }

                if (step.Functions.Count == 0)
                {
                    var people = step.People.Select(x => x?.Trim()).OfType<string>().ToHashSet(StringComparer.Ordinal);
                    for (var f = 0; f < functions.Count; f++)
                    {
                        if (functions[f].Owners.Any(o => o is not null && people.Contains(o.Trim())))
                        {
                            taking.Add(f);
                        }
                    }
                }

                foreach (var f in taking)
                {
                    matrix._steps[p, f]++;
                }
            }
        }

        return matrix;
    }
}
