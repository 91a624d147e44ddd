using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CommerceOps.Infrastructure.Search;

/// <summary>
/// Term and postings enumerators of a segment kept for reuse by later searches. Lucene allocates several kilobytes of
/// buffers and input clones for each (the terms dictionary's frames, each posting list's block buffers and skip
/// readers): for every word in every segment of every search that was most of a search's garbage, and the collections
/// it caused were the slow tail. Pooled per segment core (the enumerators read the core's files); one search holds a
/// <see cref="Lease"/> at a time, so searches on several threads never share one.
/// </summary>
public static class SegmentPostingsPool
{
    private static readonly ConditionalWeakTable<object, ConcurrentBag<Lease>> Pools = new();

    public static Lease Rent(AtomicReader reader)
    {
        var pool = Pools.GetValue(reader.CoreCacheKey, _ => new());
        return pool.TryTake(out var lease) ? lease : new Lease(pool);
    }

    /// <summary>One search's enumerators of one segment; disposing returns them to the pool.</summary>
    public sealed class Lease(ConcurrentBag<Lease> pool) : IDisposable
    {
        private readonly Dictionary<string, TermsEnum?> _terms = [];
        private readonly List<DocsEnum?> _docs = [];

        /// <summary>The field's terms, positioned anywhere; null when the segment has no such field.</summary>
        public TermsEnum? Terms(AtomicReader reader, string field)
        {
            if (!_terms.TryGetValue(field, out var terms)) _terms[field] = terms = reader.GetTerms(field)?.GetEnumerator();
            return terms;
        }

        /// <summary>The postings (with frequencies) of the term <paramref name="terms"/> is on, in slot <paramref name="slot"/>: one slot per word of the search.</summary>
        public DocsEnum Docs(TermsEnum terms, Lucene.Net.Util.IBits? liveDocs, int slot)
        {
            while (_docs.Count <= slot) _docs.Add(null);
            return (_docs[slot] = terms.Docs(liveDocs, _docs[slot], DocsFlags.FREQS))!;
        }

        public void Dispose() => pool.Add(this);
    }
}
