namespace Pace.Package.Tests;

/// <summary>Writes the small projects the tests build, as a user would write them.</summary>
internal static class Consumer
{
    public static string Examples => Path.Combine(PackageFixture.RepositoryRoot, "examples");

    public static void WriteProject(string directory, string name, string outputType, params string[] packageIds)
    {
        var references = string.Join("\n", packageIds.Select(id => $"    <PackageReference Include=\"{id}\" Version=\"{PackageFixture.Version}\" />"));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
    }

    public static void CopyExample(string example, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(Path.Combine(Examples, example), destination, overwrite: true);
    }

    public static ProcessResult Build(string directory, params string[] extra) =>
        DotNet.Run(directory, PackageFixture.Environment, ["build", "-nologo", "-clp:NoSummary", .. extra]);

    /// <summary>The lines of a process's output that contain <paramref name="text"/>.</summary>
    public static string[] LinesWith(this ProcessResult result, string text) =>
        result.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(text, StringComparison.Ordinal)).ToArray();

    /// <summary>The text of a PDF's pages.</summary>
    public static string PdfText(string path)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
