namespace Pace.Cli.Tests;

/// <summary>
/// A team's own check from <c>pace.config.yaml</c> through the command: reported with its code and level, counted in
/// the exit code, switched off by <c>--rule</c>, and a broken check refused as a located configuration error.
/// </summary>
public class TeamCheckCommandTests
{
    private static string Repository(string config)
    {
        var folder = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(folder, "acme.pace.yaml"));
        File.WriteAllText(Path.Combine(folder, "pace.config.yaml"), config);
        return folder;
    }

    [Test]
    public void A_team_check_is_reported_with_its_code_and_fails_the_run_at_error_level()
    {
        var folder = Repository("checks:\n  - code: ACME001\n    level: error\n    units: [EUR, '%', dagen]\n");
        try
        {
            var (exit, output, error) = PaceTool.Run("validate", Path.Combine(folder, "acme.pace.yaml"));
            var lines = output.Split('\n').Where(l => l.Contains(" ACME001: ", StringComparison.Ordinal)).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(1), output + error);
                Assert.That(lines, Has.Count.EqualTo(6), output);
                Assert.That(lines, Has.All.Contains("error ACME001: KPI '"));
                Assert.That(lines, Has.Some.Contains("'uur'"));
            });

            var (offExit, offOutput, _) = PaceTool.Run("validate", Path.Combine(folder, "acme.pace.yaml"), "--rule", "acme001=off");
            Assert.That(offOutput, Does.Not.Contain("ACME001"));
            Assert.That(offExit, Is.EqualTo(0), offOutput);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_broken_team_check_is_a_configuration_error_with_its_place()
    {
        var folder = Repository("checks:\n  - code: PACE900\n    units: [EUR]\n");
        try
        {
            var (exit, output, error) = PaceTool.Run("validate", Path.Combine(folder, "acme.pace.yaml"));
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(2), output + error);
                Assert.That(output + error, Does.Contain("pace.config.yaml:2:11: error PACE120:"));
                Assert.That(output + error, Does.Not.Contain("   at "));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
