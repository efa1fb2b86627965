using System.Text;

namespace Pace.Cli.Tests;

/// <summary>
/// <c>theme.logo</c> through the command: a logo outside the chart's repository is not read — PACE119 is printed and
/// the PDF is drawn without it — unless the configuration in force (here one named with <c>--config</c>) allows its
/// folder with <c>logo-folders</c>.
/// </summary>
public class LogoConfinementTests
{
    /// <summary>A valid 1 × 1 RGBA PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>
    /// <c>outside/brand/logo.png</c> beside a repository <c>repo/</c> whose <c>charts/c.pace.yaml</c> names it as
    /// <c>../../brand/logo.png</c>; <c>outside/allow.yaml</c> allows <c>brand/</c>.
    /// </summary>
    private static (string Chart, string Allow, string Pdf) Setup()
    {
        var dir = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(dir, "repo", "charts"));
        Directory.CreateDirectory(Path.Combine(dir, "brand"));
        File.WriteAllBytes(Path.Combine(dir, "brand", "logo.png"), Png);
        var chart = Path.Combine(dir, "repo", "charts", "c.pace.yaml");
        File.WriteAllText(chart, File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml")) + "theme:\n  logo: ../../brand/logo.png\n");
        var allow = Path.Combine(dir, "allow.yaml");
        File.WriteAllText(allow, "logo-folders: [brand]\n");
        return (chart, allow, Path.Combine(dir, "c.pdf"));
    }

    private static bool HasImage(string pdf) => Encoding.Latin1.GetString(File.ReadAllBytes(pdf)).Contains("/Subtype /Image", StringComparison.Ordinal);

    [Test]
    public void A_logo_outside_the_repository_is_reported_and_the_chart_rendered_without_it()
    {
        var (chart, _, pdf) = Setup();

        var (exit, output, error) = PaceTool.Run("render", chart, "-o", pdf);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(error, Does.Contain($"{chart}:").And.Contain(" warning PACE119: "));
            Assert.That(output, Does.Contain($"{chart} → {pdf}"));
            Assert.That(HasImage(pdf), Is.False, "no image in the PDF");
        });
    }

    [Test]
    public void A_named_configuration_can_allow_the_logos_folder()
    {
        var (chart, allow, pdf) = Setup();

        var (exit, _, error) = PaceTool.Run("render", chart, "-o", pdf, "--config", allow);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(error, Does.Not.Contain("PACE119"));
            Assert.That(HasImage(pdf), Is.True, "the logo is embedded");
        });
    }
}
