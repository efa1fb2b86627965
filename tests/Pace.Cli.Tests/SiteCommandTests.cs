namespace Pace.Cli.Tests;

public class SiteCommandTests
{
    [Test]
    public void Publishes_the_examples_as_a_site_and_a_second_run_changes_nothing()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var (exit, output, error) = PaceTool.Run("site", PaceTool.Example("*.pace.yaml"), "-o", site);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.StartWith("3 charts → " + Path.Combine(site, "index.html")).And.Contain(" 0 unchanged, 0 removed)"));
        Assert.That(File.ReadAllText(Path.Combine(site, "index.html")), Does.Contain("href=\"acme-software/index.html\""));
        Assert.That(File.Exists(Path.Combine(site, "technical-wholesaler", "technical-wholesaler.pdf")), Is.True);

        var again = PaceTool.Run("site", PaceTool.Example("*.pace.yaml"), "-o", site);
        Assert.That(again.Out, Does.Contain("(0 files written,"));
    }

    [Test]
    public void Without_downloads_there_is_no_pdf()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var (exit, _, _) = PaceTool.Run("site", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", site, "--no-downloads");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(Directory.GetFiles(site, "*.pdf", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void A_folder_with_other_files_is_refused_with_exit_2_and_left_alone()
    {
        var site = PaceTool.TempFolder();
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine");
        var (exit, _, error) = PaceTool.Run("site", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", site);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("did not write").And.Contain("Nothing was written."));
        Assert.That(Directory.GetFileSystemEntries(site), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_missing_chart_stops_the_run_before_anything_is_written()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var (exit, _, error) = PaceTool.Run("site", PaceTool.Example("technical-wholesaler.pace.yaml"), Path.Combine(PaceTool.TempFolder(), "gone.pace.yaml"), "-o", site);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("gone.pace.yaml: no such file"));
        Assert.That(Directory.Exists(site), Is.False);
    }

    [Test]
    public void A_chart_that_does_not_load_is_published_with_its_findings()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var broken = Path.Combine(PaceTool.TempFolder(), "broken.pace.yaml");
        File.WriteAllText(broken, "pace: 1\norganization: [unclosed\n");
        var (exit, _, error) = PaceTool.Run("site", broken, "-o", site);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(error, Does.Contain("could not be read as a chart"));
        Assert.That(File.ReadAllText(Path.Combine(site, "broken", "findings.html")), Does.Contain("PACE"));
    }
}
