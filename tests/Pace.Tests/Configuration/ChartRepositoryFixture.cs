using Pace.Tests.Files;

namespace Pace.Tests.Configuration;

/// <summary>
/// A repository in a fresh temporary folder for each test (<c>repo/.git</c>, <c>repo/charts/sales</c>), and a chart
/// in it on which rules fire whose levels configuration files can then set.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public abstract class ChartRepositoryFixture
{
    /// <summary>The temporary folder the repository is in.</summary>
    private protected TempFolder Folder { get; private set; } = null!;

    /// <summary>The chart, written at <c>repo/charts/sales/a.pace.yaml</c>.</summary>
    protected string Chart => Folder.Write("repo/charts/sales/a.pace.yaml", RuleChartText);

    // PACE016 (info) and PACE014 (info) fire on this chart: ann owns four processes, one named after a department.
    internal static string RuleChartText => string.Join('\n', [
        "pace: 1", "organization: Test", "processes:",
        .. Enumerable.Range(1, 4).SelectMany(i => new[]
        {
            $"  - name: {(i == 1 ? "Sales" : "Flow " + i)}", "    owner: ann", "    kpis:",
            "      - {name: A, target: 1, unit: x, cadence: week, timing: leading, focus: output}",
            "      - {name: B, target: 1, unit: x, cadence: week, timing: lagging, focus: output}",
            "      - {name: C, target: 1, unit: x, cadence: week, timing: lagging, focus: input}",
        }),
        string.Empty]);

    [SetUp]
    public void CreateRepository()
    {
        Folder = new TempFolder();
        Directory.CreateDirectory(Folder["repo/.git"]);
        Directory.CreateDirectory(Folder["repo/charts/sales"]);
    }

    [TearDown]
    public void RemoveRepository() => Folder.Dispose();
}
