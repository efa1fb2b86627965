using System.Text;

namespace Pace.Fuzz;

/// <summary>Blind mutations for the --mutate fallback: bytes flipped, inserted and deleted; lines deleted, doubled, swapped; YAML tokens spliced in.</summary>
internal static class Mutator
{
    private static readonly string[] Tokens =
    [
        ":", "- ", "? ", "&a ", "*a", "!!str ", "!foo ", "<<: *a", "---\n", "...\n", "[", "]", "{", "}", ",", "#", "|", ">",
        "'", "\"", "\t", "\r\n", "\\u0000", ".nan", ".inf", "1e999", "~", "null", "\uFEFF", "%YAML 1.2\n", "%TAG ! !x\n",
        "2026-W53", "9999-12-31", "-0", "0x1F", "processes:", "kpis:", "actuals:", "owner:", "  ", "\n",
    ];

    public static byte[] Mutate(byte[] seed, byte[] other, Random random)
    {
        var data = new List<byte>(seed);
        var rounds = 1 + random.Next(6);
        for (var r = 0; r < rounds; r++)
        {
            switch (random.Next(9))
            {
                case 0 when data.Count > 0:
                    data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.Insert(random.Next(data.Count + 1), (byte)random.Next(256));
                    break;
                case 2 when data.Count > 0:
                    var at = random.Next(data.Count);
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(16)));
                    break;
                case 3:
                    data.InsertRange(random.Next(data.Count + 1), Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                default:
                    data = MutateLines(data, other, random);
                    break;
            }
        }

        return [.. data];
    }

    private static List<byte> MutateLines(List<byte> data, byte[] other, Random random)
    {
        var lines = Encoding.UTF8.GetString([.. data]).Split('\n').ToList();
        var donor = Encoding.UTF8.GetString(other).Split('\n');
        var i = random.Next(lines.Count);
        switch (random.Next(5))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(i);
                break;
            case 1:
                lines.Insert(i, lines[i]);
                break;
            case 2:
                var j = random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                lines.Insert(i, donor[random.Next(donor.Length)]);
                break;
            default:
                lines[i] = new string(' ', random.Next(6)) + lines[i].TrimStart();
                break;
        }

        return [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
    }
}
