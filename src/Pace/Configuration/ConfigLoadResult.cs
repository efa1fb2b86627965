namespace Pace.Configuration;

/// <summary>The outcome of reading a <c>pace.config.yaml</c>: the configuration, or its load errors.</summary>
public sealed class ConfigLoadResult
{
    internal ConfigLoadResult(PaceConfig? config, IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostics = new Findings(diagnostics);
        Config = Diagnostics.HasErrors ? null : config;
    }

    /// <summary>The configuration; <see langword="null"/> when the file had load errors.</summary>
    public PaceConfig? Config { get; }

    /// <summary>The load errors (<c>PACE1xx</c>), located in the configuration file, in file order.</summary>
    public Findings Diagnostics { get; }

    /// <summary>Whether the configuration was read without errors.</summary>
    public bool Succeeded => Config is not null;
}
