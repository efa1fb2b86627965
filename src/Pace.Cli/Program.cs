Pace.Cli.MallocTuning.Apply();
var terminal = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
var color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
return await Pace.Cli.PaceCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None, color, terminal, outputIsTerminal: !Console.IsOutputRedirected);
