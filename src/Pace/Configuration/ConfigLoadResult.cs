using Pace.Validation;

namespace Pace.Configuration;

/// <summary>The outcome of reading a <c>pace.config.yaml</c>: the configuration, or its load errors.</summary>
public sealed class ConfigLoadResult
{
    internal ConfigLoadResult(PaceConfig? config, IEnumerable<Diagnostic> diagnostics)
    {
        Result = new ValidationResult(diagnostics);
        Config = Result.HasErrors ? null : config;
    }

    /// <summary>The configuration; <see langword="null"/> when the file had load errors.</summary>
    public PaceConfig? Config { get; }

    /// <summary>The load errors (<c>PACE1xx</c>), located in the configuration file, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The load errors as a result, for reporting.</summary>
    public ValidationResult Result { get; }

    /// <summary>Whether the configuration was read without errors.</summary>
    public bool Succeeded => Config is not null;
}
