using System.Collections.Concurrent;
using System.Globalization;
using CommerceOps.Domain.Service;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CommerceOps.Infrastructure.Service;

/// <summary>
/// BM25 search over knowledge articles and resolved tickets with Chinese word segmentation (SmartCn), the approach of
/// <see cref="Catalog.ProductSearchIndex"/>. Held in memory and rebuilt from the store at start; the benchmark opens it on
/// disk. Ratings live beside the index (they change far more often than the text) and re-rank the BM25 candidates.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    /// <summary>BM25 candidates re-ranked by usefulness; enough that a well-rated article a little below the top still surfaces.</summary>
    private const int Candidates = 50;
    /// <summary>A query is cut to this many characters: a whole ticket description would exceed Lucene's clause limit and adds little.</summary>
    public const int MaxQueryLength = 256;
    private static readonly string[] SearchFields = ["title", "problem", "solution", "tags"];
    private static readonly Dictionary<string, float> Boosts = new() { ["title"] = 3f, ["problem"] = 2f, ["solution"] = 1f, ["tags"] = 2f };

    private readonly LuceneDirectory _directory;
    private readonly SmartChineseAnalyzer _analyzer = new(Version);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ConcurrentDictionary<long, (int Helpful, int Unhelpful)> _ratings = new();

    public KnowledgeIndex() : this(new RAMDirectory()) { }

    public KnowledgeIndex(LuceneDirectory directory)
    {
        _directory = directory;
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, Similarity = new BM25Similarity(), RAMBufferSizeMB = 64 };
        _writer = new IndexWriter(_directory, config);
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public int Count => _writer.NumDocs;

    /// <summary>Adds or replaces an article and makes it searchable at once.</summary>
    public void Upsert(KnowledgeDocument article)
    {
        _writer.UpdateDocument(new Term("id", article.Id.ToString(CultureInfo.InvariantCulture)), ToDocument(article));
        _ratings[article.Id] = (article.HelpfulVotes, article.UnhelpfulVotes);
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Adds an article not yet in the index (a rebuild or bulk load); call <see cref="Refresh"/> once at the end.</summary>
    public void Add(KnowledgeDocument article)
    {
        _writer.AddDocument(ToDocument(article));
        _ratings[article.Id] = (article.HelpfulVotes, article.UnhelpfulVotes);
    }

    private static Document ToDocument(KnowledgeDocument article)
    {
        var id = article.Id.ToString(CultureInfo.InvariantCulture);
        return new Document
        {
            new StringField("id", id, Field.Store.NO),
            // Hits read their id from doc values: loading stored fields for every candidate costs more than the search.
            new NumericDocValuesField("id", article.Id),
            new StringField("kind", article.Kind.ToString(), Field.Store.NO),
            new TextField("title", article.Title, Field.Store.NO),
            new TextField("problem", article.Problem, Field.Store.NO),
            new TextField("solution", article.Solution, Field.Store.NO),
            new TextField("tags", string.Join(' ', article.Tags), Field.Store.NO),
        };
    }

    public void Refresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Rate(long id, int helpful, int unhelpful) => _ratings[id] = (helpful, unhelpful);

    /// <summary>The best matches for free text (any word may match; BM25 ranks), re-ranked by usefulness; optionally one kind only.</summary>
    public IReadOnlyList<KnowledgeHit> Search(string text, int take, KnowledgeKind? kind = null)
    {
        var parser = new MultiFieldQueryParser(Version, SearchFields, _analyzer, Boosts) { DefaultOperator = Operator.OR };
        Query textQuery;
        try
        {
            textQuery = parser.Parse(QueryParserBase.Escape(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text).Trim());
        }
        catch (ParseException)
        {
            return [];
        }
        var filter = kind is { } k ? new QueryWrapperFilter(new TermQuery(new Term("kind", k.ToString()))) : null;

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(textQuery, filter, Math.Max(Candidates, take));
            var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, "id");
            return top.ScoreDocs
                .Select(d =>
                {
                    var id = ids.Get(d.Doc);
                    var (helpful, unhelpful) = _ratings.GetValueOrDefault(id);
                    return new KnowledgeHit(id, d.Score, KnowledgeRanking.Score(d.Score, helpful, unhelpful));
                })
                .OrderByDescending(h => h.Score).ThenBy(h => h.Id)
                .Take(take)
                .ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}

/// <summary>What the index needs of an article.</summary>
public sealed record KnowledgeDocument(long Id, KnowledgeKind Kind, string Title, string Problem, string Solution, IReadOnlyList<string> Tags, int HelpfulVotes, int UnhelpfulVotes)
{
    public static KnowledgeDocument From(KnowledgeArticle a) => new(a.Id, a.Kind, a.Title, a.Problem, a.Solution, a.Tags, a.HelpfulVotes, a.UnhelpfulVotes);
}

/// <summary>A match: its BM25 score and the score after re-ranking by usefulness.</summary>
public sealed record KnowledgeHit(long Id, double TextScore, double Score);
