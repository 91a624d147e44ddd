namespace CommerceOps.Domain.Selection;

/// <summary>
/// Finds the praise and complaint terms of one review from its segmented words with <see cref="SentimentLexicon"/>.
/// A sentiment word counts with its own polarity, or with the opposite one (as negator + word) when a negator stands
/// before it within <see cref="SentimentLexicon.NegationWindow"/> words, only degree adverbs between. Each distinct
/// term counts once per review, so one long review cannot outweigh many short ones.
/// </summary>
public static class ReviewSentiment
{
    public static IReadOnlyList<SentimentTerm> Terms(IReadOnlyList<string> words)
    {
        var found = new List<SentimentTerm>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var praise = SentimentLexicon.Praise.Contains(word);
            if (!praise && !SentimentLexicon.Complaint.Contains(word)) continue;
            var polarity = praise ? SentimentPolarity.Praise : SentimentPolarity.Complaint;
            var term = NegatorBefore(words, i) is { } negator
                ? new SentimentTerm(negator + word, polarity == SentimentPolarity.Praise ? SentimentPolarity.Complaint : SentimentPolarity.Praise)
                : new SentimentTerm(word, polarity);
            if (!found.Contains(term)) found.Add(term);
        }
        return found;
    }

    /// <summary>The negator governing word <paramref name="index"/>, or null. A sentiment word in between ends the search.</summary>
    private static string? NegatorBefore(IReadOnlyList<string> words, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - SentimentLexicon.NegationWindow; j--)
        {
            if (SentimentLexicon.Negators.Contains(words[j])) return words[j];
            if (!SentimentLexicon.Degree.Contains(words[j])) return null;
        }
        return null;
    }
}
