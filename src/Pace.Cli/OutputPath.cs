namespace Pace.Cli;

/// <summary>Decides where a rendered chart goes, and refuses to write over its input.</summary>
internal static class OutputPath
{
    /// <summary>The default output beside the input: <c>charts/acme.pace.yaml</c> → <c>charts/acme.pdf</c>.</summary>
    public static string Default(string input, string extension)
    {
        var name = Path.GetFileName(input);
        foreach (var suffix in new[] { ".pace.yaml", ".pace.yml", ".yaml", ".yml" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return Path.Combine(Path.GetDirectoryName(input) ?? string.Empty, name + extension);
    }

    /// <summary>Throws when <paramref name="output"/> is the input file itself or a folder.</summary>
    public static void Check(string input, string output)
    {
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal))
        {
            throw new UserError($"{output}: refusing to overwrite the input chart; choose another output with -o");
        }

        if (Directory.Exists(output))
        {
            throw new UserError($"{output} is a folder; give a file name with -o");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserError($"{output}: the folder {folder} does not exist");
        }
    }
}
