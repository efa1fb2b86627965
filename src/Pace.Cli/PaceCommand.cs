using System.CommandLine;
using System.CommandLine.Help;
using Pace.Cli.Commands;
using Pace.Cli.Output.Escaping;
using Pace.Cli.Parsing;

namespace Pace.Cli;

/// <summary>The root of the <c>pace</c> command: parses the arguments and runs one command.</summary>
internal static class PaceCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool color = false, bool interactive = false) =>
        RunAsync(args, stdout, stderr, CancellationToken.None, color, interactive).GetAwaiter().GetResult();

    /// <summary>Runs with standard input and output as byte streams of the caller's (tests, for --stdin-filepath and -o -).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream standardInput, Stream standardOutput) =>
        RunAsync(args, new Session(stdout, stderr) { StandardInput = () => standardInput, StandardOutput = () => standardOutput }, CancellationToken.None).GetAwaiter().GetResult();

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool color = false, bool interactive = false, bool outputIsTerminal = false) =>
        RunAsync(args, new Session(stdout, stderr) { Color = color, Interactive = interactive, OutputIsTerminal = outputIsTerminal }, cancellationToken);

    private static Task<int> RunAsync(string[] args, Session session, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = (session.Out, session.Error);
        var root = Create(session, out var verbose, out var limits);
        // No response files: "@name" is a file name like any other (a chart may be called @team.pace.yaml), and a
        // command line is never read from a file a pull request could have put there.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        session.Verbose = parse.GetValue(verbose);
        var problems = StrictCommandLine.Problems(parse, args);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine($"pace: {LineText.Text(problem)}");
            }

            stderr.WriteLine("Run 'pace --help' for usage.");
            return Task.FromResult(ExitCodes.Failure);
        }

        session.Limits = limits.Read(parse);
        return parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    /// <summary>
    /// The command tree. Its root is a plain command named <c>pace</c> rather than System.CommandLine's root command,
    /// which names itself after the executable: "Pace.Cli" when the portable tool runs through <c>dotnet</c>.
    /// </summary>
    private static Command Create(Session session, out Option<bool> verbose, out ReaderLimitOptions limits)
    {
        verbose = new Option<bool>("--verbose") { Description = "Print more detail when something goes wrong", Recursive = true };
        limits = new ReaderLimitOptions();
        var root = new Command("pace", "Pace: PACe charts as code — validate and render Process Accountability Charts")
        {
            ValidateCommand.Create(session),
            RenderCommand.Create(session),
            InitCommand.Create(session),
            SchemaCommand.Create(session),
            DiffCommand.Create(session),
            ExportCommand.Create(session),
            TargetsCommand.Create(session),
            ExplainCommand.Create(session),
            SiteCommand.Create(session),
        };
        root.Options.Add(new HelpOption { Recursive = true });
        root.Options.Add(new VersionOption());
        root.Options.Add(verbose);

        // The reader's limits belong to the commands that read charts, and to no other.
        foreach (var name in new[] { "validate", "render", "diff", "export", "targets", "explain", "site" })
        {
            limits.AddTo(root.Subcommands.Single(c => c.Name == name));
        }

        return root;
    }
}
