namespace Pace;

/// <summary>
/// A <c>pace.config.yaml</c> that applies to a chart could not be used: it does not load (its <c>PACE1xx</c>
/// errors are in <see cref="Diagnostics"/>). Checking stops, since the chart's rule levels are unknown; the
/// command exits with 2.
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The configuration file.</param>
    /// <param name="diagnostics">Its load errors.</param>
    public ConfigurationException(string path, Findings diagnostics)
        : base($"{path} is not a valid configuration ({diagnostics.Count} error(s))")
    {
        Path = path;
        Diagnostics = diagnostics;
    }

    /// <summary>The configuration file.</summary>
    public string Path { get; }

    /// <summary>Its load errors, located in the file.</summary>
    public Findings Diagnostics { get; }
}
