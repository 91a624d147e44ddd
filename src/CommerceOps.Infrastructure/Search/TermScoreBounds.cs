using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CommerceOps.Infrastructure.Search;

/// <summary>
/// The highest score a term can give any document of a segment, for <see cref="MaxScoreSearch"/> to skip documents
/// that cannot reach the top. A term's score depends only on its frequency in the document and the document's length
/// class (its norm), and grows with the frequency; so per norm the document with the highest frequency scores highest.
/// Those (document, frequency) pairs are what is kept, per segment core (immutable, so never stale; deletions only make
/// the bound looser), and scored with the searcher's current statistics (which change with every refresh).
/// </summary>
/// <remarks>
/// A pair list is built the first time a query uses the term in the segment, in one pass over its postings — no more
/// than the exhaustive search costs — and reused by every later query; <see cref="Warm"/> builds those of common words
/// ahead.
/// </remarks>
public sealed class TermScoreBounds
{
    /// <summary>A little room so a bound never falls below a score summed in another order.</summary>
    private const float Slack = 1.00001f;

    private readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, Peak[]>> _segments = new();

    public float Bound(AtomicReaderContext leaf, Term term, Similarity.SimScorer scorer)
    {
        var peaks = _segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new()).GetOrAdd(term, t => Peaks(leaf.AtomicReader, t));
        var bound = 0f;
        foreach (var peak in peaks) bound = Math.Max(bound, scorer.Score(peak.Doc, peak.Frequency));
        return bound * Slack;
    }

    /// <summary>
    /// Builds the pairs of every word of <paramref name="field"/> in at least <paramref name="minDocFreq"/> documents of
    /// a segment, for a new searcher before it serves: otherwise the first query with a common word pays a pass over
    /// its postings. Segments seen before (by core) keep theirs; rarer words are cheap enough to build when first asked.
    /// </summary>
    public void Warm(IndexReader reader, string field, int minDocFreq)
    {
        foreach (var leaf in reader.Leaves)
        {
            var segment = _segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new());
            var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (terms is null) continue;
            while (terms.MoveNext())
            {
                if (terms.DocFreq < minDocFreq) continue;
                segment.GetOrAdd(new Term(field, BytesRef.DeepCopyOf(terms.Term)), t => Peaks(leaf.AtomicReader, t));
            }
        }
    }

    private static Peak[] Peaks(AtomicReader reader, Term term)
    {
        var docs = reader.GetTermDocsEnum(term);
        if (docs is null) return [];
        var norms = reader.GetNormValues(term.Field);
        var peaks = new Peak[256];
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var norm = norms is null ? 0 : (int)(norms.Get(doc) & 0xFF);
            if (docs.Freq > peaks[norm].Frequency) peaks[norm] = new Peak(doc, docs.Freq);
        }
        return peaks.Where(p => p.Frequency > 0).ToArray();
    }

    private readonly record struct Peak(int Doc, int Frequency);
}
