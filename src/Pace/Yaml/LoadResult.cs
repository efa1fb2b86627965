using Pace.Model;
using Pace.Validation;

namespace Pace.Yaml;

/// <summary>The outcome of reading a chart file: the chart, when it could be read, and any load errors.</summary>
public sealed class LoadResult
{
    internal LoadResult(Chart? chart, IEnumerable<Diagnostic> diagnostics)
    {
        Result = new ValidationResult(diagnostics);
        Chart = Result.HasErrors ? null : chart;
    }

    /// <summary>The chart; <see langword="null"/> when the file had load errors.</summary>
    public Chart? Chart { get; }

    /// <summary>The load errors (<c>PACE1xx</c>), in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The load errors as a result, for reporting alongside validation.</summary>
    public ValidationResult Result { get; }

    /// <summary>Whether the chart was read without load errors.</summary>
    public bool Succeeded => Chart is not null;
}
