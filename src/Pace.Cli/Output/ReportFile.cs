using System.Text;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// Writes a report to <c>-o/--output FILE</c> the way <c>render</c> writes a PDF: into a temporary file beside it,
/// then moved into place, so a failed run never leaves half a report and an earlier report stays whole until the new
/// one is complete. A report replacing a file is forced to disk before the move. It never writes over an input chart.
/// </summary>
internal static class ReportFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes what <paramref name="write"/> prints to <paramref name="path"/>, atomically.</summary>
    /// <exception cref="UserError">The path is an input chart or a folder, its folder is missing, or it cannot be written.</exception>
    public static void Write(string path, IEnumerable<string> inputs, Action<TextWriter> write)
    {
        foreach (var input in inputs)
        {
            OutputPath.Check(input, path);
        }

        if (Directory.Exists(path))
        {
            throw new UserError($"{LineText.Path(path)} is a folder; give a file name with -o");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UserError($"{LineText.Path(path)}: the folder {LineText.Path(folder)} does not exist");
        }

        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        var replacing = File.Exists(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                using (var writer = new StreamWriter(stream, Utf8, leaveOpen: true) { NewLine = "\n" })
                {
                    write(writer);
                }

                stream.Flush(flushToDisk: replacing);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new UserError($"{LineText.Path(path)}: cannot be written: {e.Message}", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary file is hidden and named as such.
        }
    }
}
