namespace Pace.Analysis;

/// <summary>Which way a KPI's values move (not whether that is good: see <see cref="TrendAnalysis.IsImproving"/>).</summary>
public enum Trend
{
    /// <summary>No trend is claimed: fewer than six actuals (A002: "Een trend openbaart zich met zes KPI's").</summary>
    None,

    /// <summary>The values go up.</summary>
    Rising,

    /// <summary>The values go down.</summary>
    Falling,

    /// <summary>The values hold steady, within the flat band.</summary>
    Flat,
}
