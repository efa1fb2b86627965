namespace Pace;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Advice: worth a look, never fails a build by default.</summary>
    Info,

    /// <summary>Something the method warns against.</summary>
    Warning,

    /// <summary>The chart breaks an accountability rule or could not be read.</summary>
    Error,
}
