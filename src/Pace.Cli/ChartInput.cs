using Pace.Model;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Cli;

/// <summary>A chart file as the commands see it: its path as the user wrote it, and what loading and validating found.</summary>
internal sealed record ChartInput(string Path, Chart? Chart, ValidationResult Result)
{
    /// <summary>Loads and validates a file; I/O problems become <see cref="UserError"/>s.</summary>
    public static ChartInput Load(string path, ChartLanguage? language, ValidationOptions validation)
    {
        LoadResult load;
        try
        {
            if (Directory.Exists(path))
            {
                throw new UserError($"{path} is a folder; name the chart files in it, e.g. {System.IO.Path.Combine(path, "*.pace.yaml")}");
            }

            load = ChartReader.ReadFile(path, new ChartReaderOptions { Language = language });
        }
        catch (FileNotFoundException e)
        {
            throw new UserError($"{path}: no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UserError($"{path}: no such file (its folder does not exist)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{path}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new UserError($"{path}: cannot be read: {e.Message}", e);
        }

        if (load.Chart is null)
        {
            return new ChartInput(path, null, load.Result);
        }

        return new ChartInput(path, load.Chart, ChartValidator.Default.Validate(load.Chart, validation));
    }
}
