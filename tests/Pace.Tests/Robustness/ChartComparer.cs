using System.Globalization;

namespace Pace.Tests.Robustness;

/// <summary>
/// Structural comparison of two charts, field by field, ignoring where they came from (<c>Source</c> maps and spans), as
/// the records' own equality does; used where a failure should say which field differs.
/// </summary>
internal static class ChartComparer
{
    /// <summary>The differences, as "path: left ≠ right" lines; empty when the charts are equal.</summary>
    public static List<string> Differences(Chart a, Chart b)
    {
        var found = new List<string>();
        void Same<T>(string path, T x, T y)
        {
            if (!EqualityComparer<T>.Default.Equals(x, y))
            {
                found.Add($"{path}: {Show(x)} ≠ {Show(y)}");
            }
        }

        void Lists<T>(string path, IReadOnlyList<T>? x, IReadOnlyList<T>? y, Action<string, T, T> compare)
        {
            if (x is null || y is null)
            {
                Same(path + " is null", x is null, y is null);
                return;
            }

            Same(path + ".Count", x.Count, y.Count);
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                compare(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), x[i], y[i]);
            }
        }

        Same("FormatVersion", a.FormatVersion, b.FormatVersion);
        Same("Organization", a.Organization, b.Organization);
        Same("Title", a.Title, b.Title);
        Same("Date", a.Date, b.Date);
        Same("Language", a.Language, b.Language);
        Same("Theme is null", a.Theme is null, b.Theme is null);
        if (a.Theme is not null && b.Theme is not null)
        {
            Same("Theme.Accent", a.Theme.Accent, b.Theme.Accent);
            Same("Theme.Logo", a.Theme.Logo, b.Theme.Logo);
        }

        Lists("People", a.People, b.People, (p, x, y) =>
        {
            Same(p + ".Id", x.Id, y.Id);
            Same(p + ".Name", x.Name, y.Name);
            Same(p + ".Role", x.Role, y.Role);
        });
        Lists("Journey", a.Journey, b.Journey, Same);
        Lists("Processes", a.Processes, b.Processes, (p, x, y) =>
        {
            Same(p + ".Name", x.Name, y.Name);
            Same(p + ".Input", x.Input, y.Input);
            Same(p + ".Outcome", x.Outcome, y.Outcome);
            Lists(p + ".Steps", x.Steps, y.Steps, Same);
            Lists(p + ".Owners", x.Owners, y.Owners, Same);
            Lists(p + ".Kpis", x.Kpis, y.Kpis, (k, u, v) =>
            {
                Same(k + ".Name", u.Name, v.Name);
                Same(k + ".Unit", u.Unit, v.Unit);
                Same(k + ".Target", u.Target, v.Target);
                Same(k + ".Better", u.Better, v.Better);
                Same(k + ".Cadence", u.Cadence, v.Cadence);
                Same(k + ".Timing", u.Timing, v.Timing);
                Same(k + ".Focus", u.Focus, v.Focus);
                Same(k + ".Speed", u.Speed, v.Speed);
                Same(k + ".Nature", u.Nature, v.Nature);
                Same(k + ".Level", u.Level, v.Level);
                Same(k + ".Dimension", u.Dimension, v.Dimension);
                Same(k + ".Owner", u.Owner, v.Owner);
                Same(k + ".Tolerance", u.Tolerance, v.Tolerance);
                Lists(k + ".Actuals", u.Actuals, v.Actuals, (q, s, t) =>
                {
                    Same(q + ".Period", s.Period, t.Period);
                    Same(q + ".Value", s.Value, t.Value);
                });
                Lists(k + ".Seasonality", u.Seasonality, v.Seasonality, Same);
            });
        });
        Lists("Rules", a.Rules, b.Rules, (p, x, y) =>
        {
            Same(p + ".Code", x.Code, y.Code);
            Same(p + ".Level", x.Level, y.Level);
        });
        return found;
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => "\"" + string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
