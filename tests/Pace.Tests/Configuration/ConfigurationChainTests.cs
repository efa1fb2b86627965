using Pace.Configuration;
using Pace.Localization;
using Pace.Tests.Files;
using Pace.Validation;

namespace Pace.Tests.Configuration;

/// <summary>
/// Which configuration files a chart gets: those from its folder up to the repository's root, merged with the nearest
/// winning per key, stopped by <c>root: true</c>; outside a repository only its own folder's; and never one another
/// user could have written (PACE118).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ConfigurationChainTests : ChartRepositoryFixture
{
    private static Severity? Level(CheckResult check, string code) =>
        check.Diagnostics.Where(d => d.Code == code).Select(d => (Severity?)d.Severity).FirstOrDefault();

    [Test]
    public void Files_merge_from_the_repository_root_down_the_nearest_winning_per_key()
    {
        Folder.Write("repo/pace.config.yaml", "language: nl\nrules:\n  PACE016: warning\n  PACE014: error\n");
        Folder.Write("repo/charts/sales/pace.config.yaml", "rules:\n  PACE016: off\n");

        var check = new ChartChecker().CheckFile(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE016"), Is.Null, "the nearest file switched it off");
            Assert.That(Level(check, "PACE014"), Is.EqualTo(Severity.Error), "the root file's level for a code the nearest does not set");
            Assert.That(check.Language, Is.EqualTo(ChartLanguage.Dutch), "the root file's language");
            Assert.That(check.Configuration!.Files, Is.EqualTo(new[] { Folder["repo/pace.config.yaml"], Folder["repo/charts/sales/pace.config.yaml"] }));
            Assert.That(check.Configuration.Path, Is.EqualTo(Folder["repo/charts/sales/pace.config.yaml"]));
        });
    }

    [Test]
    public void Root_true_stops_the_search()
    {
        Folder.Write("repo/pace.config.yaml", "rules:\n  PACE014: error\n");
        Folder.Write("repo/charts/pace.config.yaml", "root: true\nrules:\n  PACE016: warning\n");

        var check = new ChartChecker().CheckFile(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE016"), Is.EqualTo(Severity.Warning));
            Assert.That(Level(check, "PACE014"), Is.EqualTo(Severity.Info), "the file above root: true is not read");
            Assert.That(check.Configuration!.Files, Is.EqualTo(new[] { Folder["repo/charts/pace.config.yaml"] }));
        });
    }

    [Test]
    public void The_yml_name_counts_and_yaml_wins_in_oneFolder()
    {
        Folder.Write("repo/charts/pace.config.yml", "rules:\n  PACE016: warning\n");
        Assert.That(Level(new ChartChecker().CheckFile(Chart), "PACE016"), Is.EqualTo(Severity.Warning));

        Folder.Write("repo/charts/pace.config.yaml", "rules:\n  PACE016: error\n");
        Assert.That(Level(new ChartChecker().CheckFile(Chart), "PACE016"), Is.EqualTo(Severity.Error));
    }

    [Test]
    public void Outside_a_repository_only_the_charts_ownFolder_counts()
    {
        Directory.Delete(Folder["repo/.git"]);
        Folder.Write("repo/pace.config.yaml", "rules:\n  PACE016: off\n"); // a parent folder anyone might share
        Assert.That(Level(new ChartChecker().CheckFile(Chart), "PACE016"), Is.EqualTo(Severity.Info));

        Folder.Write("repo/charts/sales/pace.config.yaml", "rules:\n  PACE016: off\n");
        Assert.That(Level(new ChartChecker().CheckFile(Chart), "PACE016"), Is.Null);
    }

    [Test]
    public void PACE118_a_file_others_can_write_is_ignored_with_a_warning_at_the_file()
    {
        OnUnix();
        var config = Folder.Write("repo/charts/pace.config.yaml", "rules:\n  PACE002: off\n  PACE016: off\n");
        File.SetUnixFileMode(config, (UnixFileMode)0x1B6); // 0666

        var check = new ChartChecker().CheckFile(Chart);
        var warning = check.Diagnostics.Single(d => d.Code == "PACE118");

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE016"), Is.EqualTo(Severity.Info), "the file's levels were not applied");
            Assert.That(warning.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(warning.Span, Is.EqualTo(SourceSpan.At(config, 1, 1)));
            Assert.That(warning.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE118Writable, ("mode", "0666"))));
            Assert.That(check.Configuration, Is.Null);
        });
    }

    [Test]
    public void PACE118_a_file_in_aFolder_others_can_write_is_ignored()
    {
        OnUnix();
        var config = Folder.Write("repo/charts/pace.config.yaml", "rules:\n  PACE016: off\n");
        File.SetUnixFileMode(Folder["repo/charts"], (UnixFileMode)0x1FF); // 0777

        var check = new ChartChecker().CheckFile(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE016"), Is.EqualTo(Severity.Info));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE118").Message, Is.EqualTo(Named.Format(EnglishMessages.PACE118FolderWritable, ("folder", Folder["repo/charts"]), ("mode", "0777"))));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE118").Span!.File, Is.EqualTo(config));
        });
    }

    [Test]
    public void PACE118_a_file_another_user_owns_is_ignored()
    {
        OnUnix();
        if (Environment.UserName != "root")
        {
            EnvironmentLimit.Skip(Limit.NotRoot, "only root can give a file to another user (chown)");
        }

        var config = Folder.Write("repo/charts/pace.config.yaml", "rules:\n  PACE016: off\n");
        Assert.That(TempFolder.Run("chown", "12345", config), Is.True, "chown");

        var check = new ChartChecker().CheckFile(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE016"), Is.EqualTo(Severity.Info));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE118").Message, Is.EqualTo(Named.Format(EnglishMessages.PACE118, ("uid", "12345"))));
        });
    }

    [Test]
    public void PACE118_speaks_the_charts_language_and_a_trusted_file_above_still_applies()
    {
        OnUnix();
        Folder.Write("repo/pace.config.yaml", "language: nl\nrules:\n  PACE014: warning\n");
        var config = Folder.Write("repo/charts/pace.config.yaml", "rules:\n  PACE014: off\n");
        File.SetUnixFileMode(config, (UnixFileMode)0x1B6);

        var check = new ChartChecker().CheckFile(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE014"), Is.EqualTo(Severity.Warning), "the trusted root file still applies");
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE118").Message, Is.EqualTo(Named.Format(DutchMessages.PACE118Writable, ("mode", "0666"))));
        });
    }

    [Test]
    public void A_configuration_named_by_the_caller_is_used_alone()
    {
        Folder.Write("repo/charts/sales/pace.config.yaml", "rules:\n  PACE016: off\n");
        var named = PaceConfigReader.ReadFile(Folder.Write("elsewhere.yaml", "rules:\n  PACE014: error\n")).Config!;

        var check = new ChartChecker(new CheckOptions { Configuration = named }).CheckFile(Chart);

        Assert.Multiple(() =>
        {
            Assert.That(Level(check, "PACE016"), Is.EqualTo(Severity.Info), "the discovered file is not read");
            Assert.That(Level(check, "PACE014"), Is.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void Root_and_logoFolders_are_read_and_checked()
    {
        var config = PaceConfigReader.Read("root: true\nlogo-folders: [../brand, /srv/logos]\n", Folder["repo/pace.config.yaml"]).Config!;
        Assert.Multiple(() =>
        {
            Assert.That(config.Root, Is.True);
            Assert.That(config.LogoFolders, Is.EqualTo(new[] { "../brand", "/srv/logos" }));
            Assert.That(config.LogoFolderPaths(), Is.EqualTo(new[] { Folder["brand"], "/srv/logos" }));
            Assert.That(PaceConfigReader.Read("root: maybe\n").Diagnostics.Single().Code, Is.EqualTo("PACE102"));
        });
    }

    [Test]
    public void Font_folders_are_read_merged_nearest_first_and_reach_the_rules()
    {
        var root = PaceConfigReader.Read("font-folders: [fonts]\nlogo-folders: [brand]\n", Folder["repo/pace.config.yaml"]).Config!;
        var near = PaceConfigReader.Read("font-folders: [/usr/share/fonts]\n", Folder["repo/charts/pace.config.yaml"]).Config!;
        var merged = PaceConfig.Merge([root, near]);
        var kept = PaceConfig.Merge([root, PaceConfigReader.Read("language: nl\n", Folder["repo/charts/pace.config.yaml"]).Config!]);

        Assert.Multiple(() =>
        {
            Assert.That(root.FontFolders, Is.EqualTo(new[] { "fonts" }));
            Assert.That(root.FontFolderPaths(), Is.EqualTo(new[] { Folder["repo/fonts"] }));
            Assert.That(merged.FontFolderPaths(), Is.EqualTo(new[] { "/usr/share/fonts" }), "the nearest list wins as a whole");
            Assert.That(merged.LogoFolderPaths(), Is.EqualTo(new[] { Folder["repo/brand"] }), "logo folders are a list of their own");
            Assert.That(kept.FontFolderPaths(), Is.EqualTo(new[] { Folder["repo/fonts"] }), "a file without the key keeps the one above");
            Assert.That(root.ApplyTo(new ValidationOptions()).FontFolders, Is.EqualTo(new[] { Folder["repo/fonts"] }));
            Assert.That(PaceConfigReader.Read("font-folders: /usr/share/fonts\n").Diagnostics.Select(d => d.Code), Is.Not.Empty, "a list, not a string");
        });
    }

    private static void OnUnix()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "Unix file owners and modes");
        }
    }

    private static string Format(string template, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments);
}
