using System.CommandLine;
using Pace.Cli.Commands;

namespace Pace.Cli;

/// <summary>The root of the <c>pace</c> command: parses the arguments and runs one command.</summary>
internal static class PaceCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new Console(stdout, stderr);
        var verbose = new Option<bool>("--verbose") { Description = "Print more detail when something goes wrong", Recursive = true };
        var root = new RootCommand("Pace: PACe charts as code — validate and render Process Accountability Charts")
        {
            ValidateCommand.Create(console),
            RenderCommand.Create(console),
        };
        root.Options.Add(verbose);

        var parse = root.Parse(args);
        console.Verbose = parse.GetValue(verbose);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"pace: {error.Message}");
            }

            stderr.WriteLine("Run 'pace --help' for usage.");
            return ExitCodes.Failure;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
