namespace Pace.Cli.Tests;

/// <summary>Waits for something a command on another thread does (a watch rendering after a save).</summary>
internal static class Eventually
{
    /// <summary>Polls until the condition holds, failing the test after ten seconds without it.</summary>
    public static async Task True(Func<bool> condition, string? what = null)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.That(condition(), Is.True, "timed out waiting" + (what is null ? string.Empty : " for " + what));
    }
}
