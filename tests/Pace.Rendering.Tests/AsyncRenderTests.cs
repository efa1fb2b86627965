namespace Pace.Rendering.Tests;

/// <summary>The asynchronous surface gives the bytes the synchronous one does, and touches streams asynchronously only.</summary>
public sealed class AsyncRenderTests
{
    private static string Example(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", name + ".pace.yaml");

    [TestCase(OutputFormat.Pdf)]
    [TestCase(OutputFormat.Png)]
    [TestCase(OutputFormat.Svg)]
    public async Task A_chart_read_and_rendered_through_asynchronous_streams_only_gives_the_synchronous_bytes(OutputFormat format)
    {
        var options = new RenderOptions { Format = format, PngDpi = 40 };
        await using var input = new AsyncOnlyStream(await File.ReadAllBytesAsync(Example("technical-wholesaler")));
        var check = await ChartChecker.Default.CheckAsync(input, Example("technical-wholesaler"));
        await using var output = new AsyncOnlyStream();
        await ChartRenderer.RenderAsync(check, output, options);

        Assert.That(output.ToArray(), Is.EqualTo(ChartRenderer.RenderPages(ChartChecker.Default.CheckFile(Example("technical-wholesaler")), options)[0]));
    }

    [Test]
    public async Task A_file_rendered_asynchronously_is_the_synchronous_file_and_replaces_an_earlier_one()
    {
        var folder = Directory.CreateTempSubdirectory("pace-async-").FullName;
        var check = await ChartChecker.Default.CheckFileAsync(Example("brightleaf-foods"));
        var path = Path.Combine(folder, "chart.pdf");
        await File.WriteAllTextAsync(path, "earlier");
        await ChartRenderer.RenderFileAsync(check, path);
        ChartRenderer.RenderFile(check, Path.Combine(folder, "sync.pdf"));

        Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(folder, "sync.pdf"))));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "chart.pdf", "sync.pdf" }), "no temporary file left");
    }

    [Test]
    public async Task A_chart_built_in_code_renders_asynchronously_to_the_pdf_the_synchronous_call_gives()
    {
        var chart = TestCharts.Example("acme-software");
        await using var output = new AsyncOnlyStream();
        await ChartRenderer.RenderAsync(chart, output, CancellationToken.None);
        using var expected = new MemoryStream();
        ChartRenderer.Render(chart, expected);

        Assert.That(output.ToArray(), Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public async Task A_chart_built_in_code_is_not_rendered_once_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var output = new AsyncOnlyStream();
        Assert.That(async () => await ChartRenderer.RenderAsync(TestCharts.Example("acme-software"), output, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(output.Length, Is.Zero);
    }

    [Test]
    public async Task A_file_rendered_asynchronously_replaces_only_a_regular_file_and_clears_a_killed_runs_leftover()
    {
        var folder = Directory.CreateTempSubdirectory("pace-async-").FullName;
        var check = await ChartChecker.Default.CheckFileAsync(Example("technical-wholesaler"));
        var leftover = Path.Combine(folder, ".old.pdf" + TemporaryFiles.Marker + "0123456789ab");
        await File.WriteAllTextAsync(leftover, "a render killed halfway");
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));
        Directory.CreateDirectory(Path.Combine(folder, "taken.pdf"));

        Assert.That(async () => await ChartRenderer.RenderFileAsync(check, Path.Combine(folder, "taken.pdf")), Throws.InstanceOf<IOException>().With.Message.Contains("not a regular file"));
        await ChartRenderer.RenderFileAsync(check, Path.Combine(folder, "chart.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(Path.Combine(folder, "taken.pdf")), Is.True, "the folder is left as it was");
            Assert.That(Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "chart.pdf", "taken.pdf" }), "the leftover is gone, no new one");
        });
    }

    [Test]
    public async Task A_check_that_did_not_load_is_refused_before_anything_is_written()
    {
        var check = ChartChecker.Default.CheckText("pace: 1\norganization: [broken\n");
        await using var output = new AsyncOnlyStream();
        Assert.That(async () => await ChartRenderer.RenderAsync(check, output), Throws.ArgumentException);
        Assert.That(output.Length, Is.Zero);
    }
}
