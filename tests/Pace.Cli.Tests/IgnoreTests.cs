using System.Diagnostics;
using System.Text.Json;
using Pace.Cli.Input;

namespace Pace.Cli.Tests;

/// <summary>
/// Ignore files in folder walks: <c>.gitignore</c> as git reads it (checked against <c>git check-ignore</c> in a real
/// repository, pattern by pattern), <c>.paceignore</c> on top of it, <c>--ignore-path</c>, <c>--no-gitignore</c>, and a
/// file named on the command line always checked.
/// </summary>
public class IgnoreTests
{
    [SetUp]
    public void OnLinuxWithGit()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "file names with '#', '!' and trailing spaces, as Linux allows them");
        }

        if (!File.Exists("/usr/bin/git"))
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, "git (Debian: apt-get install git; .ci/run installs it)");
        }
    }

    private static readonly string[] RootPatterns =
    [
        "# a comment, then a blank line", string.Empty,
        "*.log", "!important.log", "/root-only.txt", "build/", "doc/**/*.pdf", "**/tmp", "a/**/z", "*.[oa]", "!lib.a",
        "\\#hash.txt", "\\!bang.txt", "trailing.txt   ", "escaped\\ ", "out/**", "!out/keep/", "abc?.md", "[!x]y.md",
        "**/deep/**/file.c", "nested/sub", "[[:digit:]]*.tex", "star*/", "ends-with-slash/**/",
    ];

    private static readonly string[] Files =
    [
        "x.log", "important.log", "sub/x.log", "sub/deeper/y.log", "sub/important.log", "root-only.txt", "sub/root-only.txt",
        "build/a", "sub/build/b", "other/build", "doc/x.pdf", "doc/a/b/x.pdf", "notdoc/doc/x.pdf", "tmp/t", "a/tmp/t", "a/z", "a/b/z",
        "a/b/c/z", "b/a/z", "x.o", "y.a", "lib.a", "#hash.txt", "!bang.txt", "trailing.txt", "escaped ", "escaped", "out/a",
        "out/keep/b", "abc1.md", "abcd.md", "abc.md", "ay.md", "xy.md", "src/deep/a/file.c", "deep/file.c", "deep/x/y/file.c",
        "nested/sub/f", "other/nested/sub/f", "sub/local.txt", "local.txt", "1chapter.tex", "chapter1.tex", "starfish/x", "star",
        "ends-with-slash/x/y", "sub/kept.log",
    ];

    [Test]
    public void Gitignore_patterns_match_as_git_check_ignore_says()
    {
        var repo = PaceTool.TempFolder();
        Git(repo, "init", "-q");
        File.WriteAllLines(Path.Combine(repo, ".gitignore"), RootPatterns);
        Directory.CreateDirectory(Path.Combine(repo, "sub"));
        File.WriteAllLines(Path.Combine(repo, "sub", ".gitignore"), ["/local.txt", "!kept.log"]);
        foreach (var file in Files)
        {
            var full = Path.Combine(repo, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, string.Empty);
        }

        var paths = Files.SelectMany(Ancestors).Concat(Files).Distinct().Order(StringComparer.Ordinal).ToList();
        var gitSays = Git(repo, ["check-ignore", "--no-index", "--stdin"], string.Join('\n', paths) + "\n")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var paceSays = paths.Where(p => Excluded(repo, p)).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(paceSays.Except(gitSays), Is.Empty, "ignored by Pace, not by git");
            Assert.That(gitSays.Except(paceSays), Is.Empty, "ignored by git, not by Pace");
            Assert.That(gitSays, Has.Count.GreaterThan(30), "the patterns really ignore things");
        });
    }

    [Test]
    public void Folder_walks_honour_gitignore_and_paceignore_and_no_gitignore_turns_gitignore_off()
    {
        var repo = Repository();
        File.WriteAllText(Path.Combine(repo, ".gitignore"), "vendor/\n");
        File.WriteAllText(Path.Combine(repo, "charts", ".paceignore"), "fixtures/\n");

        Assert.Multiple(() =>
        {
            Assert.That(Checked(repo, "charts"), Is.EqualTo(new[] { "charts/a.pace.yaml" }));
            Assert.That(Checked(repo, "charts", "--no-gitignore"), Is.EqualTo(new[] { "charts/a.pace.yaml", "charts/vendor/v.pace.yaml" }), ".paceignore still counts");
            Assert.That(Checked(repo, Path.Combine("charts", "**", "*.pace.yaml")), Is.EqualTo(new[] { "charts/a.pace.yaml" }), "a quoted glob is walked the same way");
        });
    }

    [Test]
    public void Paceignore_can_take_back_what_gitignore_leaves_out_and_ignore_path_adds_patterns()
    {
        var repo = Repository();
        File.WriteAllText(Path.Combine(repo, ".gitignore"), "vendor/\nfixtures/\n");
        File.WriteAllText(Path.Combine(repo, ".paceignore"), "!fixtures/\n");
        var extra = Path.Combine(repo, "extra-ignore");
        File.WriteAllText(extra, "charts/a.pace.yaml\n");

        Assert.Multiple(() =>
        {
            Assert.That(Checked(repo, "charts"), Is.EqualTo(new[] { "charts/a.pace.yaml", "charts/fixtures/f.pace.yaml" }));
            Assert.That(Checked(repo, "charts", "--ignore-path", extra), Is.EqualTo(new[] { "charts/fixtures/f.pace.yaml" }));
        });
    }

    [Test]
    public void A_file_named_on_the_command_line_is_checked_even_when_ignored()
    {
        var repo = Repository();
        File.WriteAllText(Path.Combine(repo, ".gitignore"), "vendor/\n");
        Assert.That(Checked(repo, Path.Combine("charts", "vendor", "v.pace.yaml")), Is.EqualTo(new[] { "charts/vendor/v.pace.yaml" }));
    }

    [Test]
    public void A_folder_whose_charts_are_all_ignored_says_so()
    {
        var repo = Repository();
        File.WriteAllText(Path.Combine(repo, ".gitignore"), "*.pace.yaml\n");

        var (exit, _, error) = PaceTool.Run("validate", Path.Combine(repo, "charts"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("matches no chart files (ignore files left some out"));
        });
    }

    [Test]
    public void A_missing_ignore_path_is_exit_2()
    {
        var repo = Repository();
        var (exit, _, error) = PaceTool.Run("validate", Path.Combine(repo, "charts"), "--ignore-path", Path.Combine(repo, "nope"));
        Assert.That((exit, error), Is.EqualTo((2, $"pace: {Path.Combine(repo, "nope")}: no such ignore file\n")));
    }

    /// <summary>A repository with charts/a.pace.yaml, charts/vendor/v.pace.yaml and charts/fixtures/f.pace.yaml.</summary>
    private static string Repository()
    {
        var repo = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        foreach (var chart in new[] { "charts/a.pace.yaml", "charts/vendor/v.pace.yaml", "charts/fixtures/f.pace.yaml" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repo, chart))!);
            File.Copy(PaceTool.Example("technical-wholesaler.pace.yaml"), Path.Combine(repo, chart));
        }

        return repo;
    }

    private static List<string> Checked(string repo, params string[] args)
    {
        var (exit, output, error) = PaceTool.Run(["validate", Path.Combine(repo, args[0]), .. args[1..], "--format", "json"]);
        Assert.That(exit, Is.Not.EqualTo(2), error);
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("path").GetString()!.Replace(repo + "/", string.Empty, StringComparison.Ordinal))];
    }

    /// <summary>Whether Pace leaves a path out of a walk from the repository's root: it, or a folder above it, is ignored.</summary>
    private static bool Excluded(string repo, string path)
    {
        var rules = IgnoreRules.At(repo, repo, gitignore: true, [], _ => { });
        var parts = path.Split('/');
        var folder = repo;
        for (var i = 0; i < parts.Length; i++)
        {
            var full = Path.Combine(folder, parts[i]);
            var isFolder = Directory.Exists(full);
            if (rules.IsIgnored(full, isFolder))
            {
                return true;
            }

            if (isFolder)
            {
                rules = rules.Enter(full);
            }

            folder = full;
        }

        return false;
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        var parts = path.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            yield return string.Join('/', parts[..i]);
        }
    }

    private static string Git(string folder, params string[] args) => Git(folder, args, null);

    private static string Git(string folder, string[] args, string? input)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["HOME"] = folder; // no user-level excludes file
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input ?? string.Empty);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.AnyOf(0, 1), process.StandardError.ReadToEnd());
        return output;
    }
}
