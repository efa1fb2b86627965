return Pace.Cli.PaceCommand.Run(args, Console.Out, Console.Error);
