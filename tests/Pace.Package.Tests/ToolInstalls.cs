using System.Diagnostics;

namespace Pace.Package.Tests;

/// <summary><c>dotnet tool install &lt;id&gt; --tool-path</c> from the feed, once per package id and test run.</summary>
internal static class ToolInstalls
{
    private static readonly Dictionary<string, string> Folders = [];

    /// <summary>The tool-path folder <paramref name="packageId"/> is installed in (its <c>pace</c> beside <c>.store/</c>).</summary>
    public static string Install(string packageId)
    {
        if (Folders.TryGetValue(packageId, out var installed))
        {
            return installed;
        }

        var tools = PackageFixture.NewFolder("tools-" + packageId);
        var clock = Stopwatch.StartNew();
        var install = DotNet.Run(PackageFixture.Root, PackageFixture.Environment,
            "tool", "install", packageId, "--tool-path", tools, "--version", PackageFixture.Version, "--configfile", PackageFixture.NuGetConfig);
        TestContext.Progress.WriteLine($"tool install {packageId}: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        Assert.That(install.Output, Does.Contain("pace"), install.ToString());
        Folders[packageId] = tools;
        return tools;
    }

    /// <summary>The installed command.</summary>
    public static string Pace(string tools) => Path.Combine(tools, OperatingSystem.IsWindows() ? "pace.exe" : "pace");
}
