using System.Xml.Linq;

namespace Pace.Package.Tests;

/// <summary>
/// The platforms Pace.Tool has a package of its own for, as src/Pace.Cli/Pace.Cli.csproj lists them: the
/// <c>PaceToolPlatform</c> items (RID, the release runner that compiles it, and the container it packs in) and the
/// <c>PaceToolPlatforms</c> property that <c>ToolPackageRuntimeIdentifiers</c> is made of.
/// </summary>
internal static class ToolPlatforms
{
    /// <summary>One platform: its RID, the GitHub-hosted runner that packs it, and the container image ("" for none).</summary>
    public sealed record Platform(string Rid, string Runner, string Container);

    private static readonly XDocument Project = XDocument.Load(Path.Combine(PackageFixture.RepositoryRoot, "src", "Pace.Cli", "Pace.Cli.csproj"));

    /// <summary>The <c>PaceToolPlatform</c> items.</summary>
    public static IReadOnlyList<Platform> Items { get; } = Project.Descendants("PaceToolPlatform")
        .Select(p => new Platform((string)p.Attribute("Include")!, (string)p.Attribute("Runner")!, (string?)p.Attribute("Container") ?? string.Empty))
        .ToList();

    /// <summary>The RIDs of the <c>PaceToolPlatforms</c> property, as written.</summary>
    public static IReadOnlyList<string> Property { get; } = ((string)Project.Descendants("PaceToolPlatforms").Single())
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every RID the pointer package names: the platforms, and <c>any</c> for the portable tool.</summary>
    public static IReadOnlyList<string> PackageRuntimeIdentifiers { get; } = [.. Property, "any"];
}
