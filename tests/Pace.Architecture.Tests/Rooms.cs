using System.Text.RegularExpressions;

namespace Pace.Architecture.Tests;

/// <summary>
/// The rooms of the house as folders of the source tree. The common types share the namespace <c>Pace</c> across
/// several folders (Model/, Diagnostics/, Checking/), so a room is told by its folder, not its namespace: the types a
/// folder declares are read from its source files.
/// </summary>
internal static partial class Rooms
{
    public static string Root { get; } = FindRoot();

    /// <summary>A regular expression matching the full names of the types declared under a folder (and nested types).</summary>
    public static string TypesIn(string folder)
    {
        var names = DeclaredTypes(folder).ToList();
        Assert.That(names, Is.Not.Empty, $"{folder} declares no types: the room is gone or the reader is broken");
        return "^(" + string.Join("|", names.Select(Regex.Escape)) + @")(\+.*|`\d+.*)?$";
    }

    /// <summary>The full names of the types declared in the .cs files under a folder of src/.</summary>
    public static IEnumerable<string> DeclaredTypes(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", folder), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var ns = Namespace().Match(text).Groups[1].Value;
            foreach (Match m in Declaration().Matches(text))
            {
                yield return ns + "." + m.Groups[1].Value;
            }
        }
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    // Top-level declarations only: no indentation before the modifiers.
    [GeneratedRegex(@"^(?:public |internal |file )?(?:static |sealed |abstract |readonly |partial |ref )*(?:class|record struct|record|struct|interface|enum) (\w+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pace.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pace.sln not found above " + AppContext.BaseDirectory);
    }
}
