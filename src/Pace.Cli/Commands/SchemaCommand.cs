using System.CommandLine;
using Pace.Yaml;

namespace Pace.Cli.Commands;

/// <summary><c>pace schema</c>: prints the JSON Schema of chart format 1.</summary>
internal static class SchemaCommand
{
    public static Command Create(Console console)
    {
        var command = new Command("schema", "Print the JSON Schema of the chart format, for editors and tools");
        command.SetAction(_ => console.Guard(() =>
        {
            console.Out.Write(ChartSchema.ToJson());
            return ExitCodes.Clean;
        }));
        return command;
    }
}
