namespace Pace.Cli.Tests;

public class SiteCommandTests
{
    [Test]
    public void Publishes_the_examples_as_a_site_and_a_second_run_changes_nothing()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var (exit, output, error) = PaceTool.Run("site", PaceTool.Example("*.pace.yaml"), "-o", site);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.StartWith("3 charts → " + Path.Combine(site, "index.html")).And.Contain(" 0 unchanged, 0 removed; 3 of 3 charts built)"));
        Assert.That(File.ReadAllText(Path.Combine(site, "index.html")), Does.Contain("href=\"acme-software/index.html\""));
        Assert.That(File.Exists(Path.Combine(site, "technical-wholesaler", "technical-wholesaler.pdf")), Is.True);

        var again = PaceTool.Run("site", PaceTool.Example("*.pace.yaml"), "-o", site);
        Assert.That(again.Out, Does.Contain("(0 files written,").And.Contain("; 0 of 3 charts built)"));
    }

    [Test]
    public void The_pdf_is_the_default_download_and_the_png_and_svg_are_asked_for()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var chart = PaceTool.Example("technical-wholesaler.pace.yaml");
        Assert.That(PaceTool.Run("site", chart, "-o", site).Exit, Is.EqualTo(0));
        Assert.That(Downloads(site), Is.EqualTo(new[] { "technical-wholesaler.pdf" }));

        var (exit, _, error) = PaceTool.Run("site", chart, "-o", site, "--downloads", "svg,PNG");
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(Downloads(site), Is.EqualTo(new[] { "technical-wholesaler.png", "technical-wholesaler.svg" }));
        Assert.That(File.ReadAllText(Path.Combine(site, "technical-wholesaler", "index.html")), Does.Not.Contain(".pdf\""));

        static string[] Downloads(string site) => [.. Directory.GetFiles(Path.Combine(site, "technical-wholesaler")).Select(Path.GetFileName).Where(f => !f!.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!];
    }

    [TestCase("pdf,pgn", "--downloads pgn: use pdf, png, svg (comma-separated), all or none; did you mean png?")]
    [TestCase("<b>", "--downloads <b>: use pdf, png, svg")]
    public void A_wrong_download_is_one_line_naming_the_right_ones(string given, string expected)
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var (exit, _, error) = PaceTool.Run("site", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", site, "--downloads", given);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(expected));
        Assert.That(Directory.Exists(site), Is.False);
    }

    [Test]
    public void Downloads_and_no_downloads_together_are_refused()
    {
        var site = Path.Combine(PaceTool.TempFolder(), "public");
        var (exit, _, error) = PaceTool.Run("site", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", site, "--downloads", "pdf", "--no-downloads");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--downloads and --no-downloads: give one of them"));
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
