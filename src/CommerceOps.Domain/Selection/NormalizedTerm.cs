using CommerceOps.Domain.Compliance;

namespace CommerceOps.Domain.Selection;

/// <summary>
/// A search term after <see cref="TextNormalization"/> (full/half width, case, traditional → simplified, separators
/// dropped), with the counts of every spelling that normalises to it added up. <see cref="Spellings"/> keeps what
/// shoppers typed, most searched first.
/// </summary>
public sealed record NormalizedTerm(string Term, IReadOnlyList<string> Spellings, long Searches, long ThisWeek, long LastWeek, long MaxResults)
{
    public double? Growth => LastWeek == 0 ? null : (ThisWeek - LastWeek) / (double)LastWeek;

    /// <summary>Merges the spellings of each normalised form; terms that normalise to nothing (only punctuation) are dropped.</summary>
    public static IReadOnlyList<NormalizedTerm> Merge(IEnumerable<SearchTermCount> counts) =>
        counts.Select(c => (Key: TextNormalization.Normalize(c.Term), Count: c))
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var spellings = g.Select(x => x.Count).OrderByDescending(c => c.Searches).ThenBy(c => c.Term, StringComparer.Ordinal).ToList();
                return new NormalizedTerm(g.Key, spellings.Select(c => c.Term).ToList(), spellings.Sum(c => c.Searches),
                    spellings.Sum(c => c.ThisWeek), spellings.Sum(c => c.LastWeek), spellings.Max(c => c.MaxResults));
            })
            .OrderByDescending(t => t.Searches).ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
}
