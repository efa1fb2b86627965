using System.CommandLine;
using Pace.Cli.Output;
using Pace.Yaml;

namespace Pace.Cli.Commands;

/// <summary><c>pace schema [-o FILE]</c>: the JSON Schema of chart format 1, on standard output or into a file.</summary>
internal static class SchemaCommand
{
    /// <summary>The schema's file name, which <c>pace init</c> looks for to point new charts at it.</summary>
    public const string FileName = "pace.schema.json";

    public static Command Create(Session session)
    {
        var output = new Option<string?>("--output", "-o") { Description = $"Write to FILE (atomically), e.g. {FileName} beside your charts; pace init then points new charts at it", HelpName = "FILE" };
        var command = new Command("schema", "Print the JSON Schema of the chart format, for editors and tools") { output };
        command.SetAction(parse => session.Guard(() =>
        {
            ReportTargets.Write(session, parse.GetValue(output), [], w => w.Write(ChartSchema.ToJson()));
            return ExitCodes.Clean;
        }));
        return command;
    }
}
