using System.Collections.Concurrent;
using System.Globalization;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CommerceOps.Infrastructure.Service;

/// <summary>
/// BM25 search over knowledge articles and resolved tickets with Chinese word segmentation (SmartCn). Held in memory and
/// rebuilt from the store at start; the benchmark opens it on disk. Ratings live beside the index (they change far more
/// often than the text) and re-rank the BM25 candidates.
/// </summary>
/// <remarks>
/// The query shape is what keeps the work small over a million documents (see docs/service.md, "Search"): one field
/// holding the problem side of an article (title, problem, tags), and of the query's words only those the index has;
/// words in more than <see cref="CommonShare"/> of the documents (收货, 顾客…) only add to the score of documents that
/// match the rarer words, and at least <see cref="RequiredShare"/> of the rarer words must match (when that finds
/// nothing, any one of them). The BM25 candidates are then found by <see cref="MaxScoreSearch"/>, which returns what
/// Lucene would for that query but stops scoring a document as soon as it cannot reach the top 50: scoring every match
/// made queries with common words (tens of thousands of matches) the slow tail.
/// </remarks>
public sealed class KnowledgeIndex : IDisposable
{
    /// <summary>BM25 candidates re-ranked by usefulness; enough that a well-rated article a little below the top still surfaces.</summary>
    private const int Candidates = 50;
    /// <summary>A query is cut to this many characters: a whole ticket description adds little and costs clauses.</summary>
    public const int MaxQueryLength = 256;
    /// <summary>Distinct queries whose candidates are kept until the next refresh; a few MB at 50 candidates each.</summary>
    private const int CachedQueries = 20_000;
    public const double CommonShare = 0.10;
    /// <summary>Words in at least this many documents of a segment get their score bounds when a searcher opens (see <see cref="Warm"/>).</summary>
    private const int WarmedWordMinDocs = 4_096;
    public const double RequiredShare = 0.6;
    private const string TextField = "text";

