using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Pace.Cli.Parsing;

/// <summary>Options that take a whole number, with errors that say what is wanted (never a .NET type name).</summary>
internal static class Numbers
{
    /// <summary>A number of at least <paramref name="minimum"/>; absent, <see langword="null"/> (the caller's default).</summary>
    public static Option<T?> AtLeast<T>(string name, T minimum, string description)
        where T : struct, IBinaryInteger<T>
    {
        var option = new Option<T?>(name) { Description = description, HelpName = "number" };
        option.CustomParser = r =>
        {
            if (r.Tokens.Count == 0)
            {
                return null;
            }

            var typed = r.Tokens[^1].Value;
            if (T.TryParse(typed, NumberStyles.None | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum)
            {
                return value;
            }

            r.AddError(minimum == T.Zero
                ? $"{name} {typed}: give a whole number, 0 or more"
                : string.Create(CultureInfo.InvariantCulture, $"{name} {typed}: give a whole number, {minimum} or more"));
            return null;
        };
        return option;
    }
}
