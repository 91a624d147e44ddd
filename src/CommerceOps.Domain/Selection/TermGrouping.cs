namespace CommerceOps.Domain.Selection;

/// <summary>
/// Groups normalised search terms by similarity. Two terms are similar when they share a segmented word of at least
/// <see cref="MinSharedWordLength"/> characters, or when the Jaccard index of their character-bigram sets is at least
/// <see cref="MinBigramJaccard"/>; groups are the connected components of that relation (so similarity is transitive
/// through a chain of terms). Groups are ordered by searches (descending), then name; terms inside by searches, then term.
/// </summary>
public static class TermGrouping
{
    public const int MinSharedWordLength = 2;
    public const double MinBigramJaccard = 0.5;

    /// <param name="words">The segmented words of a normalised term (the caller's word segmenter).</param>
    public static IReadOnlyList<TermGroup> Group(IReadOnlyList<NormalizedTerm> terms, Func<string, IEnumerable<string>> words)
    {
        var parent = Enumerable.Range(0, terms.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        var byWord = new Dictionary<string, int>(StringComparer.Ordinal);
        var bigrams = new HashSet<string>[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            bigrams[i] = Bigrams(terms[i].Term);
            foreach (var word in words(terms[i].Term).Where(w => w.Length >= MinSharedWordLength).Distinct(StringComparer.Ordinal))
            {
                if (byWord.TryGetValue(word, out var first)) Union(i, first);
                else byWord[word] = i;
            }
        }
        for (var i = 0; i < terms.Count; i++)
            for (var j = i + 1; j < terms.Count; j++)
                if (Find(i) != Find(j) && Jaccard(bigrams[i], bigrams[j]) >= MinBigramJaccard) Union(i, j);

        return Enumerable.Range(0, terms.Count).GroupBy(Find)
            .Select(g =>
            {
                var members = g.Select(i => terms[i]).OrderByDescending(t => t.Searches).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
                return new TermGroup(members[0].Term, members);
            })
            .OrderByDescending(g => g.Searches).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Adjacent character pairs; a one-character term is its own single "bigram" so it can still match itself.</summary>
    public static HashSet<string> Bigrams(string term)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (term.Length == 1) set.Add(term);
        for (var i = 0; i + 1 < term.Length; i++) set.Add(term.Substring(i, 2));
        return set;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
