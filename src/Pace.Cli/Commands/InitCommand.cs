using System.CommandLine;
using System.Reflection;
using System.Text;
using Pace.Cli.Output.Escaping;
using Pace.Yaml;

namespace Pace.Cli.Commands;

/// <summary><c>pace init [FILE] [--lang] [--with-face]</c>: writes a commented starter chart that validates clean; never overwrites.</summary>
internal static class InitCommand
{
    private const string SchemaLine = "# yaml-language-server: $schema=";

    public static Command Create(Session session)
    {
        var file = new Argument<string>("file") { Description = "Where to write the chart", DefaultValueFactory = _ => "chart.pace.yaml" };
        var lang = CommonOptions.Lang();
        var face = new Option<bool>("--with-face") { Description = "Add a starter FACe (Function Accountability Chart): the seats, their leading indicators and results" };
        var command = new Command("init", "Write a commented starter chart (never overwrites a file)") { file, lang, face };
        command.SetAction(parse => session.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            var language = parse.GetValue(lang) == ChartLanguage.Dutch ? "nl" : "en";
            var withFace = parse.GetValue(face);
            try
            {
                // A new chart may start a new folder (pace init charts/acme.pace.yaml).
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                var starter = Template(language, SchemaFor(path));
                var template = withFace ? WithFace(starter, language) : starter;

                // FileMode.CreateNew fails when the file exists, atomically: no check-then-write race.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(template);
            }
            catch (IOException) when (File.Exists(path) || Directory.Exists(path))
            {
                throw new UserError($"{LineText.Path(path)} already exists; pace init never overwrites a file — choose another name");
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UserError($"{LineText.Path(path)}: the folder does not exist", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new UserError($"{LineText.Path(path)}: permission denied", e);
            }
            catch (IOException e)
            {
                throw new UserError($"{LineText.Path(path)}: cannot be written: {e.Message}", e);
            }

            var shown = LineText.Text(path);
            session.Out.WriteLine($"Wrote {shown}. Next: pace validate {shown} && pace render {shown}");
            return ExitCodes.Clean;
        }));
        return command;
    }

    /// <summary>
    /// Where the new chart's <c>$schema</c> points: a <c>pace.schema.json</c> that <c>pace schema -o</c> wrote in the
    /// chart's folder or above it (up to the repository's root), as a relative path that works offline; else the
    /// schema's published address (<see cref="ChartSchema.Id"/>).
    /// </summary>
    internal static string SchemaFor(string chartPath)
    {
        var chartFolder = Path.GetDirectoryName(Path.GetFullPath(chartPath))!;
        for (var folder = chartFolder; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var candidate = Path.Combine(folder, SchemaCommand.FileName);
            if (File.Exists(candidate))
            {
                var relative = Path.GetRelativePath(chartFolder, candidate).Replace('\\', '/');
                return relative.StartsWith('.') ? relative : "./" + relative;
            }

            if (Path.Exists(Path.Combine(folder, ".git")))
            {
                break;
            }
        }

        return ChartSchema.Id;
    }

    private static byte[] Template(string language, string schema)
    {
        var text = Encoding.UTF8.GetString(Resource($"starter.{language}.pace.yaml"));
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (text.StartsWith(SchemaLine, StringComparison.Ordinal) && firstLineEnd > 0)
        {
            text = SchemaLine + schema + text[firstLineEnd..];
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }

    /// <summary>The starter chart with the FACe block put in before its journey, where the format documents it.</summary>
    private static byte[] WithFace(byte[] starter, string language)
    {
        var text = Encoding.UTF8.GetString(starter);
        var at = text.IndexOf("\njourney:", StringComparison.Ordinal) + 1;
        var face = Encoding.UTF8.GetString(Resource($"face.{language}.yaml"));
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text[..at] + face + text[at..]);
    }

    private static byte[] Resource(string name)
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Pace.Cli.Templates.{name}")
            ?? throw new InvalidOperationException($"The template {name} is missing from the build.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}
