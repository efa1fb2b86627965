using System.Reflection;

namespace Pace.Cli.Output;

/// <summary>
/// The project's addresses, all derived from the one URL the build sets (<c>PaceProjectUrl</c> in
/// Directory.Build.props, carried into the assembly as metadata): the home page and each rule's page.
/// </summary>
internal static class ProjectLinks
{
    /// <summary>The project's home, e.g. <c>https://github.com/OWNER/REPOSITORY</c>.</summary>
    public static string Home { get; } =
        typeof(ProjectLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PaceProjectUrl")?.Value?.TrimEnd('/')
        ?? throw new InvalidOperationException("The build did not set PaceProjectUrl.");

    /// <summary>The web page of a rule: its Markdown file in the repository.</summary>
    public static string RulePage(string code) => $"{Home}/blob/main/docs/rules/{Uri.EscapeDataString(code)}.md";
}
