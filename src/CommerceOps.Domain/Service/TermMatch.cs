namespace CommerceOps.Domain.Service;

/// <summary>
/// How a vocabulary term is found in a lower-cased question: Chinese terms anywhere, English terms only at the start of
/// a word ("track" finds "tracking" but "ethanol" does not find "phenoxyethanol").
/// </summary>
public static class TermMatch
{
    public static bool Contains(string question, string term)
    {
        if (term.Length == 0) return false;
        if (!IsLatin(term[0])) return question.Contains(term, StringComparison.Ordinal);
        var from = 0;
        while (true)
        {
            var at = question.IndexOf(term, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            if (at == 0 || !IsLatin(question[at - 1])) return true;
            from = at + 1;
        }
    }

    private static bool IsLatin(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
