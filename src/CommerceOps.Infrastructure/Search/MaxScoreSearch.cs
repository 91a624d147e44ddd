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
/// of the counted words that any match has one of them, whichever has the shorter posting lists.
/// </summary>
/// <remarks>
/// The result is the exhaustive search's (same scores, ties to the lower document) up to float rounding: the scores are
/// summed in another order. Assumes the similarity's coordination factor is 1, as BM25's is.
/// A search whose candidate words have more than <see cref="SplitAbove"/> postings (the slow tail) walks the lower and
/// the upper half of the documents on two cores, each half dropping what cannot beat its own k-th score or the other's.
/// </remarks>
public static class MaxScoreSearch
{
    /// <summary>
    /// Postings of the candidate words above which a search is split over two cores: below it the search takes a few
    /// milliseconds, and handing half to another thread costs more than it saves on a machine serving other requests.
    /// </summary>
    public const long SplitAbove = 32_768;

    /// <param name="filter">Documents outside it are skipped (null: all).</param>
    /// <param name="splitAbove">Candidate postings above which the search runs on two cores (see <see cref="SplitAbove"/>).</param>
    public static IReadOnlyList<ScoreDoc> Search(IndexSearcher searcher, TermScoreBounds bounds, IReadOnlyList<SearchTerm> terms, int minCounted, int k, Filter? filter, long splitAbove = SplitAbove)
    {
        var weighted = terms.Select(t => Weighted.For(searcher, t)).ToArray();
        var maxDoc = searcher.IndexReader.MaxDoc;
        var search = new RangeSearch(searcher, weighted, bounds, minCounted, k, filter);
        var top = new PriorityQueue<ScoreDoc, ScoreDoc>(k + 1, WorstFirst.Instance);
        if (Environment.ProcessorCount > 1 && maxDoc > 1 && CandidatePostings(weighted, minCounted) > splitAbove)
        {
            var thresholds = new Thresholds(2);
            PriorityQueue<ScoreDoc, ScoreDoc>? lower = null, upper = null;
            Parallel.Invoke(
                () => lower = search.Range(0, maxDoc / 2, thresholds, 0),
                () => upper = search.Range(maxDoc / 2, maxDoc, thresholds, 1));
            foreach (var (doc, _) in lower!.UnorderedItems.Concat(upper!.UnorderedItems)) Keep(top, doc, k);
        }
        else top = search.Range(0, maxDoc, new Thresholds(1), 0);
        var best = new ScoreDoc[top.Count];
        for (var i = best.Length - 1; i >= 0; i--) best[i] = top.Dequeue();
        return best;
    }

    /// <summary>The postings of the counted words every match must have one of: all but minCounted − 1, the shortest.</summary>
    private static long CandidatePostings(Weighted[] terms, int minCounted)
    {
        var counted = terms.Where(t => t.Term.Counted).Select(t => (long)t.DocFrequency).Order().ToArray();
        return counted.Take(Math.Max(0, counted.Length - minCounted + 1)).Sum();
    }

    private static void Keep(PriorityQueue<ScoreDoc, ScoreDoc> top, ScoreDoc doc, int k)
    {
        top.Enqueue(doc, doc);
        if (top.Count > k) top.Dequeue();
    }

    /// <summary>A word with the scorer factory and statistics the exhaustive search would use for it.</summary>
    private sealed record Weighted(SearchTerm Term, int DocFrequency, Weight Weight, Similarity Similarity, Similarity.SimWeight Statistics)
    {
        public static Weighted For(IndexSearcher searcher, SearchTerm term)
        {
            var context = TermContext.Build(searcher.TopReaderContext, term.Term);
            // As IndexSearcher.CreateNormalizedWeight normalizes a TermQuery's statistics, so bounds and scores agree.
            var statistics = searcher.Similarity.ComputeWeight(1f, searcher.CollectionStatistics(term.Term.Field), searcher.TermStatistics(term.Term, context));
            var norm = searcher.Similarity.QueryNorm(statistics.GetValueForNormalization());
            statistics.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
            return new Weighted(term, context.DocFreq, searcher.CreateNormalizedWeight(new TermQuery(term.Term, context)), searcher.Similarity, statistics);
        }
    }

    /// <summary>The k-th best score so far of each range searched at the same time, so each can drop what another's top already beats.</summary>
    private sealed class Thresholds(int ranges)
    {
        private readonly float[] _scores = Enumerable.Repeat(float.NegativeInfinity, ranges).ToArray();

        public void Publish(int range, float threshold) => Volatile.Write(ref _scores[range], threshold);

        public float Others(int range)
        {
            var others = float.NegativeInfinity;
            for (var i = 0; i < _scores.Length; i++)
                if (i != range) others = Math.Max(others, Volatile.Read(ref _scores[i]));
            return others;
        }
    }

