namespace Pace.Tests.Configuration;

/// <summary>
/// <see cref="ChartChecker.CheckFileAsync"/> and <see cref="ChartChecker.CheckAsync"/> read the configuration files
/// asynchronously, through their own path: they must find, merge, stop and distrust exactly as
/// <see cref="ChartChecker.CheckFile"/> does. Each check uses a fresh checker, so nothing comes from a cache the
/// synchronous path filled.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class AsyncConfigurationChainTests : ChartRepositoryFixture
{
    [Test]
    public async Task The_merged_chain_is_the_one_the_synchronous_check_finds()
    {
        Folder.Write("repo/pace.config.yaml", "language: nl\nrules:\n  PACE016: warning\n  PACE014: error\n");
        Folder.Write("repo/charts/sales/pace.config.yaml", "rules:\n  PACE016: off\n");
        var chart = Chart;

        var expected = new ChartChecker().CheckFile(chart);
        var fromFile = await new ChartChecker().CheckFileAsync(chart);
        await using var stream = File.OpenRead(chart);
        var fromStream = await new ChartChecker().CheckAsync(stream, chart);

        Assert.Multiple(() =>
        {
            Assert.That(expected.Diagnostics.Any(d => d is { Code: "PACE014", Severity: Severity.Error }), Is.True, "the root file applies (the control)");
            foreach (var check in new[] { fromFile, fromStream })
            {
                Assert.That(check.Diagnostics, Is.EqualTo(expected.Diagnostics));
                Assert.That(check.Language, Is.EqualTo(ChartLanguage.Dutch));
                Assert.That(check.Configuration!.Files, Is.EqualTo(new[] { Folder["repo/pace.config.yaml"], Folder["repo/charts/sales/pace.config.yaml"] }));
            }
        });
    }

    [Test]
    public async Task Root_true_stops_the_asynchronous_search_before_the_file_above_is_read()
    {
        // The file above is not even valid: reading it would throw.
        Folder.Write("repo/pace.config.yaml", "rules: [broken\n");
        Folder.Write("repo/charts/pace.config.yaml", "root: true\nrules:\n  PACE016: warning\n");

        var check = await new ChartChecker().CheckFileAsync(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE016").Severity, Is.EqualTo(Severity.Warning));
            Assert.That(check.Configuration!.Files, Is.EqualTo(new[] { Folder["repo/charts/pace.config.yaml"] }));
        });
    }

    [Test]
    public void A_broken_configuration_file_is_a_configuration_exception_asynchronously_too()
    {
        var config = Folder.Write("repo/charts/pace.config.yaml", "rules: [broken\n");
        var chart = Chart;

        var thrown = Assert.ThrowsAsync<ConfigurationException>(async () => await new ChartChecker().CheckFileAsync(chart));
        Assert.That(thrown!.Path, Is.EqualTo(config));
    }

    [Test]
    public async Task A_file_others_can_write_is_ignored_with_the_same_warning()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "Unix file modes");
        }

        var config = Folder.Write("repo/charts/pace.config.yaml", "rules:\n  PACE016: off\n");
        File.SetUnixFileMode(config, (UnixFileMode)0x1B6); // 0666
        var chart = Chart;

        var expected = new ChartChecker().CheckFile(chart);
        var check = await new ChartChecker().CheckFileAsync(chart);

        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Count(d => d.Code == "PACE118"), Is.EqualTo(1));
            Assert.That(check.Diagnostics, Is.EqualTo(expected.Diagnostics));
            Assert.That(check.Configuration, Is.Null);
        });
    }

    [Test]
    public void A_check_cancelled_before_it_starts_is_cancelled_not_checked()
    {
        Folder.Write("repo/pace.config.yaml", "rules:\n  PACE016: warning\n");
        var chart = Chart;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(async () => await new ChartChecker().CheckFileAsync(chart, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
