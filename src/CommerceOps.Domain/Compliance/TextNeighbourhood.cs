namespace CommerceOps.Domain.Compliance;

/// <summary>
/// Reads the characters around a match in the original text the way the matcher saw them: normalised, separators skipped,
/// never across a sentence end. The context rules (gift details, a number beside a statistic word) use it.
/// </summary>
internal static class TextNeighbourhood
{
    private const string ChineseDigits = "零一二两三四五六七八九十百千万亿";
    private const string MeasureWords = "个件支瓶盒份包张双套只袋片罐条台把枚粒颗副册本";

    /// <summary>Index of the first kept character at or after <paramref name="from"/>, or -1 at a sentence end or the text end.</summary>
    public static int NextKept(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (TextNormalization.IsSentenceEnd(text[i])) return -1;
            if (TextNormalization.Normalize(text[i]) != TextNormalization.Dropped) return i;
        }
        return -1;
    }

    /// <summary>Whether a separator-free sentence end lies in [from, to).</summary>
    public static bool SentenceEndBetween(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (TextNormalization.IsSentenceEnd(text[i])) return true;
        return false;
    }

    /// <summary>
    /// The end of a number ("100", "3.5万", "10万+", "99%", "百万") starting within <paramref name="window"/> kept characters
    /// after <paramref name="from"/>, or -1.
    /// </summary>
    public static int NumberAfter(string text, int from, int window)
    {
        var i = NextKept(text, from);
        for (var seen = 0; i >= 0 && seen < window; seen++, i = NextKept(text, i + 1))
        {
            var c = TextNormalization.Normalize(text[i]);
            if (char.IsAsciiDigit(c)) return EndOfDigits(text, i);
            if (IsLargeChineseNumber(text, i, out var end)) return end;
        }
        return -1;
    }

    /// <summary>The start of a number that ends right before <paramref name="end"/> (units such as 万, +, %, 多 allowed), or -1.</summary>
    public static int NumberBefore(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && "万亿千+%多余位个wW".Contains(TextNormalization.Normalize(text[i]))) i--;
        if (i < 0 || !char.IsAsciiDigit(TextNormalization.Normalize(text[i]))) return -1;
        while (i > 0 && (char.IsAsciiDigit(TextNormalization.Normalize(text[i - 1])) || text[i - 1] is '.' or ',')) i--;
        return i;
    }

    /// <summary>Whether a quantity with a measure word ("1瓶", "两支", "50ml") follows within the sentence.</summary>
    public static bool QuantityFollows(string text, int from, int window)
    {
        var i = NextKept(text, from);
        for (var seen = 0; i >= 0 && seen < window; seen++, i = NextKept(text, i + 1))
        {
            var c = TextNormalization.Normalize(text[i]);
            if (!char.IsAsciiDigit(c) && !ChineseDigits.Contains(c)) continue;
            var j = i;
            while (j + 1 < text.Length && (char.IsAsciiDigit(TextNormalization.Normalize(text[j + 1])) || ChineseDigits.Contains(TextNormalization.Normalize(text[j + 1])))) j++;
            var unit = NextKept(text, j + 1);
            if (unit < 0) return false;
            var u = TextNormalization.Normalize(text[unit]);
            if (MeasureWords.Contains(u) || u is 'g' or 'm' or 'l' or '克' or '毫' or '升') return true;
        }
        return false;
    }

    private static int EndOfDigits(string text, int i)
    {
        var j = i;
        while (j < text.Length && (char.IsAsciiDigit(TextNormalization.Normalize(text[j])) || text[j] is '.' or ',')) j++;
        while (j < text.Length && "万亿千+%wW".Contains(TextNormalization.Normalize(text[j]))) j++;
        return j;
    }

    private static bool IsLargeChineseNumber(string text, int i, out int end)
    {
        end = i;
        var large = false;
        while (end < text.Length && ChineseDigits.Contains(TextNormalization.Normalize(text[end])))
        {
            large |= TextNormalization.Normalize(text[end]) is '万' or '亿';
            end++;
        }
        return large;
    }
}
