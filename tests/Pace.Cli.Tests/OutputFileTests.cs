namespace Pace.Cli.Tests;

/// <summary>
/// <c>-o/--output</c> on validate, diff, export and schema: the report goes into the file, whole or not at all, written
/// beside it and moved into place; <c>--format F --output FILE</c> pairs give several reports in one run.
/// </summary>
public class OutputFileTests
{
    private static readonly string TwoOwners = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));

    [Test]
    public void Validate_writes_the_report_into_the_file_instead_of_standard_output()
    {
        var report = Path.Combine(PaceTool.TempFolder(), "pace.sarif");
        var (exit, output, _) = PaceTool.Run("validate", TwoOwners, "--format", "sarif", "-o", report);
        Assert.That(exit, Is.EqualTo(1), "the exit code still says there are findings");
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(report), Is.EqualTo(PaceTool.Run("validate", TwoOwners, "--format", "sarif").Out));
    }

    [Test]
    public void Format_and_output_pairs_give_several_reports_in_one_run()
    {
        var dir = PaceTool.TempFolder();
        var (exit, output, error) = PaceTool.Run("validate", TwoOwners, "-f", "sarif", "-o", Path.Combine(dir, "a.sarif"), "-f", "junit", "--output", Path.Combine(dir, "b.xml"), "-f", "github");
        Assert.That((exit, error), Is.EqualTo((1, string.Empty)));
        Assert.That(File.ReadAllText(Path.Combine(dir, "a.sarif")), Does.Contain("\"version\": \"2.1.0\""));
        Assert.That(File.ReadAllText(Path.Combine(dir, "b.xml")), Does.StartWith("<?xml"));
        Assert.That(output, Does.StartWith("::"), "the format without an output goes to standard output");
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.sarif", "b.xml" }), "no temporary file left behind");
    }

    [TestCase(new[] { "-o", "a.txt", "-o", "b.txt" }, "have one --format between them")]
    [TestCase(new[] { "-f", "json", "-o", "a.txt", "-o", "b.txt" }, "has no --format of its own")]
    [TestCase(new[] { "-f", "json", "-f", "text" }, "only one format can go to standard output")]
    [TestCase(new[] { "-f", "json", "-o", "same.txt", "-f", "text", "-o", "same.txt" }, "same.txt is named by two --output options")]
    public void Pairs_that_do_not_add_up_are_bad_usage(string[] options, string message)
    {
        var dir = PaceTool.TempFolder();
        var (exit, _, error) = PaceTool.Run(["validate", TwoOwners, .. options.Select(o => o.EndsWith(".txt", StringComparison.Ordinal) ? Path.Combine(dir, o) : o)]);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(Directory.GetFiles(dir), Is.Empty, "nothing written");
    }

    [Test]
    public void An_output_written_before_its_format_belongs_to_it()
    {
        var dir = PaceTool.TempFolder();
        var (_, output, _) = PaceTool.Run("validate", TwoOwners, "-o", Path.Combine(dir, "a.xml"), "-f", "junit", "-f", "msbuild", "-f", "json", "-o", Path.Combine(dir, "b.json"));
        Assert.That(File.ReadAllText(Path.Combine(dir, "a.xml")), Does.StartWith("<?xml"));
        Assert.That(File.ReadAllText(Path.Combine(dir, "b.json")), Does.StartWith("{"));
        Assert.That(output, Does.Contain("(13,12): error PACE002:"), "msbuild, which has no output, on standard output");
    }

    [Test]
    public void A_report_replaces_the_old_one_by_a_move_never_by_writing_into_it()
    {
        var dir = PaceTool.TempFolder();
        var report = Path.Combine(dir, "report.txt");
        var keep = Path.Combine(dir, "keep.txt");
        File.WriteAllText(report, "old report");
        // A second name for the old file: writing into the file would change it too; a new file moved over the name does not.
        Assert.That(Link(report, keep), Is.Zero, "ln failed");
        Assert.That(PaceTool.Run("validate", TwoOwners, "-o", report).Exit, Is.EqualTo(1));
        Assert.That(File.ReadAllText(keep), Is.EqualTo("old report"));
        Assert.That(File.ReadAllText(report), Does.EndWith("1 chart checked: 1 error, 44 warnings, 4 info.\n"));
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "report.txt", "keep.txt" }));
    }

    [Test]
    public void Nothing_is_written_where_it_cannot_be_whole()
    {
        var dir = PaceTool.TempFolder();
        var missing = PaceTool.Run("validate", TwoOwners, "-o", Path.Combine(dir, "no", "such", "report.txt"));
        Assert.That(missing.Exit, Is.EqualTo(2));
        Assert.That(missing.Err, Does.Contain("does not exist"));
        var folder = PaceTool.Run("validate", TwoOwners, "-o", dir);
        Assert.That((folder.Exit, folder.Err), Is.EqualTo((2, $"pace: {dir} is a folder; give a file name with -o\n")));
        var input = Path.Combine(dir, "chart.pace.yaml");
        File.Copy(TwoOwners, input);
        var overwrite = PaceTool.Run("export", input, "-o", input);
        Assert.That(overwrite.Exit, Is.EqualTo(2));
        Assert.That(overwrite.Err, Does.Contain("refusing to overwrite the input chart"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(File.ReadAllText(TwoOwners)));
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "chart.pace.yaml" }));
    }

    [Test]
    public void Diff_export_and_schema_write_their_output_too()
    {
        var dir = PaceTool.TempFolder();
        var wholesaler = PaceTool.Example("technical-wholesaler.pace.yaml");
        Assert.That(PaceTool.Run("diff", wholesaler, PaceTool.Example("acme-software.pace.yaml"), "--format", "json", "-o", Path.Combine(dir, "diff.json")).Out, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(dir, "diff.json")), Does.StartWith("{\n  \"version\": 1,"));
        Assert.That(PaceTool.Run("export", wholesaler, "--format", "csv", "--output", Path.Combine(dir, "chart.csv")).Out, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(dir, "chart.csv")), Does.StartWith("#,process,"));
        Assert.That(PaceTool.Run("schema", "-o", Path.Combine(dir, "pace.schema.json")).Out, Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(dir, "pace.schema.json")), Is.EqualTo(Pace.Yaml.ChartSchema.ToJson()));
    }

    private static int Link(string existing, string name)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, name]);
        ln.WaitForExit();
        return ln.ExitCode;
    }
}
