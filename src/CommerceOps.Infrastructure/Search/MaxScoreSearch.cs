using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CommerceOps.Infrastructure.Search;

/// <summary>A query word; <see cref="Counted"/> words count towards the minimum that must match, the others only add to the score.</summary>
public readonly record struct SearchTerm(Term Term, bool Counted);

/// <summary>
/// The top k documents of a BM25 term query — the sum of the words' scores over documents that match at least
/// <c>minCounted</c> of the counted words (a BooleanQuery of SHOULD term queries with a minimum to match, plus optional
/// words) — without scoring every match. MaxScore (Turtle and Flood): once the k-th best score is known, a document is
/// dropped as soon as its score so far plus the most the remaining words could add (<see cref="TermScoreBounds"/>) cannot
/// beat it, so common words are looked up only for documents that might still make the top; and candidates come only
/// from the words a document must contain to make it — the words whose bounds together exceed the k-th score, or enough
/// of the counted words that any match has one of them, whichever has the shorter posting lists. The words' postings
/// are read on enumerators reused across searches (<see cref="SegmentPostingsPool"/>), not allocated per search.
/// </summary>
/// <remarks>
/// The result is the exhaustive search's (same scores, ties to the lower document) up to float rounding: the scores are
/// summed in another order. Assumes the similarity's coordination factor is 1, as BM25's is.
/// </remarks>
public static class MaxScoreSearch
{
    /// <param name="filter">Documents outside it are skipped (null: all).</param>
    public static IReadOnlyList<ScoreDoc> Search(IndexSearcher searcher, TermScoreBounds bounds, IReadOnlyList<SearchTerm> terms, int minCounted, int k, Filter? filter)
    {
        var top = new PriorityQueue<ScoreDoc, ScoreDoc>(k + 1, WorstFirst.Instance);
        var leaves = searcher.IndexReader.Leaves;
        var leases = new SegmentPostingsPool.Lease[leaves.Count];
        try
        {
            for (var i = 0; i < leaves.Count; i++) leases[i] = SegmentPostingsPool.Rent(leaves[i].AtomicReader);
            var weighted = terms.Select(t => Weighted.For(searcher, t, leases)).ToArray();
            for (var i = 0; i < leaves.Count; i++)
            {
                var leaf = leaves[i];
                var accepted = filter?.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
                if (filter is not null && accepted is null) continue;
                new SegmentSearch(leaf, leases[i], weighted, bounds, minCounted, k, top, accepted).Run();
            }
        }
        finally
        {
            foreach (var lease in leases) lease?.Dispose();
        }
        var best = new ScoreDoc[top.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = top.Dequeue();
        return best;
    }

    /// <summary>A word with where it is in each segment and the statistics the exhaustive search would score it with.</summary>
    private sealed record Weighted(SearchTerm Term, TermContext Context, Similarity Similarity, Similarity.SimWeight Statistics)
    {
        public static Weighted For(IndexSearcher searcher, SearchTerm term, SegmentPostingsPool.Lease[] leases)
        {
            // As TermContext.Build, on the leased terms dictionaries.
            var context = new TermContext(searcher.TopReaderContext);
            var leaves = searcher.IndexReader.Leaves;
            for (var i = 0; i < leaves.Count; i++)
            {
                var terms = leases[i].Terms(leaves[i].AtomicReader, term.Term.Field);
                if (terms is not null && terms.SeekExact(term.Term.Bytes)) context.Register(terms.GetTermState(), leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
            // As IndexSearcher.CreateNormalizedWeight normalizes a TermQuery's statistics, so bounds and scores agree.
            var statistics = searcher.Similarity.ComputeWeight(1f, searcher.CollectionStatistics(term.Term.Field), searcher.TermStatistics(term.Term, context));
            var norm = searcher.Similarity.QueryNorm(statistics.GetValueForNormalization());
            statistics.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
            return new Weighted(term, context, searcher.Similarity, statistics);
        }
    }

    /// <summary>One segment's pass; the top k and its threshold carry over from the segments before.</summary>
    private sealed class SegmentSearch
    {
        private readonly int _docBase;
        private readonly int _minCounted;
        private readonly int _k;
        private readonly PriorityQueue<ScoreDoc, ScoreDoc> _top;
        private readonly DocIdSetIterator? _accepted;
        // Words in descending order of their bound, and how each scores; absent words have no postings.
        private readonly DocsEnum?[] _postings;
        private readonly Similarity.SimScorer?[] _scoring;
        private readonly bool[] _counted;
        private readonly long[] _cost;
        // _rest[i]: the most words i.. can add; _countedLeft[i]: how many of them are counted.
        private readonly float[] _rest;
        private readonly int[] _countedLeft;
        // Any match contains one of these: the counted words with the shortest posting lists, all but minCounted - 1.
        private readonly int[] _lead;
        private readonly long _leadCost;
        // _essentialPrefixes[n]: the words 0..n-1, so choosing candidates allocates nothing.
        private readonly int[][] _essentialPrefixes;
        private int[] _candidates = [];

        public SegmentSearch(AtomicReaderContext leaf, SegmentPostingsPool.Lease lease, Weighted[] terms, TermScoreBounds bounds, int minCounted, int k, PriorityQueue<ScoreDoc, ScoreDoc> top, DocIdSetIterator? accepted)
        {
            _docBase = leaf.DocBase;
            _minCounted = minCounted;
            _k = k;
            _top = top;
            _accepted = accepted;
            var scored = terms
                .Select((t, slot) => (Term: t, Postings: Postings(leaf, lease, t, slot), Scoring: t.Similarity.GetSimScorer(t.Statistics, leaf)))
                .Select(t => (t.Term, t.Postings, t.Scoring, Bound: t.Postings is null ? 0f : bounds.Bound(leaf, t.Term.Term.Term, t.Scoring)))
                .OrderByDescending(t => t.Bound)
                .ToArray();
            _postings = scored.Select(t => t.Postings).ToArray();
            _scoring = scored.Select(t => t.Scoring).ToArray();
            _counted = scored.Select(t => t.Term.Term.Counted).ToArray();
            _cost = scored.Select(t => t.Postings?.GetCost() ?? 0).ToArray();
            _rest = new float[scored.Length + 1];
            _countedLeft = new int[scored.Length + 1];
            for (var i = scored.Length - 1; i >= 0; i--)
            {
                _rest[i] = _rest[i + 1] + scored[i].Bound;
                _countedLeft[i] = _countedLeft[i + 1] + (_counted[i] ? 1 : 0);
            }
            _lead = Enumerable.Range(0, scored.Length).Where(i => _counted[i]).OrderBy(i => _cost[i])
                .Take(Math.Max(0, _countedLeft[0] - minCounted + 1)).ToArray();
            _leadCost = _lead.Sum(i => _cost[i]);
            _essentialPrefixes = Enumerable.Range(0, scored.Length + 1).Select(n => Enumerable.Range(0, n).ToArray()).ToArray();
        }

        /// <summary>The word's postings in the segment (as TermWeight.GetScorer finds them), on the lease's enumerators; null when absent.</summary>
        private static DocsEnum? Postings(AtomicReaderContext leaf, SegmentPostingsPool.Lease lease, Weighted term, int slot)
        {
            if (term.Context.Get(leaf.Ord) is not { } state) return null;
            var terms = lease.Terms(leaf.AtomicReader, term.Term.Term.Field)!;
            terms.SeekExact(term.Term.Term.Bytes, state);
            return lease.Docs(terms, leaf.AtomicReader.LiveDocs, slot);
        }

        private float Threshold => _top.Count < _k ? float.NegativeInfinity : _top.Peek().Score;

        public void Run()
        {
            if (_countedLeft[0] < _minCounted) return;
            ChooseCandidates();
            var doc = -1;
            while (_candidates.Length > 0)
            {
                doc = Next(doc);
                if (doc == DocIdSetIterator.NO_MORE_DOCS) return;
                if (_accepted is not null && (_accepted.DocID < doc ? _accepted.Advance(doc) : _accepted.DocID) != doc) continue;
                if (Score(doc) is { } score)
                {
                    _top.Enqueue(new ScoreDoc(_docBase + doc, score), new ScoreDoc(_docBase + doc, score));
                    if (_top.Count > _k) _top.Dequeue();
                    ChooseCandidates();
                }
            }
        }

        /// <summary>
        /// The words that must produce every candidate: those whose bounds together beat the k-th score (a document
        /// with none of them cannot), or the lead words, whichever is cheaper to walk.
        /// </summary>
        private void ChooseCandidates()
        {
            var threshold = Threshold;
            var essential = 0;
            while (essential < _postings.Length && _rest[essential] > threshold) essential++;
            var essentialCost = 0L;
            for (var i = 0; i < essential; i++) essentialCost += _cost[i];
            _candidates = essentialCost < _leadCost ? _essentialPrefixes[essential] : _lead;
        }

        /// <summary>The next document after <paramref name="doc"/> that one of the candidate words is in.</summary>
        private int Next(int doc)
        {
            var next = DocIdSetIterator.NO_MORE_DOCS;
            foreach (var i in _candidates)
            {
                var postings = _postings[i];
                if (postings is null) continue;
                var at = postings.DocID <= doc ? postings.Advance(doc + 1) : postings.DocID;
                next = Math.Min(next, at);
            }
            return next;
        }

        /// <summary>The document's score if it matches enough counted words and beats the k-th score, else null.</summary>
        private float? Score(int doc)
        {
            var threshold = Threshold;
            var score = 0f;
            var counted = 0;
            for (var i = 0; i < _postings.Length; i++)
            {
                if (score + _rest[i] <= threshold || counted + _countedLeft[i] < _minCounted) return null;
                var postings = _postings[i];
                if (postings is null) continue;
                var at = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
                if (at != doc) continue;
                score += _scoring[i]!.Score(doc, postings.Freq);
                if (_counted[i]) counted++;
            }
            return counted >= _minCounted && score > threshold ? score : null;
        }
    }

    /// <summary>Lowest score first; of equal scores the later document, which the exhaustive search ranks lower too.</summary>
    private sealed class WorstFirst : IComparer<ScoreDoc>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(ScoreDoc? x, ScoreDoc? y) => x!.Score != y!.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
