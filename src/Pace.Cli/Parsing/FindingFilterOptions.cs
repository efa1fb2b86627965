using System.CommandLine;
using Pace.Cli.Output;

namespace Pace.Cli.Parsing;

/// <summary>
/// <c>--no-warn</c>, <c>--warnings-as-errors</c> and <c>--warnings-not-as-errors</c>: compilers' handling of warnings,
/// for the findings of a run (<see cref="FindingFilter"/>). Codes are separated by commas or semicolons, as in
/// MSBuild's NoWarn; like the compilers, a code that names no Pace rule is ignored (the lists come from build settings
/// shared with other tools).
/// </summary>
internal sealed class FindingFilterOptions
{
    private readonly Option<string[]> _noWarn = Codes("--no-warn", "Drop warnings with these codes, e.g. PACE014,PACE016");

    private readonly Option<string[]> _asErrors = new("--warnings-as-errors")
    {
        Description = "Make warnings errors: all of them (given without codes), or those with the listed codes",
        HelpName = "CODES",
        Arity = ArgumentArity.ZeroOrOne,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = r => [.. r.Tokens.Select(t => t.Value)],
    };

    private readonly Option<string[]> _notAsErrors = Codes("--warnings-not-as-errors", "Keep these warnings warnings under --warnings-as-errors");

    public void AddTo(Command command)
    {
        command.Options.Add(_noWarn);
        command.Options.Add(_asErrors);
        command.Options.Add(_notAsErrors);
    }

    public FindingFilter Read(ParseResult parse)
    {
        var asErrors = parse.GetResult(_asErrors);
        var listed = Split(parse.GetValue(_asErrors));
        return new FindingFilter
        {
            NoWarn = Split(parse.GetValue(_noWarn)),

            // Given once without codes, all warnings (as csc's -warnaserror); only with codes, those.
            AllWarningsAsErrors = asErrors is not null && asErrors.IdentifierTokenCount > asErrors.Tokens.Count,
            WarningsAsErrors = listed,
            WarningsNotAsErrors = Split(parse.GetValue(_notAsErrors)),
        };
    }

    private static Option<string[]> Codes(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "CODES",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = r => [.. r.Tokens.Select(t => t.Value)],
    };

    private static HashSet<string> Split(string[]? values) =>
        new((values ?? []).SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(c => c.ToUpperInvariant()), StringComparer.Ordinal);
}
