namespace Pace.Cli.Tests;

/// <summary>The reader's limits, set from the command line of any command.</summary>
public class LimitOptionTests
{
    [TestCase("--max-file-size", "100", "PACE110")]
    [TestCase("--max-depth", "2", "PACE111")]
    [TestCase("--max-nodes", "10", "PACE112")]
    [TestCase("--max-text-length", "5", "PACE113")]
    public void A_lower_limit_refuses_the_example_with_its_code(string option, string value, string code)
    {
        var file = PaceTool.Example("technical-wholesaler.pace.yaml");
        Assert.That(PaceTool.Run("validate", file).Exit, Is.EqualTo(0), "within the default limits");
        var (exit, output, _) = PaceTool.Run("validate", file, option, value);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"error {code}:"));
    }

    [Test]
    public void Limits_apply_to_render_too()
    {
        var (exit, _, error) = PaceTool.Run("render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", Path.Combine(PaceTool.TempFolder(), "w.pdf"), "--max-nodes", "10");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("error PACE112:"));
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("many")]
    public void A_limit_that_is_not_a_positive_number_is_bad_usage(string value) =>
        Assert.That(PaceTool.Run("validate", PaceTool.Example("technical-wholesaler.pace.yaml"), "--max-depth", value).Exit, Is.EqualTo(2));
}
