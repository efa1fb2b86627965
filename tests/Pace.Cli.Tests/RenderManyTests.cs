namespace Pace.Cli.Tests;

public class RenderManyTests
{
    [Test]
    public void Renders_several_charts_into_an_out_dir_in_input_order()
    {
        var outDir = Path.Combine(PaceTool.TempFolder(), "out");
        var (exit, output, _) = PaceTool.Run("render", PaceTool.Example("*.pace.yaml"), "--out-dir", outDir, "--force");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "acme-software.pdf", "brightleaf-foods.pdf", "technical-wholesaler.pdf" }));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[^1], Is.EqualTo("3 of 3 charts rendered."));
        Assert.That(lines[0], Does.Contain("acme-software.pace.yaml →"));
        Assert.That(output, Does.Not.Contain("Rendering "), "no progress line when not on a terminal");
    }

    [Test]
    public void A_refused_chart_makes_the_run_exit_1_but_the_others_render()
    {
        var outDir = PaceTool.TempFolder();
        var (exit, output, error) = PaceTool.Run("render", PaceTool.Example("technical-wholesaler.pace.yaml"), PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")), "--out-dir", outDir);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("two-owners.pace.yaml has 1 error(s); nothing rendered"));
        Assert.That(output, Does.Contain("1 of 2 charts rendered."));
        Assert.That(File.Exists(Path.Combine(outDir, "technical-wholesaler.pdf")), Is.True);
    }

    [Test]
    public void Output_option_with_several_charts_is_bad_usage()
    {
        var (exit, _, error) = PaceTool.Run("render", PaceTool.Example("*.pace.yaml"), "-o", "x.pdf");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("use --out-dir"));
    }

    [Test]
    public async Task Watch_renders_again_after_a_save_and_keeps_the_last_good_output_on_errors()
    {
        var dir = PaceTool.TempFolder();
        var chart = Path.Combine(dir, "c.pace.yaml");
        var pdf = Path.Combine(dir, "c.pdf");
        var text = await File.ReadAllTextAsync(PaceTool.Example("technical-wholesaler.pace.yaml"));
        await File.WriteAllTextAsync(chart, text);
        using var cancel = new CancellationTokenSource();
        var stdout = new SynchronizedWriter();
        var run = Task.Run(() => Cli.PaceCommand.RunAsync(["render", chart, "--watch"], stdout, TextWriter.Null, cancel.Token));
        await Eventually.True(() => File.Exists(pdf) && stdout.Text.Contains('→', StringComparison.Ordinal));
        var first = await File.ReadAllBytesAsync(pdf);

        await File.WriteAllTextAsync(chart, text.Replace("Van Dijk Installatietechniek", "Van Dijk Techniek", StringComparison.Ordinal));
        await Eventually.True(() => !File.ReadAllBytes(pdf).SequenceEqual(first));
        var second = await File.ReadAllBytesAsync(pdf);

        await File.WriteAllTextAsync(chart, "pace: 1\norganization: [broken\n");
        await Eventually.True(() => stdout.Text.Contains("keeps the last good chart", StringComparison.Ordinal));
        Assert.That(await File.ReadAllBytesAsync(pdf), Is.EqualTo(second));

        await cancel.CancelAsync();
        Assert.That(await run.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(0));
    }

    [Test]
    public async Task Watch_renders_again_when_the_configuration_changes_and_reads_it_afresh()
    {
        var dir = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        var chart = Path.Combine(dir, "c.pace.yaml");
        File.Copy(PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")), chart);
        var config = Path.Combine(dir, "pace.config.yaml");
        await File.WriteAllTextAsync(config, "rules:\n  PACE002: warning\n");
        using var cancel = new CancellationTokenSource();
        var stdout = new SynchronizedWriter();
        var run = Task.Run(() => Cli.PaceCommand.RunAsync(["render", chart, "--watch"], stdout, TextWriter.Null, cancel.Token));
        await Eventually.True(() => stdout.Text.Contains('→', StringComparison.Ordinal));

        // Only the configuration is saved: PACE002 becomes an error, so the chart may no longer be rendered.
        await File.WriteAllTextAsync(config, "rules:\n  PACE002: error\n");
        await Eventually.True(() => stdout.Text.Contains("keeps the last good chart", StringComparison.Ordinal));

        await cancel.CancelAsync();
        Assert.That(await run.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(0));
    }
}
