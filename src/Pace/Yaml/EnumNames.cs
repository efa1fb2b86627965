namespace Pace.Yaml;

/// <summary>The lower-case names format 1 uses for enum values (<c>higher</c>, <c>quarter</c>, <c>nl</c>).</summary>
internal static class EnumNames
{
    public static IEnumerable<string> Of<T>()
        where T : struct, Enum =>
        System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant());

    public static string Name<T>(T value)
        where T : struct, Enum =>
        value.ToString().ToLowerInvariant();

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