    private readonly TermScoreBounds _bounds = new();
    private readonly ReaderResultCache<IReadOnlyList<ScoreDoc>> _results = new(CachedQueries);
    private readonly SegmentedTextIndex _index;
    private readonly ConcurrentDictionary<long, (int Helpful, int Unhelpful)> _ratings = new();
    private readonly Dictionary<KnowledgeKind, Filter> _kindFilters = Enum.GetValues<KnowledgeKind>()
        .ToDictionary(k => k, Filter (k) => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term("kind", k.ToString())))));

    public KnowledgeIndex() : this(new RAMDirectory()) { }

    public KnowledgeIndex(LuceneDirectory directory) => _index = new SegmentedTextIndex(directory, new BM25Similarity(), Warm);

    /// <summary>
    /// Loads every segment's id doc values and the score bounds of its common words when a searcher opens, so the first
    /// searches after a refresh do not.
    /// </summary>
    private void Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves) leaf.AtomicReader.GetNumericDocValues("id");
        _bounds.Warm(searcher.IndexReader, TextField, WarmedWordMinDocs);
    }

    public int Count => _index.Count;

    /// <summary>Adds or replaces an article and makes it searchable at once.</summary>
    public void Upsert(KnowledgeDocument article)
    {
        _index.Upsert(new Term("id", article.Id.ToString(CultureInfo.InvariantCulture)), ToDocument(article));
        _ratings[article.Id] = (article.HelpfulVotes, article.UnhelpfulVotes);
    }

    /// <summary>Adds an article not yet in the index (a rebuild or bulk load); call <see cref="Refresh"/> once at the end.</summary>
    public void Add(KnowledgeDocument article)
    {
        _index.Add(ToDocument(article));
        _ratings[article.Id] = (article.HelpfulVotes, article.UnhelpfulVotes);
    }

    private static Document ToDocument(KnowledgeDocument article) =>
    [
        new StringField("id", article.Id.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
        // Hits read their id from doc values: loading stored fields for every candidate costs more than the search.
        new NumericDocValuesField("id", article.Id),
        new StringField("kind", article.Kind.ToString(), Field.Store.NO),
        // The solution is shown, not searched: agents search by the customer's problem, and solution words (退款, 补发)
        // occur in so many articles that matching them mostly adds work.
        new TextField(TextField, $"{article.Title}\n{article.Problem}\n{string.Join(' ', article.Tags)}", Field.Store.NO),
    ];

    public void Refresh() => _index.Refresh();

    public void Rate(long id, int helpful, int unhelpful) => _ratings[id] = (helpful, unhelpful);

    /// <summary>The best matches for free text (BM25 over the query shape above), re-ranked by usefulness; optionally one kind only.</summary>
    public IReadOnlyList<KnowledgeHit> Search(string text, int take, KnowledgeKind? kind = null)
    {
        var words = Words(text);
        if (words.Count == 0) return [];
        return _index.Search(searcher =>
        {
            var candidates = Math.Max(Candidates, take);
            var key = $"{kind}|{candidates}|{string.Join('\u0001', words)}";
            var top = _results.GetOrSearch(searcher.IndexReader, key, () => BestMatches(searcher, words, candidates, kind));
            var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, "id");
            return top
                .Select(d =>
                {
                    var id = ids.Get(d.Doc);
                    var (helpful, unhelpful) = _ratings.GetValueOrDefault(id);
                    return new KnowledgeHit(id, d.Score, KnowledgeRanking.Score(d.Score, helpful, unhelpful));
                })
                .OrderByDescending(h => h.Score).ThenBy(h => h.Id)
                .Take(take)
                .ToList();
        });
    }

    /// <summary>The BM25 candidates (before re-ranking: ratings change without a refresh), strict query first, then relaxed.</summary>
    private IReadOnlyList<ScoreDoc> BestMatches(IndexSearcher searcher, IReadOnlyList<string> words, int candidates, KnowledgeKind? kind)
    {
        var filter = kind is { } k ? _kindFilters[k] : null;
        var strict = Plan(searcher.IndexReader, words, relaxed: false);
        if (strict is null) return [];
        var top = MaxScoreSearch.Search(searcher, _bounds, strict.Terms, strict.MinRare, candidates, filter);
        if (top.Count > 0) return top;
        // "优惠券用不了": 不 is as rare as 优惠券 but no article has both; then any rarer word will do.
        var relaxed = Plan(searcher.IndexReader, words, relaxed: true)!;
        return MaxScoreSearch.Search(searcher, _bounds, relaxed.Terms, relaxed.MinRare, candidates, filter);
    }

    /// <summary>How many searches were answered from the cache of the current reader's results, of how many.</summary>
    public (long Hits, long Lookups) CachedResults => (_results.Hits, _results.Lookups);

    /// <summary>
    /// The same search as a Lucene query, first strict, then relaxed, scored exhaustively by an IndexSearcher: the
    /// benchmark's raw-Lucene baseline, and what the tests check <see cref="Search"/> against.
    /// </summary>
    public Query? QueryFor(IndexReader reader, string text, bool relaxed) => Plan(reader, Words(text), relaxed)?.ToQuery();

    private IReadOnlyList<string> Words(string text) => _index.Words(TextField, text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);

    /// <summary>
    /// Rarer words, most of them required (relaxed: any one); common words only score where the rarer ones matched.
    /// Null when no word is in the index.
    /// </summary>
    private static QueryPlan? Plan(IndexReader reader, IReadOnlyList<string> words, bool relaxed)
    {
        var known = words.Select(w => new Term(TextField, w)).Select(t => (Term: t, Frequency: reader.DocFreq(t))).Where(t => t.Frequency > 0).ToList();
        if (known.Count == 0) return null;
        var commonAbove = CommonShare * reader.NumDocs;
        var rare = known.Where(t => t.Frequency <= commonAbove).ToList();
        // In a small index every word is "common": then they all count as rare.
        var common = rare.Count == 0 ? [] : known.Where(t => t.Frequency > commonAbove).ToList();
        if (rare.Count == 0) rare = known;
        var minRare = relaxed ? 1 : Math.Max(1, (int)Math.Ceiling(rare.Count * RequiredShare));
        return new QueryPlan([.. rare.Select(t => new SearchTerm(t.Term, Counted: true)), .. common.Select(t => new SearchTerm(t.Term, Counted: false))], minRare);
    }

    /// <summary>The query's words (counted: the rarer ones) and how many of the rarer ones a match must have.</summary>
    private sealed record QueryPlan(IReadOnlyList<SearchTerm> Terms, int MinRare)
    {
        public BooleanQuery ToQuery()
        {
            var required = new BooleanQuery { MinimumNumberShouldMatch = MinRare };
            foreach (var term in Terms.Where(t => t.Counted)) required.Add(new TermQuery(term.Term), Occur.SHOULD);
            var query = new BooleanQuery { { required, Occur.MUST } };
            foreach (var term in Terms.Where(t => !t.Counted)) query.Add(new TermQuery(term.Term), Occur.SHOULD);
            return query;
        }
    }

    public void Dispose() => _index.Dispose();
}

/// <summary>What the index needs of an article.</summary>
public sealed record KnowledgeDocument(long Id, KnowledgeKind Kind, string Title, string Problem, string Solution, IReadOnlyList<string> Tags, int HelpfulVotes, int UnhelpfulVotes)
{
    public static KnowledgeDocument From(KnowledgeArticle a) => new(a.Id, a.Kind, a.Title, a.Problem, a.Solution, a.Tags, a.HelpfulVotes, a.UnhelpfulVotes);
}

/// <summary>A match: its BM25 score and the score after re-ranking by usefulness.</summary>
public sealed record KnowledgeHit(long Id, double TextScore, double Score);
