using System.CommandLine;
using Pace.Cli.Commands;

namespace Pace.Cli;

/// <summary>The root of the <c>pace</c> command: parses the arguments and runs one command.</summary>
internal static class PaceCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool color = false, bool interactive = false) =>
        RunAsync(args, stdout, stderr, CancellationToken.None, color, interactive).GetAwaiter().GetResult();

    /// <summary>Runs with standard input and output as byte streams of the caller's (tests, for --stdin-filepath and -o -).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream standardInput, Stream standardOutput) =>
        RunAsync(args, new Console(stdout, stderr) { StandardInput = () => standardInput, StandardOutput = () => standardOutput }, CancellationToken.None).GetAwaiter().GetResult();

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool color = false, bool interactive = false, bool outputIsTerminal = false) =>
        RunAsync(args, new Console(stdout, stderr) { Color = color, Interactive = interactive, OutputIsTerminal = outputIsTerminal }, cancellationToken);

    private static Task<int> RunAsync(string[] args, Console console, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = (console.Out, console.Error);
        var verbose = new Option<bool>("--verbose") { Description = "Print more detail when something goes wrong", Recursive = true };
        var root = new RootCommand("Pace: PACe charts as code — validate and render Process Accountability Charts")
        {
            ValidateCommand.Create(console),
            RenderCommand.Create(console),
            InitCommand.Create(console),
            SchemaCommand.Create(console),
            DiffCommand.Create(console),
            ExportCommand.Create(console),
            TargetsCommand.Create(console),
            ExplainCommand.Create(console),
        };
        root.Options.Add(verbose);
        var limits = new ReaderLimitOptions();
        limits.AddTo(root);

        var parse = root.Parse(args);
        console.Verbose = parse.GetValue(verbose);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"pace: {error.Message}");
            }

            stderr.WriteLine("Run 'pace --help' for usage.");
            return Task.FromResult(ExitCodes.Failure);
        }

        console.Limits = limits.Read(parse);
        return parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }
}
