using System.CommandLine;
using System.Reflection;
using System.Text;
using Pace.Cli.Output.Escaping;
using Pace.Yaml;

namespace Pace.Cli.Commands;

/// <summary><c>pace init [FILE] [--lang]</c>: writes a commented starter chart that validates clean; never overwrites.</summary>
internal static class InitCommand
{
    private const string SchemaLine = "# yaml-language-server: $schema=";

    public static Command Create(Session session)
    {
        var file = new Argument<string>("file") { Description = "Where to write the chart", DefaultValueFactory = _ => "chart.pace.yaml" };
        var lang = CommonOptions.Lang();
        var command = new Command("init", "Write a commented starter chart (never overwrites a file)") { file, lang };
        command.SetAction(parse => session.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            var language = parse.GetValue(lang) == ChartLanguage.Dutch ? "nl" : "en";
            try
            {
                // A new chart may start a new folder (pace init charts/acme.pace.yaml).
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                var template = Template(language, SchemaFor(path));

                // FileMode.CreateNew fails when the file exists, atomically: no check-then-write race.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(template);
            }
            catch (IOException) when (File.Exists(path) || Directory.Exists(path))
            {
                throw new UserError($"{path} already exists; pace init never overwrites a file — choose another name");
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UserError($"{path}: the folder does not exist", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new UserError($"{path}: permission denied", e);
            }
            catch (IOException e)
            {
                throw new UserError($"{path}: cannot be written: {e.Message}", e);
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
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Pace.Cli.Templates.starter.{language}.pace.yaml")
            ?? throw new InvalidOperationException($"The {language} starter chart is missing from the build.");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (text.StartsWith(SchemaLine, StringComparison.Ordinal) && firstLineEnd > 0)
        {
            text = SchemaLine + schema + text[firstLineEnd..];
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }
}
