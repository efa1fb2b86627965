using System.CommandLine;
using System.Reflection;
using Pace.Cli.Input;

namespace Pace.Cli.Commands;

/// <summary><c>pace init [FILE] [--lang] [--with-face]</c>: writes a commented starter chart that validates clean; never overwrites.</summary>
internal static class InitCommand
{
    public static Command Create(Console console)
    {
        var file = new Argument<string>("file") { Description = "Where to write the chart", DefaultValueFactory = _ => "chart.pace.yaml" };
        var lang = CommonOptions.Lang();
        var face = new Option<bool>("--with-face") { Description = "Add a starter FACe (Function Accountability Chart): the seats, their leading indicators and results" };
        var command = new Command("init", "Write a commented starter chart (never overwrites a file)") { file, lang, face };
        command.SetAction(parse => console.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            var language = parse.GetValue(lang) ?? "en";
            var template = parse.GetValue(face) ? WithFace(Template(language), language) : Template(language);
            try
            {
                // A new chart may start a new folder (pace init charts/acme.pace.yaml).
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                // FileMode.CreateNew fails when the file exists, atomically: no check-then-write race.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(template);
            }
            catch (IOException) when (File.Exists(path) || Directory.Exists(path))
            {
                throw new UserError($"{Shown.Path(path)} already exists; pace init never overwrites a file — choose another name");
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UserError($"{Shown.Path(path)}: the folder does not exist", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new UserError($"{Shown.Path(path)}: permission denied", e);
            }
            catch (IOException e)
            {
                throw new UserError($"{Shown.Path(path)}: cannot be written: {e.Message}", e);
            }

            console.Out.WriteLine($"Wrote {Shown.Path(path)}. Next: pace validate {Shown.Path(path)} && pace render {Shown.Path(path)}");
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static byte[] Template(string language) => Resource($"starter.{language}.pace.yaml");

    /// <summary>The starter chart with the FACe block put in before its journey, where the format documents it.</summary>
    private static byte[] WithFace(byte[] starter, string language)
    {
        var text = System.Text.Encoding.UTF8.GetString(starter);
        var at = text.IndexOf("\njourney:", StringComparison.Ordinal) + 1;
        var face = System.Text.Encoding.UTF8.GetString(Resource($"face.{language}.yaml"));
        return System.Text.Encoding.UTF8.GetBytes(text[..at] + face + text[at..]);
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
