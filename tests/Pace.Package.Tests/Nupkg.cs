using System.IO.Compression;
using System.Xml.Linq;

namespace Pace.Package.Tests;

/// <summary>A packed .nupkg, read as the zip it is.</summary>
internal sealed class Nupkg : IDisposable
{
    private readonly ZipArchive _zip;

    public Nupkg(string path)
    {
        Path = path;
        _zip = ZipFile.OpenRead(path);
    }

    public string Path { get; }

    /// <summary>Every file's path inside the package.</summary>
    public IReadOnlyList<string> Files => _zip.Entries.Select(e => e.FullName).ToList();

    /// <summary>The files under <see cref="ToolFolder"/>, by their path below it.</summary>
    public IReadOnlyList<string> ToolFiles =>
        Files.Where(f => f.StartsWith(ToolFolder, StringComparison.Ordinal)).Select(f => f[ToolFolder.Length..]).ToList();

    /// <summary>The folder that holds <c>DotnetToolSettings.xml</c> (tools/&lt;tfm&gt;/&lt;rid&gt;/), with its trailing slash.</summary>
    public string ToolFolder => ToolSettingsPath[..^"DotnetToolSettings.xml".Length];

    /// <summary>A file of the tool, by its path below <see cref="ToolFolder"/>.</summary>
    public byte[] ToolBytes(string file) => Bytes(ToolFolder + file);

    public string ToolSettingsPath => Files.Single(f => f.StartsWith("tools/", StringComparison.Ordinal) && f.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));

    /// <summary>The tool's DotnetToolSettings.xml.</summary>
    public XElement ToolSettings => XElement.Parse(Text(ToolSettingsPath));

    /// <summary>The nuspec's package types (DotnetTool, DotnetToolRidPackage…).</summary>
    public IReadOnlyList<string> PackageTypes =>
        XElement.Parse(Text(Files.Single(f => f.EndsWith(".nuspec", StringComparison.Ordinal))))
            .Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string)e.Attribute("name")!).ToList();

    public byte[] Bytes(string path)
    {
        using var stream = _zip.GetEntry(path)?.Open() ?? throw new FileNotFoundException($"{path} is not in {Path}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Bytes(path)).TrimStart('\uFEFF');

    public void Dispose() => _zip.Dispose();
}
