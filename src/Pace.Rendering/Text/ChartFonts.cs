using System.Collections.Concurrent;

namespace Pace.Rendering.Text;

/// <summary>Why a font a chart names is not used.</summary>
internal enum FontFault
{
    /// <summary>No such file.</summary>
    Missing,

    /// <summary>The file cannot be read (permissions, I/O).</summary>
    Unreadable,

    /// <summary>Larger than <see cref="FontFiles.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>Not a TrueType or OpenType font Pace can embed.</summary>
    Format,
}

/// <summary>A font file a chart names that cannot be used, and where it was named.</summary>
/// <param name="Path">The model path of the key, e.g. <c>theme.fonts[0].regular</c>.</param>
/// <param name="Span">Where in the chart or configuration file.</param>
/// <param name="File">The file as written.</param>
/// <param name="Fault">Why it is not used.</param>
/// <param name="Detail">For <see cref="FontFault.Format"/>, what is wrong with it.</param>
internal sealed record FontProblem(string Path, SourceSpan? Span, string File, FontFault Fault, string Detail);

/// <summary>
/// Resolves the fonts a chart names (<see cref="Theme.Fonts"/>: its own, then its configuration's) into the font stack
/// it is drawn with. Paths are relative to the file that names them, else to the given folder. Loaded fonts are kept per
/// process by path, size and modification time, so a batch of charts reads a shared font once, and validation and
/// rendering of one chart agree.
/// </summary>
internal static class ChartFonts
{
    private const int CacheCapacity = 32;
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), Lazy<(Typeface? Font, FontFault Fault, string Detail)>> Cache = new();

    /// <summary>The font stack of a chart, and what could not be used.</summary>
    public static (FontStack Fonts, IReadOnlyList<FontProblem> Problems) Resolve(Chart chart, string? baseDirectory)
    {
        var fonts = chart.Theme?.Fonts ?? [];
        if (fonts.Count == 0)
        {
            return (FontStack.Bundled(), []);
        }

        var problems = new List<FontProblem>();
        var loaded = new List<(Typeface, Typeface?)>();
        for (var i = 0; i < fonts.Count; i++)
        {
            var font = fonts[i];
            var path = "theme.fonts[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var regular = Load(font, "regular", font.Regular, path, chart, baseDirectory, problems);
            var bold = Load(font, "bold", font.Bold, path, chart, baseDirectory, problems);
            if (regular is not null)
            {
                loaded.Add((regular, bold));
            }
            else if (bold is not null)
            {
                loaded.Add((bold, bold));
            }
        }

        return (FontStack.With(loaded), problems);
    }

    private static Typeface? Load(ThemeFont font, string key, string? file, string path, Chart chart, string? baseDirectory, List<FontProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        var (typeface, fault, detail) = LoadFile(Locate(file, font, chart, baseDirectory));
        if (typeface is null)
        {
            problems.Add(new FontProblem(path + "." + key, font.Source?.ValueOf(key), file, fault, detail));
        }

        return typeface;
    }

    /// <summary>A path as written, resolved against the folder of the file that names it, else the base folder.</summary>
    private static string Locate(string file, ThemeFont font, Chart chart, string? baseDirectory)
    {
        if (Path.IsPathRooted(file))
        {
            return file;
        }

        var namedIn = font.Source?.Node.File ?? (baseDirectory is null ? chart.Source?.Node.File : null);
        var folder = namedIn is not null ? Path.GetDirectoryName(Path.GetFullPath(namedIn)) : baseDirectory;
        return Path.GetFullPath(folder is null ? file : Path.Combine(folder, file));
    }

    private static (Typeface?, FontFault, string) LoadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, FontFault.Missing, string.Empty);
            }

            var key = (info.FullName, info.Length, info.LastWriteTimeUtc);
            if (Cache.Count >= CacheCapacity && !Cache.ContainsKey(key))
            {
                Cache.Clear();
            }

            return Cache.GetOrAdd(key, k => new Lazy<(Typeface?, FontFault, string)>(() => Read(k.Path))).Value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, FontFault.Unreadable, string.Empty);
        }
    }

    private static (Typeface?, FontFault, string) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = FontFiles.Read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, FontFault.Missing, string.Empty);
        }
        catch (InvalidDataException)
        {
            return (null, FontFault.TooLarge, string.Empty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, FontFault.Unreadable, string.Empty);
        }

        try
        {
            return (Typeface.Load(Path.GetFileNameWithoutExtension(path), bytes, shaped: true), FontFault.Format, string.Empty);
        }
        catch (InvalidDataException e)
        {
            return (null, FontFault.Format, e.Message);
        }
    }
}
