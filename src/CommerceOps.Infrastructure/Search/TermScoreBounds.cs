using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CommerceOps.Infrastructure.Search;

/// <summary>
/// The highest score a term can give a document of a segment, for <see cref="MaxScoreSearch"/> to skip documents that
/// cannot reach the top: overall, and per length class (norm) of the document. A term's score depends only on its
/// frequency in the document and the document's norm, and grows with the frequency; so per norm the document with the
/// highest frequency scores highest. Those (document, frequency) pairs are what is kept, per segment core (immutable,
/// so never stale; deletions only make the bound looser), and scored with the searcher's current statistics (which
/// change with every refresh).
/// </summary>
/// <remarks>
/// A pair list is built the first time a query uses the term in the segment, in one pass over its postings — no more
/// than the exhaustive search costs — and reused by every later query. The per-norm bounds are what prune a query whose
/// matches all score alike but for their length: a document longer than the top's is dropped on its norm alone.
/// </remarks>
public sealed class TermScoreBounds
{
    /// <summary>Norms are one byte: this many length classes.</summary>
    public const int NormClasses = 256;

    /// <summary>A little room so a bound never falls below a score summed in another order.</summary>
    private const float Slack = 1.00001f;

    private readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, Peak[]>> _segments = new();

    /// <summary>
    /// The term's bound per norm class (0 where no document of that class has the term) written into
    /// <paramref name="byNorm"/> (<see cref="NormClasses"/> long), and the highest of them returned.
    /// </summary>
    public float Bound(AtomicReaderContext leaf, Term term, Similarity.SimScorer scorer, Span<float> byNorm)
    {
        var peaks = _segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new()).GetOrAdd(term, t => Peaks(leaf.AtomicReader, t));
        byNorm.Clear();
        var bound = 0f;
        foreach (var peak in peaks)
        {
            var score = scorer.Score(peak.Doc, peak.Frequency) * Slack;
            byNorm[peak.Norm] = score;
            bound = Math.Max(bound, score);
        }
        return bound;
    }

    /// <summary>A document's norm class as <see cref="Bound"/> indexes it (0 for a field without norms).</summary>
    public static int NormClass(NumericDocValues? norms, int doc) => norms is null ? 0 : (int)(norms.Get(doc) & 0xFF);

    private static Peak[] Peaks(AtomicReader reader, Term term)
    {
        var docs = reader.GetTermDocsEnum(term);
        if (docs is null) return [];
        var norms = reader.GetNormValues(term.Field);
        var peaks = new Peak[NormClasses];
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var norm = NormClass(norms, doc);
            if (docs.Freq > peaks[norm].Frequency) peaks[norm] = new Peak((byte)norm, doc, docs.Freq);
        }
        return peaks.Where(p => p.Frequency > 0).ToArray();
    }

    private readonly record struct Peak(byte Norm, int Doc, int Frequency);
}
