using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Service;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CommerceOps.Infrastructure.Tests.Service;

/// <summary>
/// <see cref="KnowledgeIndex.Search"/> skips documents that cannot reach the top (MaxScore); these tests check that it
/// finds exactly what Lucene finds scoring every match of the same query, on a corpus with words in most documents,
/// words in a tenth of them and rare ones, in three segments, with and without the kind filter.
/// </summary>
public sealed class KnowledgeSearchPruningTests : IDisposable
{
    // English words, so the corpus does not depend on how SmartCn segments Chinese.
    private static readonly string[] Common = ["customer", "order", "package"];
    private static readonly string[] Medium = ["late", "broken", "refund", "screen", "battery", "charger", "leaking", "missing"];
    private static readonly string[] Rare =
    [
        "allergy", "invoice", "warranty", "courier", "scratch", "odour", "melted", "frozen", "cracked", "faded", "stolen", "duplicate",
        "voucher", "coupon", "cashback", "installer", "appointment", "customs", "deposit", "presale", "wrapping", "manual", "remote", "filter",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly KnowledgeIndex _index;

    public KnowledgeSearchPruningTests()
    {
        _index = new KnowledgeIndex(_directory);
        var random = new Random(11);
        var id = 0L;
        // Three commits: three segments, ids in document order (so both searches break ties the same way).
        for (var segment = 0; segment < 3; segment++)
        {
            for (var n = 0; n < 1_000; n++)
            {
                var words = new List<string>();
                foreach (var (word, share) in Common.Zip([0.8, 0.5, 0.3])) if (random.NextDouble() < share) words.Add(word);
                words.AddRange(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Medium[random.Next(Medium.Length)]));
                // Rare words drawn with falling frequency: the first few are in a few percent of documents, the last in a handful.
                words.AddRange(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Rare[(int)(Rare.Length * Math.Pow(random.NextDouble(), 2.5))]));
                if (random.Next(5) == 0) words.Add(words[random.Next(words.Count)]); // a word twice: higher term frequency
                words.AddRange(Enumerable.Repeat("note", random.Next(0, 8))); // longer and shorter documents
                var kind = random.Next(3) == 0 ? KnowledgeKind.Article : KnowledgeKind.ResolvedTicket;
                _index.Add(new KnowledgeDocument(++id, kind, $"case{id}", string.Join(' ', words.OrderBy(_ => random.Next())), "done", [], 0, 0));
            }
            _index.Refresh();
        }
    }

    private static readonly string[] QueryTexts =
    [
        "customer order",
        "customer order package",
        "customer broken screen",
        "order late refund package",
        "customer battery charger leaking",
        "package allergy",
        "customer invoice",
        "broken screen cracked remote",
        "late courier customs",
        "frozen melted wrapping customer",
        "refund",
        "customer",
        // No document has both words: the search falls back to any one of them.
        "presale installer",
    ];

    public static TheoryData<string> Queries => new(QueryTexts);

    [Theory]
    [MemberData(nameof(Queries))]
    public void Top_results_are_those_of_scoring_every_match(string text) => AssertSameAsScoringEveryMatch(text);

    [Fact]
    public void Searches_on_several_threads_at_once_find_what_scoring_every_match_finds()
    {
        // The searches read postings on enumerators pooled per segment: concurrent ones must each get their own.
        Parallel.ForEach(QueryTexts, new ParallelOptions { MaxDegreeOfParallelism = 4 }, AssertSameAsScoringEveryMatch);
    }

    [Fact]
    public void Bounds_kept_from_earlier_searches_hold_after_the_statistics_change()
    {
        AssertSameAsScoringEveryMatch("customer broken refund");
        // Short documents with these words: new idf and average length, and a new segment beside the kept bounds.
        for (var id = 5_001; id <= 5_200; id++)
            _index.Upsert(new KnowledgeDocument(id, KnowledgeKind.ResolvedTicket, $"case{id}", id % 2 == 0 ? "broken refund" : "customer broken", "done", [], 0, 0));
        _index.Refresh();

        AssertSameAsScoringEveryMatch("customer broken refund");
        AssertSameAsScoringEveryMatch("customer order");
    }

    private void AssertSameAsScoringEveryMatch(string text)
    {
        using var reader = DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var ids = MultiDocValues.GetNumericValues(reader, "id");

        foreach (var kind in new KnowledgeKind?[] { null, KnowledgeKind.Article })
        {
            Filter? filter = kind is { } k ? new QueryWrapperFilter(new TermQuery(new Term("kind", k.ToString()))) : null;
            var exhaustive = searcher.Search(_index.QueryFor(reader, text, relaxed: false)!, filter, 50);
            if (exhaustive.TotalHits == 0) exhaustive = searcher.Search(_index.QueryFor(reader, text, relaxed: true)!, filter, 50);
            // Unrated articles keep their text score (usefulness 0.5), so the order is the text order, ties by id. The two
            // sum the words' scores in different orders, so scores are compared to 5 digits and closer ones count as ties.
            var expected = Ranked(exhaustive.ScoreDocs.Select(d => (ids.Get(d.Doc), (double)d.Score)));

            var hits = Ranked(_index.Search(text, 20, kind).Select(h => (h.Id, h.TextScore)));

            Assert.True(expected.Count >= 5, $"the corpus should give '{text}' at least 5 matches, has {expected.Count}");
            Assert.Equal(expected, hits);
        }
    }

    private static List<(long Id, double Score)> Ranked(IEnumerable<(long Id, double Score)> hits) =>
        hits.Select(h => (h.Id, Score: Math.Round(h.Score, 4))).OrderByDescending(h => h.Score).ThenBy(h => h.Id).Take(20).ToList();

    public void Dispose() => _index.Dispose();
}