    private sealed class RangeSearch(IndexSearcher searcher, Weighted[] terms, TermScoreBounds bounds, int minCounted, int k, Filter? filter)
    {
        /// <summary>The top k of the documents from <paramref name="from"/> up to <paramref name="to"/>, segment by segment.</summary>
        public PriorityQueue<ScoreDoc, ScoreDoc> Range(int from, int to, Thresholds thresholds, int range)
        {
            var top = new PriorityQueue<ScoreDoc, ScoreDoc>(k + 1, WorstFirst.Instance);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var start = Math.Max(0, from - leaf.DocBase);
                var end = Math.Min(leaf.AtomicReader.MaxDoc, to - leaf.DocBase);
                if (start >= end) continue;
                var accepted = filter?.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
                if (filter is not null && accepted is null) continue;
                new SegmentSearch(leaf, terms, bounds, minCounted, k, top, accepted, start, end, thresholds, range).Run();
            }
            return top;
        }
    }

    /// <summary>One segment's pass over documents start..end − 1; the top k and its threshold carry over from the segments before.</summary>
    private sealed class SegmentSearch
    {
        private readonly int _docBase;
        private readonly int _minCounted;
        private readonly int _k;
        private readonly PriorityQueue<ScoreDoc, ScoreDoc> _top;
        private readonly DocIdSetIterator? _accepted;
        private readonly int _start;
        private readonly int _end;
        private readonly Thresholds _thresholds;
        private readonly int _range;
        // Words in descending order of their bound; absent words have no scorer.
        private readonly Scorer?[] _scorers;
        private readonly bool[] _counted;
        private readonly long[] _cost;
        // _rest[i]: the most words i.. can add; _countedLeft[i]: how many of them are counted.
        private readonly float[] _rest;
        private readonly int[] _countedLeft;
        // Any match contains one of these: the counted words with the shortest posting lists, all but minCounted - 1.
        private readonly int[] _lead;
        private readonly long _leadCost;
        // _firstWords[n]: words 0..n-1, the candidates when the first n words are the essential ones.
        private readonly int[][] _firstWords;
        private int[] _candidates = [];
        // The k-th score of this range, and the best k-th score of the ranges searched beside it.
        private float _own;
        private float _others;

        public SegmentSearch(AtomicReaderContext leaf, Weighted[] terms, TermScoreBounds bounds, int minCounted, int k, PriorityQueue<ScoreDoc, ScoreDoc> top, DocIdSetIterator? accepted, int start, int end, Thresholds thresholds, int range)
        {
            _docBase = leaf.DocBase;
            _minCounted = minCounted;
            _k = k;
            _top = top;
            _accepted = accepted;
            _start = start;
            _end = end;
            _thresholds = thresholds;
            _range = range;
            var scored = terms
                .Select(t => (Term: t, Scorer: t.Weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)))
                .Select(t => (t.Term, t.Scorer, Bound: t.Scorer is null ? 0f : bounds.Bound(leaf, t.Term.Term.Term, t.Term.Similarity.GetSimScorer(t.Term.Statistics, leaf))))
                .OrderByDescending(t => t.Bound)
                .ToArray();
            _scorers = scored.Select(t => t.Scorer).ToArray();
            _counted = scored.Select(t => t.Term.Term.Counted).ToArray();
            _cost = scored.Select(t => t.Scorer?.GetCost() ?? 0).ToArray();
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
            _firstWords = Enumerable.Range(0, scored.Length + 1).Select(n => Enumerable.Range(0, n).ToArray()).ToArray();
            _own = top.Count < k ? float.NegativeInfinity : top.Peek().Score;
            _others = thresholds.Others(range);
        }

        /// <summary>
        /// Whether a document that scores at most <paramref name="bound"/> cannot make the top k: this range's k-th
        /// score beats it on a tie (its documents come first), another range's only when higher (its may come later).
        /// </summary>
        private bool CannotBeat(float bound) => bound <= _own || bound < _others;

        public void Run()
        {
            if (_countedLeft[0] < _minCounted) return;
            ChooseCandidates();
            var doc = _start - 1;
            while (_candidates.Length > 0)
            {
                doc = Next(doc);
                if (doc >= _end) return;
                if (_accepted is not null && (_accepted.DocID < doc ? _accepted.Advance(doc) : _accepted.DocID) != doc) continue;
                var others = _thresholds.Others(_range);
                if (others != _others)
                {
                    _others = others;
                    ChooseCandidates();
                }
                if (Score(doc) is { } score)
                {
                    Keep(_top, new ScoreDoc(_docBase + doc, score), _k);
                    if (_top.Count == _k)
                    {
                        _own = _top.Peek().Score;
                        _thresholds.Publish(_range, _own);
                    }
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
            var essential = 0;
            while (essential < _scorers.Length && !CannotBeat(_rest[essential])) essential++;
            var essentialCost = 0L;
            for (var i = 0; i < essential; i++) essentialCost += _cost[i];
            _candidates = essentialCost < _leadCost ? _firstWords[essential] : _lead;
        }

        /// <summary>The next document after <paramref name="doc"/> that one of the candidate words is in.</summary>
        private int Next(int doc)
        {
            var next = DocIdSetIterator.NO_MORE_DOCS;
            foreach (var i in _candidates)
            {
                var scorer = _scorers[i];
                if (scorer is null) continue;
                var at = scorer.DocID <= doc ? scorer.Advance(doc + 1) : scorer.DocID;
                next = Math.Min(next, at);
            }
            return next;
        }

        /// <summary>The document's score if it matches enough counted words and may make the top k, else null.</summary>
        private float? Score(int doc)
        {
            var score = 0f;
            var counted = 0;
            for (var i = 0; i < _scorers.Length; i++)
            {
                if (CannotBeat(score + _rest[i]) || counted + _countedLeft[i] < _minCounted) return null;
                var scorer = _scorers[i];
                if (scorer is null) continue;
                var at = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                if (at != doc) continue;
                score += scorer.GetScore();
                if (_counted[i]) counted++;
            }
            return counted >= _minCounted && !CannotBeat(score) ? score : null;
        }
    }

    /// <summary>Lowest score first; of equal scores the later document, which the exhaustive search ranks lower too.</summary>
    private sealed class WorstFirst : IComparer<ScoreDoc>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(ScoreDoc? x, ScoreDoc? y) => x!.Score != y!.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
