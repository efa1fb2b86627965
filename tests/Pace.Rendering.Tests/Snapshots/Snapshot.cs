using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Pace.Rendering.Tests.Snapshots;

/// <summary>
/// Approved-file snapshots in Verify's convention: <c>{name}.verified.{ext}</c> beside the test is the approved
/// result; on a mismatch (or when none is approved yet) the actual result is written as <c>{name}.received.{ext}</c>
/// and the test fails. To approve, look at the received file and rename it to verified. A later move to Verify is mechanical.
/// </summary>
internal static class Snapshot
{
    /// <summary>Compares text with the approved text.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var (verified, received) = Paths(testFile, name, "txt");
        actual = actual.ReplaceLineEndings("\n");
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot differs. Compare:\n  diff '{verified}' '{received}'\nand, if the change is right, approve it:\n  mv '{received}' '{verified}'"
            : $"No approved snapshot yet. Look at '{received}' and, if it is right:\n  mv '{received}' '{verified}'");
    }

    /// <summary>
    /// Compares a PNG with the approved PNG, tolerantly: at most <paramref name="maxShare"/> of the pixels may differ
    /// by more than <paramref name="threshold"/> in grey level (anti-aliasing may move between Skia builds; layout changes may not).
    /// Images are compared and stored in grey: a third of the bytes in the repository, and the chart is designed to
    /// read in black and white anyway (status has a shape, not only a colour).
    /// </summary>
    public static void MatchPng(byte[] actual, string name, double maxShare = 0.005, int threshold = 64, [CallerFilePath] string testFile = "")
    {
        var (verified, received) = Paths(testFile, name, "png");
        if (File.Exists(verified))
        {
            var (differing, total) = Compare(File.ReadAllBytes(verified), actual, threshold);
            if (differing <= maxShare * total)
            {
                File.Delete(received);
                return;
            }

            File.WriteAllBytes(received, Compact(actual));
            Assert.That(differing, Is.LessThanOrEqualTo(maxShare * total), $"Image differs: {differing} of {total} pixels ({100.0 * differing / total:F2} %) by more than {threshold}. Look at\n  '{received}'\nand, if the change is right:\n  mv '{received}' '{verified}'");
            return;
        }

        File.WriteAllBytes(received, Compact(actual));
        Assert.That(File.Exists(verified), Is.True, $"No approved image yet. Look at '{received}' and, if it is right:\n  mv '{received}' '{verified}'");
    }

    /// <summary>The names of the approved snapshots that start with a prefix, e.g. every page of one example.</summary>
    public static IReadOnlyList<string> Approved(string prefix, string extension, [CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(Resolve(testFile))!;
        var stem = Path.GetFileNameWithoutExtension(testFile) + ".";
        return [.. Directory.GetFiles(folder, stem + prefix + "*.verified." + extension)
            .Select(f => Path.GetFileName(f)[stem.Length..^(".verified.".Length + extension.Length)])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Counts pixels whose grey levels differ by more than the threshold; a size change counts every pixel.</summary>
    public static (int Differing, int Total) Compare(byte[] expectedPng, byte[] actualPng, int threshold)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        Assert.That(expected, Is.Not.Null, "the approved PNG could not be decoded");
        Assert.That(actual, Is.Not.Null, "the rendered PNG could not be decoded");
        var total = actual!.Width * actual.Height;
        if (expected!.Width != actual.Width || expected.Height != actual.Height)
        {
            return (total, total);
        }

        using var e = Grey(expected);
        using var a = Grey(actual);
        var pe = e.GetPixelSpan();
        var pa = a.GetPixelSpan();
        var differing = 0;
        for (var i = 0; i < pa.Length; i++)
        {
            if (Math.Abs(pe[i] - pa[i]) > threshold)
            {
                differing++;
            }
        }

        return (differing, total);
    }

    /// <summary>An 8-bit grey copy of an image.</summary>
    private static SKBitmap Grey(SKBitmap source)
    {
        var grey = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(grey);
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default);
        return grey;
    }

    /// <summary>Re-encodes in grey at the strongest compression, so approved images stay small in the repository.</summary>
    private static byte[] Compact(byte[] png)
    {
        using var colour = SKBitmap.Decode(png);
        using var bitmap = Grey(colour);
        using var pixmap = bitmap.PeekPixels()!;
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))!;
        return data.ToArray();
    }

    private static (string Verified, string Received) Paths(string testFile, string name, string extension)
    {
        var folder = Path.GetDirectoryName(Resolve(testFile))!;
        var stem = Path.GetFileNameWithoutExtension(testFile) + "." + name;
        return (Path.Combine(folder, stem + ".verified." + extension), Path.Combine(folder, stem + ".received." + extension));
    }

    /// <summary>
    /// The test file on disk. CI builds (ContinuousIntegrationBuild) map source paths to "/_/…", so a caller's file
    /// path is then found under the repository root (the folder holding Pace.sln above the test's output).
    /// </summary>
    private static string Resolve(string testFile)
    {
        if (File.Exists(testFile))
        {
            return testFile;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pace.sln")))
        {
            dir = dir.Parent;
        }

        var relative = testFile.Replace('\\', '/');
        relative = relative.StartsWith("/_/", StringComparison.Ordinal) ? relative[3..] : relative.TrimStart('/');
        return dir is null ? testFile : Path.Combine(dir.FullName, relative);
    }
}
