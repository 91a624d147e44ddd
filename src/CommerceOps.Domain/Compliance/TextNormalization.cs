using System.Globalization;
using System.Text;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The character-by-character normalisation the checker matches on: full-width → half-width, traditional → simplified,
/// ASCII upper → lower case, and separators (spaces, punctuation, invisible format characters, decorative symbols) dropped
/// so that "最 好", "最·好" and "最\u200b好" read as 最好. Every kept character maps to exactly one UTF-16 unit, which is
/// what lets matches be reported at offsets of the original text.
/// </summary>
public static class TextNormalization
{
    /// <summary>Marks a character that is dropped.</summary>
    public const char Dropped = '\0';

    private static readonly char[] Table = BuildTable();

    public static char Normalize(char c) => Table[c];

    /// <summary>The normalised form of a whole string (dropped characters removed).</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (Table[c] != Dropped) builder.Append(Table[c]);
        return builder.ToString();
    }

    public static bool IsChineseCharacter(char normalized) =>
        normalized is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Sentence ends stop context looking across sentences (a goal in one sentence does not excuse the next).</summary>
    public static bool IsSentenceEnd(char original) => original is '。' or '！' or '？' or '!' or '?' or '；' or ';' or '\n' or '\r';

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            table[i] = IsSeparator(c) ? Dropped : char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c;
        }
        var pairs = TraditionalChineseTable.Pairs;
        for (var i = 0; i + 1 < pairs.Length; i += 2) table[pairs[i]] = pairs[i + 1];
        return table;
    }

    // '%' stays: "100%" is a listed term, and dropping it would make every "满100减20" match.
    private static bool IsSeparator(char c) => c != '%' && c != '\0' && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.Format or UnicodeCategory.Control
            or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol => true,
        _ => false,
    });
}
