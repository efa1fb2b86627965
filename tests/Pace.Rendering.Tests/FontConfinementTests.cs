using System.Globalization;
using Pace.Localization;
using Pace.Rendering.Rules;
using Pace.Tests;
using Pace.Validation;
using UglyToad.PdfPig;

namespace Pace.Rendering.Tests;

/// <summary>
/// A chart's fonts are confined as its logo is: read only from the chart's repository (outside one, its folder) or a
/// folder a configuration allows in <c>font-folders:</c>, links followed, and only as a regular file. Anything else is a
/// PACE022 warning at the <c>regular:</c> that names it, the file is not read, and the text is drawn with the bundled
/// fonts. Each check is bounded in time by the test, so a FIFO that hung would fail it rather than stall the run.
/// </summary>
public sealed class FontConfinementTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    // A checker per check: a checker reads each configuration once, and these tests write one between checks.
    private static readonly CheckOptions Options = CheckOptions.Default with { Validator = ChartValidator.Default.With(new GlyphCoverageRule()) };

    private string _root = null!;

    private static string Arabic => Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "fonts", "NotoSansArabic-Regular.ttf");

    /// <summary>
    /// <c>repo/</c> (a repository) with <c>repo/charts/</c> for the chart, and <c>outside/</c> beside it holding a font
    /// Pace may not read unless allowed.
    /// </summary>
    [SetUp]
    public void CreateRepository()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "FIFOs, devices and /etc/shadow as Linux has them");
        }

        _root = Directory.CreateTempSubdirectory("pace-font-confinement-").FullName;
        Directory.CreateDirectory(At("repo/.git"));
        Directory.CreateDirectory(At("repo/charts/fonts"));
        Directory.CreateDirectory(At("outside"));
        File.Copy(Arabic, At("outside/NotoSansArabic-Regular.ttf"));
    }

    [TearDown]
    public void RemoveRepository()
    {
        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string At(string relative) => Path.Combine(_root, relative);

    /// <summary>Checks <c>repo/charts/a.pace.yaml</c> naming one font, written as a YAML double-quoted string (so escapes work).</summary>
    private CheckResult Check(string font, string? config = null, string folder = "repo/charts")
    {
        if (config is not null)
        {
            File.WriteAllText(Path.Combine(At(folder), "pace.config.yaml"), config);
        }

        var chart = Path.Combine(At(folder), "a.pace.yaml");
        File.WriteAllText(chart, $"pace: 1\norganization: شركة الأمل\nprocesses: []\ntheme:\n  fonts:\n    - {{regular: \"{font}\"}}\n");
        var task = Task.Run(() => new ChartChecker(Options).CheckFile(chart));
        Assert.That(task.Wait(Bound), Is.True, $"the check did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }

    private static Diagnostic[] FontFindings(CheckResult check) => [.. check.Diagnostics.Where(d => d.Code == "PACE022" && d.Path.StartsWith("theme.fonts", StringComparison.Ordinal))];

    private static Diagnostic Finding(CheckResult check) => FontFindings(check).Single();

    private static string Format(string template, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, template, arguments);

    /// <summary>The fonts the PDF's letters are drawn in.</summary>
    private static string[] FontsDrawn(CheckResult check)
    {
        using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(check)[0]);
        return [.. pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).Distinct()];
    }

    [Test]
    public void PACE022_a_font_outside_the_repository_is_not_read_and_is_reported_at_its_key()
    {
        var check = Check("../../outside/NotoSansArabic-Regular.ttf");
        var finding = Finding(check);

        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontOutside, ("file", "../../outside/NotoSansArabic-Regular.ttf"), ("folders", At("repo")))));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(finding.Path, Is.EqualTo("theme.fonts[0].regular"));
            Assert.That((finding.Span!.StartLine, finding.Span.StartColumn), Is.EqualTo((6, 17)), "located at the value");
            Assert.That(FontsDrawn(check), Has.None.Contains("NotoSansArabic"), "the render does not use it either");
        });
    }

    [Test]
    public void PACE022_an_absolute_path_to_a_system_file_is_refused_before_it_is_opened()
    {
        // Outside is decided from the path alone: an unreadable /etc/shadow would otherwise be "cannot be read".
        var finding = Finding(Check("/etc/shadow"));

        Assert.That(finding.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontOutside, ("file", "/etc/shadow"), ("folders", At("repo")))));
    }

    [Test]
    public void PACE022_a_link_inside_the_repository_to_a_font_outside_is_not_followed()
    {
        File.CreateSymbolicLink(At("repo/charts/fonts/arabic.ttf"), "../../../outside/NotoSansArabic-Regular.ttf");

        var check = Check("fonts/arabic.ttf");

        Assert.Multiple(() =>
        {
            Assert.That(Finding(check).MessageTemplate, Is.EqualTo(EnglishMessages.PACE022FontOutside));
            Assert.That(FontsDrawn(check), Has.None.Contains("NotoSansArabic"));
        });
    }

    [Test]
    public void PACE022_a_link_inside_the_repository_to_a_font_inside_is_followed()
    {
        File.Copy(Arabic, At("repo/NotoSansArabic-Regular.ttf"));
        File.CreateSymbolicLink(At("repo/charts/fonts/arabic.ttf"), "../../NotoSansArabic-Regular.ttf");

        var check = Check("fonts/arabic.ttf");

        Assert.Multiple(() =>
        {
            Assert.That(FontFindings(check), Is.Empty);
            Assert.That(FontsDrawn(check), Has.Some.Contains("NotoSansArabic"), "drawn in the font the link leads to");
        });
    }

    [Test]
    public void PACE022_dev_zero_is_outside_and_even_allowed_is_refused_unread()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outside = Finding(Check("/dev/zero"));
        var allowed = Finding(Check("/dev/zero", "font-folders: [/dev]\n"));

        Assert.Multiple(() =>
        {
            Assert.That(outside.MessageTemplate, Is.EqualTo(EnglishMessages.PACE022FontOutside));
            Assert.That(allowed.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontNotRegular, ("file", "/dev/zero"))));
            Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(16 * 1024 * 1024), "nothing read from the device");
        });
    }

    [Test]
    public void PACE022_a_fifo_as_font_is_refused_without_waiting_for_a_writer()
    {
        var mkfifo = System.Diagnostics.Process.Start("mkfifo", [At("repo/charts/fonts/pipe.ttf")]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo (coreutils)");

        var check = Check("fonts/pipe.ttf");

        Assert.That(Finding(check).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontNotRegular, ("file", "fonts/pipe.ttf"))));
    }

    [Test]
    public void PACE022_a_folder_as_font_is_not_a_regular_file()
    {
        Directory.CreateDirectory(At("repo/charts/fonts/folder.ttf"));

        Assert.That(Finding(Check("fonts/folder.ttf")).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontNotRegular, ("file", "fonts/folder.ttf"))));
    }

    [Test]
    public void PACE022_a_link_that_loops_is_refused()
    {
        File.CreateSymbolicLink(At("repo/charts/fonts/a.ttf"), "b.ttf");
        File.CreateSymbolicLink(At("repo/charts/fonts/b.ttf"), "a.ttf");

        Assert.That(Finding(Check("fonts/a.ttf")).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontLoop, ("file", "fonts/a.ttf"))));
    }

    [Test]
    public void PACE022_control_characters_in_the_path_are_shown_as_code_points_never_raw()
    {
        var message = Finding(Check("../../outside/\\e[2Jx.ttf")).Message;

        Assert.Multiple(() =>
        {
            Assert.That(message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontOutside, ("file", "../../outside/U+001B[2Jx.ttf"), ("folders", At("repo")))));
            Assert.That(message.Any(char.IsControl), Is.False);
        });
    }

    [Test]
    public void PACE022_outside_a_repository_the_font_must_be_in_the_charts_folder()
    {
        Directory.Delete(At("repo/.git"));
        File.Copy(Arabic, At("repo/NotoSansArabic-Regular.ttf"));

        Assert.That(Finding(Check("../NotoSansArabic-Regular.ttf")).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022FontOutside, ("file", "../NotoSansArabic-Regular.ttf"), ("folders", At("repo/charts")))));
    }

    [Test]
    public void PACE022_a_configuration_can_allow_a_font_folder_and_the_pdf_is_the_same_as_with_the_font_inside()
    {
        var allowed = Check("../../outside/NotoSansArabic-Regular.ttf", "font-folders: [../../outside]\n");
        var allowedPdf = ChartRenderer.RenderPages(allowed)[0];

        Directory.CreateDirectory(At("inside/.git"));
        File.Copy(Arabic, At("inside/NotoSansArabic-Regular.ttf"));
        var inside = Check("NotoSansArabic-Regular.ttf", folder: "inside");

        Assert.Multiple(() =>
        {
            Assert.That(FontFindings(allowed), Is.Empty);
            Assert.That(FontFindings(inside), Is.Empty);
            Assert.That(FontsDrawn(allowed), Has.Some.Contains("NotoSansArabic"), "the allowed font draws the Arabic name");
            Assert.That(allowedPdf, Is.EqualTo(ChartRenderer.RenderPages(inside)[0]), "the same bytes whichever folder the font is read from");
        });
    }

    [Test]
    public void PACE022_logo_folders_do_not_allow_fonts()
    {
        var check = Check("../../outside/NotoSansArabic-Regular.ttf", "logo-folders: [../../outside]\n");

        Assert.That(Finding(check).MessageTemplate, Is.EqualTo(EnglishMessages.PACE022FontOutside));
    }
}
