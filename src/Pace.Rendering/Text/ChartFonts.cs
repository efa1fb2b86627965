using System.Collections.Concurrent;
using Pace.Configuration;
using Pace.Files;

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

    /// <summary>Outside the chart's repository (outside one, its folder) and the configuration's <c>font-folders:</c>; never opened.</summary>
    Outside,

    /// <summary>A symbolic link that loops, or chains more than 40 links.</summary>
    Loop,

    /// <summary>A folder, FIFO, device or socket; nothing read from it.</summary>
    NotRegular,
}

/// <summary>A font file a chart names that cannot be used, and where it was named.</summary>
/// <param name="Path">The model path of the key, e.g. <c>theme.fonts[0].regular</c>.</param>
/// <param name="Span">Where in the chart or configuration file.</param>
/// <param name="File">The file as written.</param>
/// <param name="Fault">Why it is not used.</param>
/// <param name="Detail">For <see cref="FontFault.Format"/>, what is wrong with it; for <see cref="FontFault.Outside"/>, the chart's own boundary.</param>
internal sealed record FontProblem(string Path, SourceSpan? Span, string File, FontFault Fault, string Detail);

/// <summary>
/// Resolves the fonts a chart names (<see cref="Theme.Fonts"/>: its own, then its configuration's) into the font stack
/// it is drawn with. Paths are relative to the file that names them, else to the given folder. As a logo, a font file is
/// read only from inside the chart's repository (outside one, the chart's folder) or a folder of the configuration's
/// <c>font-folders:</c>, links followed (<see cref="ConfinedFile"/>): a chart from a pull request cannot make Pace open
/// <c>/etc/shadow</c> or <c>/dev/zero</c> as a font. Loaded fonts are kept per process by real path, size and
/// modification time, so a batch of charts reads a shared font once, and validation and rendering of one chart agree.
/// </summary>
internal static class ChartFonts
{
    private const int CacheCapacity = 32;
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written, int? Face, bool Bold), Lazy<(Typeface? Font, FontFault Fault, string Detail)>> Cache = new();

    /// <summary>The font stack of a chart, and what could not be used.</summary>
    /// <param name="chart">The chart, with its configuration's fonts after its own.</param>
    /// <param name="baseDirectory">The folder of a chart built in code: fonts without a file that names them are relative to it.</param>
    /// <param name="fontFolders">Full paths of the folders a configuration allows besides the chart's own boundary.</param>
    public static (FontStack Fonts, IReadOnlyList<FontProblem> Problems) Resolve(Chart chart, string? baseDirectory, IReadOnlyList<string>? fontFolders = null)
    {
        var fonts = chart.Theme?.Fonts ?? [];
        if (fonts.Count == 0)
        {
            return (FontStack.Bundled(), []);
        }

        var places = FontPlaces.Of(chart, baseDirectory, fontFolders ?? []);
        var problems = new List<FontProblem>();
        var loaded = new List<(Typeface, Typeface?)>();
        for (var i = 0; i < fonts.Count; i++)
        {
            var font = fonts[i];
            var path = "theme.fonts[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var regular = Load(font, "regular", font.Regular, path, places, problems);
            var bold = Load(font, "bold", font.Bold, path, places, problems);
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

    private static Typeface? Load(ThemeFont font, string key, string? file, string path, FontPlaces places, List<FontProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        var (name, face) = FontCollection.Split(file);
        var (real, refusal) = ConfinedFile.Locate(name, places.FolderFor(font), places.Allowed);
        // Bold counts only where it chooses a collection's face by style: a .ttf named as regular and as bold stays one
        // typeface, embedded once.
        var bold = key == "bold" && face is null && FontCollection.IsNamed(name);
        (Typeface? Font, FontFault Fault, string Detail) loaded = real is not null ? LoadFile(real, face, bold)
            : refusal == ConfinedRefusal.Outside ? (null, FontFault.Outside, places.Own)
            : (null, FaultOf(refusal), string.Empty);
        if (loaded.Font is null)
        {
            problems.Add(new FontProblem(path + "." + key, font.Source?.ValueOf(key), file, loaded.Fault, loaded.Detail));
        }

        return loaded.Font;
    }

    private static (Typeface?, FontFault, string) LoadFile(string realPath, int? face, bool bold)
    {
        try
        {
            var info = new FileInfo(realPath);
            if (!info.Exists)
            {
                return (null, Directory.Exists(realPath) ? FontFault.NotRegular : FontFault.Missing, string.Empty);
            }

            var key = (info.FullName, info.Length, info.LastWriteTimeUtc, face, bold);
            if (Cache.Count >= CacheCapacity && !Cache.ContainsKey(key))
            {
                Cache.Clear();
            }

            return Cache.GetOrAdd(key, k => new Lazy<(Typeface?, FontFault, string)>(() => Read(k.Path, k.Face, k.Bold))).Value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, FontFault.Unreadable, string.Empty);
        }
    }

    private static (Typeface?, FontFault, string) Read(string realPath, int? face, bool bold)
    {
        var (bytes, refusal) = FontFiles.Read(realPath);
        if (bytes is null)
        {
            return (null, FaultOf(refusal), string.Empty);
        }

        try
        {
            // A collection's face is taken out as a font file of its own: from here on it is any other .ttf or .otf.
            var name = Path.GetFileNameWithoutExtension(realPath);
            if (FontCollection.Is(bytes))
            {
                (bytes, var number) = FontCollection.Extract(bytes, face, bold);
                name += "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return (Typeface.Load(name, bytes, shaped: true), FontFault.Format, string.Empty);
        }
        catch (InvalidDataException e)
        {
            return (null, FontFault.Format, e.Message);
        }
    }

    private static FontFault FaultOf(ConfinedRefusal refusal) => refusal switch
    {
        ConfinedRefusal.Missing => FontFault.Missing,
        ConfinedRefusal.TooLarge => FontFault.TooLarge,
        ConfinedRefusal.NotRegular => FontFault.NotRegular,
        ConfinedRefusal.Loop => FontFault.Loop,
        ConfinedRefusal.Outside => FontFault.Outside,
        _ => FontFault.Unreadable,
    };

    /// <summary>
    /// Where a chart's fonts are looked for: relative paths start from the folder of the file that names them (the
    /// chart, or the configuration for its fonts), else the base folder, else the chart's folder; they may lie in the
    /// chart's boundary — the repository of its folder, outside one that folder — or a folder the configuration allows.
    /// </summary>
    private sealed record FontPlaces(string? BaseDirectory, string ChartFolder, string Own, IReadOnlyList<string> Allowed)
    {
        public static FontPlaces Of(Chart chart, string? baseDirectory, IReadOnlyList<string> fontFolders)
        {
            var chartFolder = FolderOf(chart.Source?.Node.File) ?? FolderOf(baseDirectory, isFolder: true) ?? Environment.CurrentDirectory;
            var boundary = PaceConfigReader.RepositoryOf(chartFolder) ?? chartFolder;
            return new FontPlaces(baseDirectory, chartFolder, boundary, [boundary, .. fontFolders]);
        }

        /// <summary>The folder a font's relative paths start from.</summary>
        public string FolderFor(ThemeFont font) =>
            FolderOf(font.Source?.Node.File) ?? FolderOf(BaseDirectory, isFolder: true) ?? ChartFolder;

        private static string? FolderOf(string? path, bool isFolder = false)
        {
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            try
            {
                var full = Path.GetFullPath(path);
                return isFolder ? full : Path.GetDirectoryName(full);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return null;
            }
        }
    }
}
