namespace Pace.Cli;

/// <summary>
/// Something the user can fix that stops a command (a missing file, an unwritable folder).
/// It is printed as one line, <c>pace: message</c>, and the command exits with <see cref="ExitCodes.Failure"/>.
/// </summary>
internal sealed class UserError(string message, Exception? inner = null) : Exception(message, inner);
