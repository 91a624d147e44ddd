using System.Diagnostics;
using System.Text.Json;
using CommerceOps.Infrastructure.Service;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CommerceOps.Bench;

/// <summary>
/// Knowledge-base search over N articles and resolved tickets (default 1,000,000) in a Lucene index on disk, generated
/// deterministically by <see cref="KnowledgeCorpus"/> (Zipf-distributed vocabulary, so queries are selective as real
/// ones are) and kept in --dir for later runs. Measures <see cref="KnowledgeIndex.Search"/> (parse, BM25 top 50,
/// re-rank by ratings, top 10), all searches and apart those its cache of repeated queries did not answer; baseline: the same queries (strict, then relaxed when it finds nothing) straight on an IndexSearcher, top 10, no re-ranking; and, for the
/// record, the shape searched before (every word OR'ed) on the raw searcher.
/// </summary>
public static class KnowledgeLoad
{
    public static int Run(Options options)
    {
        var dir = options.Require("dir");
        var count = options.Int("articles", 1_000_000, 1_000, 5_000_000);
        var queries = options.Int("queries", 5_000, 100, 1_000_000);
        // The marker names the index layout: a directory built for another layout is rebuilt.
        var built = Path.Combine(dir, $"built-{count}-text-v3-zipf");
        var buildSeconds = 0.0;
        if (!File.Exists(built))
        {
            if (System.IO.Directory.Exists(dir)) System.IO.Directory.Delete(dir, recursive: true);
            System.IO.Directory.CreateDirectory(dir);
            var started = Stopwatch.GetTimestamp();
            using (var index = new KnowledgeIndex(FSDirectory.Open(dir)))
            {
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, n => index.Add(KnowledgeCorpus.Article(n)));
                index.Refresh();
            }
            buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            File.WriteAllText(built, buildSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var kb = new KnowledgeIndex(FSDirectory.Open(dir));
        var random = new Random(5);
        for (var id = 0; id < count; id += 97) kb.Rate(id, random.Next(0, 20), random.Next(0, 10)); // some rated articles, as in use
        var asked = KnowledgeCorpus.Queries(queries, seed: 7);
        var distinct = asked.Distinct().ToArray();

        using var reader = DirectoryReader.Open(FSDirectory.Open(dir));
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var parsed = distinct.ToDictionary(q => q, q => kb.QueryFor(reader, q, relaxed: false) ?? throw new BenchException($"no query for {q}"));
        var relaxed = distinct.ToDictionary(q => q, q => kb.QueryFor(reader, q, relaxed: true)!);
        TopDocs Raw(string q) => searcher.Search(parsed[q], 10) is { TotalHits: > 0 } top ? top : searcher.Search(relaxed[q], 10);
        // The shape searched before (every word OR'ed), for the record: it was the slow part.
        using var analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        var orParser = new QueryParser(LuceneVersion.LUCENE_48, "text", analyzer);
        var orParsed = distinct.ToDictionary(q => q, q => orParser.Parse(QueryParserBase.Escape(q)));

        for (var i = 0; i < Math.Min(500, queries); i++) { kb.Search(asked[i], 10); Raw(asked[i]); searcher.Search(orParsed[asked[i]], 10); }
        var times = new Latencies();
        // Searches not answered from the cache of repeated queries: what a query costs the first time it is asked.
        var searched = new Latencies();
        var (hitsBefore, lookupsBefore) = kb.CachedResults;
        var raw = new Latencies();
        var orRaw = new Latencies();
        var matched = 0L;
        for (var i = 0; i < queries; i++)
        {
            var hits = kb.CachedResults.Hits;
            var started = Stopwatch.GetTimestamp();
            if (kb.Search(asked[i], 10).Count == 0) throw new BenchException($"no hits for {asked[i]}");
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            times.Add(elapsed);
            if (kb.CachedResults.Hits == hits) searched.Add(elapsed);
            started = Stopwatch.GetTimestamp();
            matched += Raw(asked[i]).TotalHits;
            raw.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            searcher.Search(orParsed[asked[i]], 10);
            orRaw.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        times = Latencies.Merge([times]);
        searched = Latencies.Merge([searched]);
        var (hitsAfter, lookupsAfter) = kb.CachedResults;
        raw = Latencies.Merge([raw]);
        orRaw = Latencies.Merge([orRaw]);
        var result = new
        {
            articles = kb.Count, words = Vocabulary(reader), queries, distinctQueries = distinct.Length, meanMatches = matched / queries, buildSeconds = Math.Round(buildSeconds, 1),
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "",
            p50Ms = times.Percentile(50), p95Ms = times.Percentile(95), p99Ms = times.Percentile(99),
            cacheHitRatio = Math.Round((double)(hitsAfter - hitsBefore) / (lookupsAfter - lookupsBefore), 3),
            searchedP50Ms = searched.Percentile(50), searchedP95Ms = searched.Percentile(95), searchedP99Ms = searched.Percentile(99),
            rawP50Ms = raw.Percentile(50), rawP95Ms = raw.Percentile(95), rawP99Ms = raw.Percentile(99),
            orP50Ms = orRaw.Percentile(50), orP95Ms = orRaw.Percentile(95), orP99Ms = orRaw.Percentile(99),
        };
        File.WriteAllText(options.Require("out"), JsonSerializer.Serialize(result));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>How many distinct words (not numbers: every ticket title has its own) the searched field holds: how varied the corpus is.</summary>
    private static int Vocabulary(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, "text").GetEnumerator();
        var count = 0;
        while (terms.MoveNext())
            if (!terms.Term.Utf8ToString().Any(char.IsAsciiDigit)) count++;
        return count;
    }
}
