namespace Pace.Analysis;

/// <summary>
/// The words <see cref="KpiAggregate"/> infers from: units and name words, in English and Dutch (the articles' own:
/// "bankstand", "sales pipeline", "NPS", "doorlooptijd"). Matching is by whole word, case-insensitive; a Dutch
/// compound counts by its last part ("Salespipeline", "debiteurenstand", "Doorlooptijd").
/// </summary>
internal static class AggregateWords
{
    private static readonly HashSet<string> PercentOrScore = new(StringComparer.Ordinal)
    {
        "pct", "percent", "procent", "percentage", "nps", "enps", "score", "scores", "csat", "ces", "rating", "cijfer",
        "rapportcijfer", "sterren", "stars", "index", "ratio", "rate",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "s", "sec", "second", "seconds", "seconde", "seconden", "min", "mins", "minute", "minutes", "minuut", "minuten",
        "h", "hr", "hrs", "hour", "hours", "u", "uur", "uren", "d", "day", "days", "dag", "dagen", "werkdag", "werkdagen",
        "workday", "workdays", "wk", "week", "weeks", "weken", "month", "months", "maand", "maanden",
    };

    // Time that is spent or billed adds up ("Declarabele uren"); time that something takes averages (a lead time).
    private static readonly string[] TimeVolume = ["declarabel", "billable", "gewerkt", "worked", "besteed", "spent", "totaal", "total"];

    private static readonly HashSet<string> RateWords = new(StringComparer.Ordinal)
    {
        "per", "ratio", "rate", "percentage", "gemiddeld", "gemiddelde", "average", "avg", "mean", "score", "nps",
        "tevredenheid", "satisfaction", "time", "doorlooptijd",
    };

    // The last part of a compound: "Doorlooptijd", "reactietijd", "klanttevredenheid".
    private static readonly string[] RateEndings = ["tijd", "tevredenheid", "ratio", "score", "percentage"];

    private static readonly string[] LevelEndings =
    [
        "pipeline", "backlog", "achterstand", "stand", "saldo", "balance", "voorraad", "stock", "inventory", "portefeuille",
        "portfolio", "headcount", "runway", "cash", "liquiditeit", "liquidity", "openstaand", "openstaande", "outstanding",
    ];

    private static readonly HashSet<string> LevelWords = new(StringComparer.Ordinal) { "open", "kas" };

    // Words that end like a level word but are none.
    private static readonly HashSet<string> NotLevels = new(StringComparer.Ordinal) { "afstand", "omstand", "bestand" };

    /// <summary>The unit, when it is a percentage, score, rate or duration; else <see langword="null"/>.</summary>
    public static string? AveragingUnit(string? unit, string? name)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        var trimmed = unit.Trim();
        if (trimmed.Contains('%', StringComparison.Ordinal) || trimmed.Contains('\u2030', StringComparison.Ordinal) || trimmed.Contains('/', StringComparison.Ordinal))
        {
            return trimmed;
        }

        var words = Words(trimmed);
        if (words.Any(w => PercentOrScore.Contains(w) || w == "per"))
        {
            return trimmed;
        }

        if (words.Count > 0 && words.All(TimeUnits.Contains))
        {
            var nameWords = Words(name);
            return nameWords.Any(w => TimeVolume.Any(v => w.StartsWith(v, StringComparison.Ordinal))) ? null : trimmed;
        }

        return null;
    }

    /// <summary>The word of a name that makes it a rate, score or duration ("per", "Doorlooptijd"); else <see langword="null"/>.</summary>
    public static string? RateInName(string? name)
    {
        if (name is not null && name.Contains('%', StringComparison.Ordinal))
        {
            return "%";
        }

        return Words(name).FirstOrDefault(w => RateWords.Contains(w) || RateEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)));
    }

    /// <summary>The word of a name that makes it a level read at a moment ("Salespipeline", "Backlog"); else <see langword="null"/>.</summary>
    public static string? LevelInName(string? name) =>
        Words(name).FirstOrDefault(w => !NotLevels.Contains(w) && (LevelWords.Contains(w) || LevelEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal))));

    /// <summary>The lower-case words of a text: runs of letters and digits.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
