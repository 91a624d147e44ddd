using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CommerceOps.Infrastructure.Search;

/// <summary>
/// Results of searches on one index reader, so a query asked again (customers ask the same few questions most) is not
/// searched again. Kept per reader: a refresh that changes the index opens a new reader, which starts empty, so a cached
/// result is never staler than the searcher it came from. Holds at most <paramref name="capacity"/> results a reader;
/// past that new queries are searched, not kept.
/// </summary>
public sealed class ReaderResultCache<T>(int capacity) where T : class
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, T>> _readers = new();
    private long _lookups;
    private long _hits;

    public long Lookups => Interlocked.Read(ref _lookups);

    public long Hits => Interlocked.Read(ref _hits);

    public T GetOrSearch(IndexReader reader, string key, Func<T> search)
    {
        Interlocked.Increment(ref _lookups);
        var results = _readers.GetValue(reader, _ => new());
        if (results.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }
        var result = search();
        if (results.Count < capacity) results.TryAdd(key, result);
        return result;
    }
}
