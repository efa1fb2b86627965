using System.Text;

namespace Pace.Validation.Rules;

/// <summary>
/// Matches names against lists of words and phrases in English and Dutch, word by word: lower case, diacritics
/// folded (financiën = financien), punctuation as spaces. Used by the heuristic rules (PACE013, PACE014).
/// </summary>
internal sealed class WordMatcher
{
    private readonly List<string[]> _phrases;

    /// <summary>Creates a matcher for phrases of one or more words.</summary>
    public WordMatcher(IEnumerable<string> phrases)
    {
        // Longest first, so "customer service" wins over "service".
        _phrases = [.. phrases.Select(Words).Where(w => w.Length > 0).OrderByDescending(w => w.Length)];
    }

    /// <summary>The first phrase found anywhere in <paramref name="words"/> as whole words, or null.</summary>
    public string? FindIn(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in _phrases)
            {
                if (StartsAt(words, i, phrase))
                {
                    return string.Join(' ', phrase);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="words"/> is made only of phrases from the list, one after another.</summary>
    public bool Covers(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var i = 0;
        while (i < words.Count)
        {
            var match = _phrases.FirstOrDefault(p => StartsAt(words, i, p));
            if (match is null)
            {
                return false;
            }

            i += match.Length;
        }

        return true;
    }

    /// <summary>Splits text into lower-case words with diacritics folded; anything but letters and digits separates words.</summary>
    public static string[] Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            folded.Append(Fold(c));
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool StartsAt(IReadOnlyList<string> words, int index, string[] phrase)
    {
        if (index + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[index + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ when char.IsLetterOrDigit(c) => c,
        _ => ' ',
    };
}
