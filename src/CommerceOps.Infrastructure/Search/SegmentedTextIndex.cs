using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CommerceOps.Infrastructure.Search;

/// <summary>
/// The Lucene plumbing the full-text indexes share (products, knowledge base): Chinese word segmentation (SmartCn), one
/// writer, and searchers reopened from the writer (near real time) and reused across searches by a <see cref="SearcherManager"/>.
/// What to index and how to query stays with each index; so does warming a new searcher (loading what its searches read,
/// so the first search after a refresh does not pay for it).
/// </summary>
public sealed class SegmentedTextIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public SegmentedTextIndex(LuceneDirectory directory, Similarity? similarity = null, Action<IndexSearcher>? warm = null)
    {
        _directory = directory;
        var config = new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 };
        if (similarity is not null) config.Similarity = similarity;
        _writer = new IndexWriter(_directory, config);
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Factory(similarity, warm));
    }

    public SmartChineseAnalyzer Analyzer { get; } = new(Version);

    public int Count => _writer.NumDocs;

    /// <summary>Adds or replaces many documents and makes them searchable with one refresh.</summary>
    public void Upsert(IEnumerable<(Term Id, Document Document)> documents)
    {
        foreach (var (id, document) in documents) _writer.UpdateDocument(id, document);
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Adds or replaces the document with this id term and makes it searchable at once.</summary>
    public void Upsert(Term id, Document document) => Upsert([(id, document)]);

    /// <summary>Adds a document not yet in the index (a rebuild or bulk load); call <see cref="Refresh"/> once at the end.</summary>
    public void Add(Document document) => _writer.AddDocument(document);

    public void Delete(Term id)
    {
        _writer.DeleteDocuments(id);
        _searchers.MaybeRefreshBlocking();
    }

    public void Refresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs a search on the current searcher (reused, not reopened per query).</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The distinct words of <paramref name="text"/> as the analyzer indexes them in <paramref name="field"/>.</summary>
    public IReadOnlyList<string> Words(string field, string text)
    {
        var words = new List<string>();
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (!words.Contains(word)) words.Add(word);
        }
        stream.End();
        return words;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }

    private sealed class Factory(Similarity? similarity, Action<IndexSearcher>? warm) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var searcher = new IndexSearcher(reader);
            if (similarity is not null) searcher.Similarity = similarity;
            warm?.Invoke(searcher);
            return searcher;
        }
    }
}
