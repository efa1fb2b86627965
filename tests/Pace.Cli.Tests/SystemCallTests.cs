namespace Pace.Cli.Tests;

/// <summary>
/// What a render asks of the operating system, seen with strace (Debian package; .ci/run installs it): a new output
/// is not forced to disk, a replaced one is (ChartRenderer.RenderFile's policy); validating and PDF rendering never load
/// Skia's native library (start-up, docs/performance.md), and drawing with it opens no machine font; and the command
/// tunes glibc's malloc.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class SystemCallTests
{
    [Test]
    public void A_new_output_is_not_forced_to_disk_but_a_replaced_one_is()
    {
        var dir = PaceTool.TempFolder();
        var pdf = Path.Combine(dir, "w.pdf");
        var chart = PaceTool.Example("technical-wholesaler.pace.yaml");

        const string calls = "trace=fsync,fdatasync,sync_file_range,syncfs";
        var first = Traced(calls, "render", chart, "-o", pdf);
        Assert.That(File.Exists(pdf), Is.True, first.Trace);
        var second = Traced(calls, "render", chart, "-o", pdf);

        Assert.Multiple(() =>
        {
            Assert.That(Syncs(first.Trace), Is.Zero, "a new file needs no flush: nothing older can be lost\n" + first.Trace);
            Assert.That(Syncs(second.Trace), Is.EqualTo(1), "replacing a file flushes the new one before the move\n" + second.Trace);
        });
    }

    [Test]
    public void Validating_and_rendering_a_pdf_never_load_skia_but_a_png_does()
    {
        var dir = PaceTool.TempFolder();
        var chart = PaceTool.Example("technical-wholesaler.pace.yaml");
        const string calls = "trace=openat";
        var validate = Traced(calls, "validate", chart);
        var pdf = Traced(calls, "render", chart, "-o", Path.Combine(dir, "w.pdf"));
        var png = Traced(calls, "render", chart, "--format", "png", "-o", Path.Combine(dir, "w.png"));
        var svg = Traced(calls, "render", chart, "--format", "svg", "-o", Path.Combine(dir, "w.svg"));
        Assert.Multiple(() =>
        {
            Assert.That(svg.Trace, Does.Not.Contain("libSkiaSharp"), "the SVG is written by Pace itself; Skia only outlines shaped text");
            Assert.That(svg.Trace, Does.Not.Contain("/usr/share/fonts"), "no machine font is looked at");
            Assert.That(validate.Trace, Does.Not.Contain("libSkiaSharp"), "validate");
            Assert.That(pdf.Trace, Does.Not.Contain("libSkiaSharp"), "the PDF is written by Pace itself");
            Assert.That(pdf.Trace, Does.Not.Contain("/usr/share/fonts"), "no machine font is looked at");
            Assert.That(png.Trace, Does.Contain("libSkiaSharp"), "PNG is drawn by Skia (and this check can see it)");
        });
    }

    [Test]
    public void A_pdf_with_a_logo_never_loads_skia()
    {
        // The logo is decoded by Pace's own PNG decoder in the check; before, the PDF path decoded it with Skia.
        var dir = PaceTool.TempFolder();
        using (var bitmap = new SkiaSharp.SKBitmap(60, 30))
        {
            bitmap.Erase(SkiaSharp.SKColors.OrangeRed);
            using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(dir, "logo.png"), data.ToArray());
        }

        var chart = Path.Combine(dir, "w.pace.yaml");
        File.WriteAllText(chart, File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml")) + "theme:\n  logo: logo.png\n");
        var pdf = Traced("trace=openat", "render", chart, "-o", Path.Combine(dir, "w.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(pdf.Trace, Does.Contain("logo.png"), "the logo was read (else this proves nothing)");
            Assert.That(pdf.Trace, Does.Not.Contain("libSkiaSharp"));
            Assert.That(File.ReadAllText(Path.Combine(dir, "w.pdf"), System.Text.Encoding.Latin1), Does.Contain("/Subtype /Image"));
        });
    }

    /// <summary>
    /// Drawing with Skia (PNG) opens no machine font: Pace draws with its embedded Lato only. SkiaSharp 3.x's
    /// Linux NoDependencies build made its default font manager scan /usr/share/fonts on the first typeface (some 200
    /// file calls, ~25 ms of a cold render); 4.x's has no fonts of its own. A SkiaSharp that scans again fails here;
    /// the old scan opens "/usr/share/fonts/" even when the folder is empty or missing, so this holds on any machine.
    /// </summary>
    [TestCase("png")]
    public void Drawing_with_skia_opens_no_machine_font(string format)
    {
        var output = Path.Combine(PaceTool.TempFolder(), "w." + format);
        var (_, trace) = Traced("trace=%file", "render", PaceTool.Example("technical-wholesaler.pace.yaml"), "--format", format, "-o", output);
        var lines = trace.Split('\n');
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] fontPlaces = ["/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts", "/var/cache/fontconfig", home + "/.fonts", home + "/.local/share/fonts"];
        var touched = lines.Where(l => fontPlaces.Any(f => l.Contains('"' + f, StringComparison.Ordinal))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(output), Is.True);
            Assert.That(trace, Does.Contain("libSkiaSharp"), "Skia is loaded (else this proves nothing about its fonts)");
            Assert.That(touched, Is.Empty, $"{touched.Count} file calls on machine fonts, e.g.\n{string.Join("\n", touched.Take(5))}");
        });
    }

    [Test]
    public void The_command_raises_glibcs_trim_and_mapping_thresholds()
    {
        Assert.That(MallocTuning.Apply(), Is.True, "mallopt(M_TRIM_THRESHOLD) and mallopt(M_MMAP_THRESHOLD) should succeed under glibc");
    }

    private static int Syncs(string trace) =>
        trace.Split('\n').Count(l => l.Contains("fsync(", StringComparison.Ordinal) || l.Contains("fdatasync(", StringComparison.Ordinal));

    /// <summary>Runs the built pace under strace, following threads, and returns the calls it logged.</summary>
    private static (int Exit, string Trace) Traced(string calls, params string[] args)
    {
        const string strace = "/usr/bin/strace";
        if (!File.Exists(strace))
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, "strace (.ci/run installs it)");
        }

        var log = Path.Combine(PaceTool.TempFolder(), "strace.log");
        var (exit, output, error) = PaceTool.RunProcess([strace, "-f", "-e", calls, "-o", log], args, timeoutMs: 120_000);
        Assert.That(exit, Is.Zero, output + error);
        return (exit, File.ReadAllText(log));
    }
}
