namespace Pace.Cli;

/// <summary>
/// Something the user can fix that stops a command (a missing file, an unwritable folder).
/// It is printed as one line, <c>pace: message</c> (escaped: a message never spans lines), then its
/// <see cref="Details"/> — lines a format already escaped, such as a broken configuration's findings — and the command
/// exits with <see cref="ExitCodes.Failure"/>.
/// </summary>
internal sealed class UserError(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Lines to print after the message, each already escaped.</summary>
    public IReadOnlyList<string>? Details { get; init; }
}
