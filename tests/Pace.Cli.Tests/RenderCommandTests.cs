using UglyToad.PdfPig;

namespace Pace.Cli.Tests;

public class RenderCommandTests
{
    private static string CopyExample(string name, string dir)
    {
        var target = Path.Combine(dir, Path.GetFileName(name));
        File.Copy(PaceTool.Example(name), target);
        return target;
    }

    [Test]
    public void Renders_a_pdf_beside_the_chart_with_every_process_owner_and_kpi()
    {
        var dir = PaceTool.TempFolder();
        var chartFile = CopyExample("technical-wholesaler.pace.yaml", dir);
        var (exit, output, error) = PaceTool.Run("render", chartFile);
        Assert.That(exit, Is.EqualTo(0), error);
        var pdf = Path.Combine(dir, "technical-wholesaler.pdf");
        Assert.That(output, Does.Contain("→ " + pdf));

        var chart = global::Pace.Yaml.ChartReader.ReadFile(chartFile).Chart!;
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.That(page.Width, Is.GreaterThan(page.Height), "A4 landscape");
        var text = Normalize(string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        Assert.That(text, Does.Contain(Normalize(chart.Organization!)));
        foreach (var process in chart.Processes)
        {
            Assert.That(text, Does.Contain(Normalize(process.Name!)));
            Assert.That(text, Does.Contain(Normalize(chart.FindPerson(process.Owner!)!.Name!)));
            foreach (var kpi in process.Kpis)
            {
                Assert.That(text, Does.Contain(Normalize(kpi.Name!)));
            }
        }
    }

    [Test]
    public void Two_renders_are_byte_identical()
    {
        var dir = PaceTool.TempFolder();
        var chartFile = CopyExample("acme-software.pace.yaml", dir);
        Assert.That(PaceTool.Run("render", chartFile, "-o", Path.Combine(dir, "a.pdf")).Exit, Is.EqualTo(0));
        Assert.That(PaceTool.Run("render", chartFile, "-o", Path.Combine(dir, "b.pdf")).Exit, Is.EqualTo(0));
        Assert.That(File.ReadAllBytes(Path.Combine(dir, "a.pdf")), Is.EqualTo(File.ReadAllBytes(Path.Combine(dir, "b.pdf"))));
    }

    [Test]
    public void A_chart_with_errors_is_refused_and_nothing_is_written()
    {
        var dir = PaceTool.TempFolder();
        var chartFile = CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), dir);
        var (exit, _, error) = PaceTool.Run("render", chartFile);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("error PACE002"));
        Assert.That(error, Does.Contain("nothing rendered"));
        Assert.That(Directory.GetFiles(dir), Is.EqualTo(new[] { chartFile }));
    }

    [Test]
    public void Force_renders_a_chart_with_errors()
    {
        var dir = PaceTool.TempFolder();
        var chartFile = CopyExample(Path.Combine("invalid", "two-owners.pace.yaml"), dir);
        var (exit, _, _) = PaceTool.Run("render", chartFile, "--force");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(File.Exists(Path.Combine(dir, "two-owners.pdf")), Is.True);
    }

    [Test]
    public void Never_overwrites_the_input()
    {
        var dir = PaceTool.TempFolder();
        var chartFile = CopyExample("technical-wholesaler.pace.yaml", dir);
        var before = File.ReadAllBytes(chartFile);
        var (exit, _, error) = PaceTool.Run("render", chartFile, "-o", chartFile);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("refusing to overwrite the input"));
        Assert.That(File.ReadAllBytes(chartFile), Is.EqualTo(before));
    }

    [Test]
    public void Unwritable_output_folder_is_exit_2_and_one_line()
    {
        var (exit, _, error) = PaceTool.Run("render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", "/no/such/folder/out.pdf");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n')[^1], Does.StartWith("pace: /no/such/folder/out.pdf: the folder"));
    }

    [Test]
    public void A_failed_render_keeps_the_earlier_pdf()
    {
        var dir = PaceTool.TempFolder();
        var chartFile = CopyExample("technical-wholesaler.pace.yaml", dir);
        Assert.That(PaceTool.Run("render", chartFile).Exit, Is.EqualTo(0));
        var pdf = Path.Combine(dir, "technical-wholesaler.pdf");
        var good = File.ReadAllBytes(pdf);
        File.WriteAllText(chartFile, "pace: 1\norganization: [broken\n");
        Assert.That(PaceTool.Run("render", chartFile).Exit, Is.EqualTo(1));
        Assert.That(File.ReadAllBytes(pdf), Is.EqualTo(good));
        Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "technical-wholesaler.pace.yaml", "technical-wholesaler.pdf" }));
    }

    [Test]
    public void A_missing_native_library_is_recognised_behind_skias_type_initializer_and_nothing_else_is()
    {
        // What SkiaSharp throws when libSkiaSharp (or the libstdc++ it links) cannot be loaded: RenderJob turns it into
        // a message naming what to install, instead of "unexpected error … please report it".
        var missing = new DllNotFoundException("Unable to load shared library 'libSkiaSharp'");
        Assert.Multiple(() =>
        {
            Assert.That(Commands.RenderJob.MissingNativeLibrary(new TypeInitializationException("SkiaSharp.SKObject", missing)), Is.SameAs(missing));
            Assert.That(Commands.RenderJob.MissingNativeLibrary(missing), Is.SameAs(missing));
            Assert.That(Commands.RenderJob.MissingNativeLibrary(new TypeInitializationException("SkiaSharp.SKObject", new InvalidOperationException())), Is.Null);
            Assert.That(Commands.RenderJob.MissingNativeLibrary(new IOException("disk full")), Is.Null);
        });
    }

    /// <summary>PdfPig splits words at its own spacing; compare without whitespace.</summary>
    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
