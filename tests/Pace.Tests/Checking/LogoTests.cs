using Pace.Imaging;
using Pace.Localization;
using Pace.Tests.Files;
using Pace.Tests.Imaging;

namespace Pace.Tests.Checking;

/// <summary>
/// The check reads <c>theme.logo</c> once, through the guarded access: only from the chart's repository (or its folder)
/// and the folders a configuration allows, only a regular file, bounded in bytes and pixels; anything else is a located
/// PACE119 warning and no logo — never a hang, never a large allocation. Each case is bounded in time by the test.
/// </summary>
public class LogoTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateRepository()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "FIFOs and devices as Linux has them");
        }

        _folder = new TempFolder();
        Directory.CreateDirectory(_folder["repo/.git"]);
        File.WriteAllBytes(_folder["repo/brand/logo.png"].Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)), Png(40, 20));
    }

    [TearDown]
    public void RemoveRepository() => _folder.Dispose();

    private CheckResult Check(string logo, string? config = null)
    {
        if (config is not null)
        {
            _folder.Write("repo/charts/pace.config.yaml", config);
        }

        var chart = _folder.Write("repo/charts/a.pace.yaml", $"pace: 1\norganization: Test\ntheme:\n  logo: '{logo}'\nprocesses: []\n");
        var task = Task.Run(() => new ChartChecker().CheckFile(chart));
        Assert.That(task.Wait(Bound), Is.True, $"did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }

    private static Diagnostic Finding(CheckResult check) => check.Diagnostics.Single(d => d.Code == "PACE119");

    [Test]
    public void PACE119_a_logo_in_the_repository_is_read_decoded_and_kept_on_the_result()
    {
        var check = Check("../brand/logo.png");

        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Select(d => d.Code), Does.Not.Contain("PACE119"));
            Assert.That((check.Logo!.Width, check.Logo.Height), Is.EqualTo((40, 20)));
            Assert.That(check.Logo.Rgba.ToArray().Take(4), Is.EqualTo(new byte[] { 10, 20, 30, 255 }));
        });
    }

    [Test]
    public void PACE119_a_logo_outside_the_repository_is_not_read()
    {
        File.WriteAllBytes(_folder["secret.png"], Png(4, 4));

        var check = Check("../../secret.png");
        var finding = Finding(check);

        Assert.Multiple(() =>
        {
            Assert.That(check.Logo, Is.Null);
            Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(finding.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE119Outside, ("file", "../../secret.png"), ("folders", _folder["repo"]))));
            Assert.That(finding.Path, Is.EqualTo("theme.logo"));
            Assert.That((finding.Span!.StartLine, finding.Span.StartColumn), Is.EqualTo((4, 9)), "located at the value");
        });
    }

    [Test]
    public void PACE119_a_link_inside_the_repository_to_a_file_outside_is_not_followed()
    {
        File.WriteAllBytes(_folder["secret.png"], Png(4, 4));
        Directory.CreateDirectory(_folder["repo/charts"]);
        File.CreateSymbolicLink(_folder["repo/charts/logo.png"], "../../secret.png");

        Assert.That(Finding(Check("logo.png")).MessageTemplate, Is.EqualTo(EnglishMessages.PACE119Outside));
    }

    [Test]
    public void PACE119_a_configuration_can_allow_a_folder_outside_the_repository()
    {
        Directory.CreateDirectory(_folder["shared"]);
        File.WriteAllBytes(_folder["shared/logo.png"], Png(8, 8));

        var check = Check("../../shared/logo.png", "logo-folders: [../../shared]\n");

        Assert.That(check.Logo?.Width, Is.EqualTo(8), string.Join("\n", check.Diagnostics));
    }

    [Test]
    public void PACE119_outside_a_repository_the_logo_must_be_in_the_charts_folder()
    {
        Directory.Delete(_folder["repo/.git"]);
        Assert.That(Finding(Check("../brand/logo.png")).MessageTemplate, Is.EqualTo(EnglishMessages.PACE119Outside));
    }

    [Test]
    public void PACE119_a_device_is_refused_unread()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var check = Check("/dev/zero", "logo-folders: [/dev]\n");

        Assert.Multiple(() =>
        {
            Assert.That(Finding(check).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE119NotRegular, ("file", "/dev/zero"), ("kind", EnglishMessages.FileKindCharacterDevice))));
            Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(8 * 1024 * 1024), "nothing read from the device");
        });
    }

    [Test]
    public void PACE119_a_fifo_is_refused_without_waiting_for_a_writer()
    {
        Directory.CreateDirectory(_folder["repo/charts"]);
        Assert.That(TempFolder.Run("mkfifo", _folder["repo/charts/logo.png"]), Is.True, "mkfifo (coreutils)");

        Assert.That(Finding(Check("logo.png")).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE119NotRegular, ("file", "logo.png"), ("kind", EnglishMessages.FileKindFifo))));
    }

    [Test]
    public void PACE119_a_10000_pixel_square_logo_is_refused_from_its_header()
    {
        // 10000 × 10000 one-bit grey: a small file that claims 400 MB of RGBA pixels.
        Directory.CreateDirectory(_folder["repo/charts"]);
        File.WriteAllBytes(_folder["repo/charts/huge.png"], TestPng.Uniform(10000, 10000, 1, PngHeader.Grey, new byte[1250]));
        Assert.That(new FileInfo(_folder["repo/charts/huge.png"]).Length, Is.LessThan(LogoReader.MaxBytes));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var check = Check("huge.png");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Out.WriteLine($"a {new FileInfo(_folder["repo/charts/huge.png"]).Length:N0}-byte PNG of 10000 x 10000: checked with {allocated:N0} bytes allocated");

        Assert.Multiple(() =>
        {
            Assert.That(Finding(check).Message, Is.EqualTo(Named.Format(EnglishMessages.PACE119Pixels, ("file", "huge.png"), ("width", 10000), ("height", 10000), ("limit", PngDecoder.MaxSide))));
            Assert.That(check.Logo, Is.Null);
            Assert.That(allocated, Is.LessThan(16 * 1024 * 1024), "the header says no before anything is inflated");
        });
    }

    [Test]
    public void PACE119_a_large_logo_is_scaled_down_to_the_bound()
    {
        Directory.CreateDirectory(_folder["repo/charts"]);
        File.WriteAllBytes(_folder["repo/charts/big.png"], Png(3000, 1500));

        var logo = Check("big.png").Logo!;

        Assert.That((logo.Width, logo.Height, logo.SourceWidth, logo.SourceHeight), Is.EqualTo((1000, 500, 3000, 1500)));
    }

    [TestCase("missing.png", nameof(EnglishMessages.PACE119Missing))]
    [TestCase("text.png", nameof(EnglishMessages.PACE119))]
    [TestCase("large.png", nameof(EnglishMessages.PACE119TooLarge))]
    [TestCase("loop.png", nameof(EnglishMessages.PACE119Loop))]
    public void PACE119_missing_undecodable_too_large_and_looping_logos(string logo, string key)
    {
        Directory.CreateDirectory(_folder["repo/charts"]);
        File.WriteAllText(_folder["repo/charts/text.png"], "SECRET=hunter2\n");
        using (var large = File.Create(_folder["repo/charts/large.png"]))
        {
            large.SetLength(LogoReader.MaxBytes + 1);
        }

        File.CreateSymbolicLink(_folder["repo/charts/loop.png"], "loop2.png");
        File.CreateSymbolicLink(_folder["repo/charts/loop2.png"], "loop.png");

        var finding = Finding(Check(logo));

        Assert.Multiple(() =>
        {
            Assert.That(finding.MessageTemplate, Is.EqualTo(typeof(EnglishMessages).GetField(key)!.GetRawConstantValue()));
            Assert.That(finding.Message, Does.Not.Contain("hunter2"), "nothing of the file is echoed");
        });
    }

    /// <summary>An opaque RGB PNG of one colour (10, 20, 30).</summary>
    private static byte[] Png(int width, int height) =>
        TestPng.Uniform(width, height, 8, PngHeader.Rgb, [.. Enumerable.Repeat<byte[]>([10, 20, 30], width).SelectMany(p => p)]);

    private static string Format(string template, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments);
}

internal static class TestExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
