using System.Text.Json;

namespace Pace.Cli.Tests;

/// <summary>
/// Folder walks and globs: each real file once, links followed only inside the folder named, loops and links out
/// reported and skipped with nothing of their target shown, <c>*.pace.yml</c> found, a missing file one line. Every
/// walk is bounded in time by the test, so an exponential walk fails instead of hanging the run.
/// </summary>
public class WalkTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [SetUp]
    public void OnUnix()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "symbolic links as Unix has them");
        }
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var task = Task.Run(() => PaceTool.Run(args));
        Assert.That(task.Wait(Bound), Is.True, $"pace {string.Join(' ', args)} did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }

    private static string Charts()
    {
        var dir = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "charts", "sub"));
        File.Copy(PaceTool.Example("technical-wholesaler.pace.yaml"), Path.Combine(dir, "charts", "a.pace.yaml"));
        File.Copy(PaceTool.Example("brightleaf-foods.pace.yaml"), Path.Combine(dir, "charts", "sub", "b.pace.yml"));
        return dir;
    }

    private static List<string> CheckedPaths(string output, string dir)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("path").GetString()!.Replace(dir + "/", string.Empty, StringComparison.Ordinal))];
    }

    [Test]
    public void Two_links_to_the_folder_itself_are_reported_and_the_walk_stays_linear()
    {
        var dir = Charts();
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "x"), ".");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "y"), ".");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "sub", "up"), "..");

        var (exit, output, error) = Run("validate", Path.Combine(dir, "charts"), "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, "warnings only: the loops are said, not failed");
            Assert.That(CheckedPaths(output, dir), Is.EqualTo(new[] { "charts/a.pace.yaml", "charts/sub/b.pace.yml" }), "each real file once");
            Assert.That(error, Does.Contain($"pace: warning: {dir}/charts/x is a symbolic link back to a folder above it (a loop); not followed"));
            Assert.That(error, Does.Contain($"pace: warning: {dir}/charts/y is a symbolic link back to a folder above it (a loop); not followed"));
            Assert.That(error, Does.Contain($"pace: warning: {dir}/charts/sub/up is a symbolic link back to a folder above it (a loop); not followed"));
        });
    }

    [Test]
    public void Links_out_of_the_named_folder_are_skipped_and_nothing_of_their_targets_is_shown()
    {
        var dir = Charts();
        File.WriteAllText(Path.Combine(dir, "secret.env"), "SECRET=hunter2\n");
        Directory.CreateDirectory(Path.Combine(dir, "private"));
        File.WriteAllText(Path.Combine(dir, "private", "c.pace.yaml"), "hunter2: secret\n");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "s.pace.yaml"), "../secret.env");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "private"), "../private");

        var (exit, output, error) = Run("validate", Path.Combine(dir, "charts"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"{dir}/charts/s.pace.yaml:1:1: error PACE117: "), "the file link is a finding for its path");
            Assert.That(error, Does.Contain($"pace: warning: {dir}/charts/private is a symbolic link to a folder outside {dir}/charts; not followed"));
            Assert.That(output + error, Does.Not.Contain("hunter2"));
            Assert.That(output, Does.Contain("3 charts checked"), "a, sub/b and the refused link; nothing from private/");
        });
    }

    [Test]
    public void A_link_inside_the_named_folder_is_followed_and_its_file_checked_once_under_its_own_path()
    {
        var dir = Charts();
        Directory.CreateDirectory(Path.Combine(dir, "charts", ".archive"));
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(dir, "charts", ".archive", "old.pace.yaml"));
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "current.pace.yaml"), ".archive/old.pace.yaml");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "sub", "again.pace.yaml"), "../a.pace.yaml");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "alias"), "sub");

        var (_, output, error) = Run("validate", Path.Combine(dir, "charts"), "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(CheckedPaths(output, dir), Is.EqualTo(new[] { "charts/.archive/old.pace.yaml", "charts/a.pace.yaml", "charts/sub/b.pace.yml" }));
            Assert.That(error, Is.Empty, "links inside the folder are no news");
        });
    }

    [Test]
    public void A_link_loop_in_a_walk_is_reported_and_skipped()
    {
        var dir = Charts();
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "p.pace.yaml"), "q.pace.yaml");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "q.pace.yaml"), "p.pace.yaml");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "m"), "n");
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "n"), "m");

        var (exit, output, error) = Run("validate", Path.Combine(dir, "charts"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"{dir}/charts/p.pace.yaml:1:1: error PACE117: "));
            Assert.That(output, Does.Contain($"{dir}/charts/q.pace.yaml:1:1: error PACE117: "));
            Assert.That(error, Does.Contain($"pace: warning: {dir}/charts/m is a symbolic link that loops; not followed"));
            Assert.That(error, Does.Contain($"pace: warning: {dir}/charts/n is a symbolic link that loops; not followed"));
        });
    }

    [Test]
    public void A_deep_chain_of_folder_links_is_walked_once()
    {
        // Each folder links twice to the next: followed naively that is 2^20 paths; each real folder once, it is 21.
        var dir = PaceTool.TempFolder();
        var store = Path.Combine(dir, "charts", ".store");
        for (var i = 0; i < 20; i++)
        {
            Directory.CreateDirectory(Path.Combine(store, "d" + i));
            File.CreateSymbolicLink(Path.Combine(store, "d" + i, "l"), "../d" + (i + 1));
            File.CreateSymbolicLink(Path.Combine(store, "d" + i, "r"), "../d" + (i + 1));
        }

        Directory.CreateDirectory(Path.Combine(store, "d20"));
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(store, "d20", "a.pace.yaml"));
        File.CreateSymbolicLink(Path.Combine(dir, "charts", "start"), ".store/d0");

        var (_, output, _) = Run("validate", Path.Combine(dir, "charts"), "--format", "json");

        Assert.That(CheckedPaths(output, dir), Is.EqualTo(new[] { "charts/start/" + string.Concat(Enumerable.Repeat("l/", 20)) + "a.pace.yaml" }));
    }

    [Test]
    public void A_glob_is_matched_by_FileSystemGlobbing_with_the_systems_case_rules()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "names that differ only in case: Linux's file systems");
        }

        var dir = Charts();
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(dir, "charts", "sub", "UPPER.PACE.YAML"));

        var (_, output, _) = Run("validate", Path.Combine(dir, "charts", "**", "*.pace.y*ml"), "--format", "json");

        Assert.That(CheckedPaths(output, dir), Is.EqualTo(new[] { "charts/a.pace.yaml", "charts/sub/b.pace.yml" }), "Linux names are case-sensitive");
    }

    [Test]
    public void A_missing_file_is_one_line_exit_2_and_no_summary()
    {
        var (exit, output, error) = Run("validate", "no/such/chart.pace.yaml", "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Is.EqualTo("pace: no/such/chart.pace.yaml: no such file\n"));
            Assert.That(output, Is.Empty, "no '0 charts checked', no empty report");
        });
    }

    [Test]
    public void A_missing_folder_is_called_a_folder()
    {
        var (exit, output, error) = Run("validate", "no/such/charts/");
        Assert.That((exit, output, error), Is.EqualTo((2, string.Empty, "pace: no/such/charts/: no such folder\n")));
    }

    [Test]
    public void No_chart_named_is_a_usage_error()
    {
        var (exit, _, error) = Run("validate");
        Assert.That((exit, error), Is.EqualTo((2, "pace: name the charts to check: files, folders or globs (or --stdin-filepath PATH to read one from standard input)\n")));
    }

    [Test]
    public void A_file_name_with_control_characters_is_shown_escaped()
    {
        var (_, _, error) = Run("validate", "evil\u001b\nname.pace.yaml");
        Assert.That(error, Is.EqualTo("pace: evil\\u001B\\u000Aname.pace.yaml: no such file\n"));
    }

    [Test]
    public void A_found_chart_whose_name_holds_control_characters_is_shown_escaped_in_every_line_about_it()
    {
        var dir = PaceTool.TempFolder();
        var name = "x\u001b[2J\nforged.pace.yaml"; // clears the screen, then starts a line of its own
        File.Copy(PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")), Path.Combine(dir, name));
        var shown = Path.Combine(dir, "x\\u001B[2J\\u000Aforged.pace.yaml");

        var text = Run("validate", dir).Out;
        var msbuild = Run("validate", dir, "--format", "msbuild").Out;
        var render = Run("render", dir, "--out-dir", Path.Combine(dir, "out"));

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain($"{shown}:13:12: error PACE002: "));
            Assert.That(msbuild, Does.Contain($"{shown}(13,12): error PACE002: "));
            Assert.That(render.Err, Does.Contain($"pace: {shown} has 1 error(s); nothing rendered"));
            Assert.That(text + msbuild + render.Out + render.Err, Does.Not.Contain("\u001b").And.Not.Contain("\nforged"), "no raw control character");
        });
    }
}
