using System.Collections.Concurrent;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Pre-computed results of the console's analytics queries, so a page renders from memory instead of scanning tens of
/// millions of rows per request. A result is the query's own answer (never an approximation), stored with the
/// freshness read just before it was computed: the newest order and event it can include and when it was computed.
/// A result younger than <see cref="FreshFor"/> is served as it is; an older one is still served at once while one
/// background recomputation replaces it (stale-while-revalidate); one older than <see cref="ServeStaleFor"/>, or a
/// key never asked for, is computed while the caller waits (concurrent callers share that computation). A failed
/// computation is not kept: its callers see the exception and the next call tries again.
/// </summary>
public sealed class AnalyticsResultCache(AnalyticsFreshnessQuery freshness, TimeProvider time)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ServeStaleFor = TimeSpan.FromMinutes(30);

    /// <summary>Keys not asked for in this long are dropped when the cache is next written to.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>The cached (or just computed) result of <paramref name="compute"/> under <paramref name="key"/>, which
    /// must name the query and every parameter it depends on.</summary>
    public async Task<CachedResult<T>> GetAsync<T>(string key, Func<Task<T>> compute)
    {
        var slot = _slots.GetOrAdd(key, _ => new Slot());
        Task<CachedResult<object?>> pending;
        var now = time.GetUtcNow();
        lock (slot)
        {
            slot.LastAsked = now;
            var current = slot.Result;
            var age = current is { IsCompletedSuccessfully: true } ? now - current.Result.Freshness.AsOf : (TimeSpan?)null;
            if (current is null || current.IsFaulted || current.IsCanceled || age > ServeStaleFor)
            {
                slot.Result = current = ComputeAsync(compute);
                Forget(now);
            }
            else if (age > FreshFor && slot.Refresh is null)
            {
                slot.Refresh = RefreshAsync(slot, compute);
            }
            pending = current;
        }
        var result = await pending;
        return new CachedResult<T>((T)result.Value!, result.Freshness);
    }

    /// <summary>Completes when the background recomputation of <paramref name="key"/> (if one is running) has replaced the result.</summary>
    public Task RefreshedAsync(string key)
    {
        if (!_slots.TryGetValue(key, out var slot)) return Task.CompletedTask;
        lock (slot) return slot.Refresh ?? Task.CompletedTask;
    }

    private async Task<CachedResult<object?>> ComputeAsync<T>(Func<Task<T>> compute)
    {
        await Task.Yield(); // the caller's lock is released before any query runs
        // Read first: the result then includes at least everything up to these times.
        var stamp = freshness.Run();
        var value = await compute();
        return new CachedResult<object?>(value, stamp);
    }

    private async Task RefreshAsync<T>(Slot slot, Func<Task<T>> compute)
    {
        await Task.Yield(); // runs after the caller has stored this task and left the lock
        try
        {
            var next = ComputeAsync(compute);
            await next;
            lock (slot) slot.Result = next;
        }
        catch (Exception)
        {
            // Keep serving the older result; a later call refreshes again (and a cold one would surface the error).
        }
        finally
        {
            lock (slot) slot.Refresh = null;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, slot) in _slots)
            if (now - slot.LastAsked > ForgetAfter) _slots.TryRemove(key, out _);
    }

    private sealed class Slot
    {
        public Task<CachedResult<object?>>? Result;
        public Task? Refresh;
        public DateTimeOffset LastAsked;
    }
}

/// <param name="Freshness">When the value was computed and the newest order and event the store held just before.</param>
public sealed record CachedResult<T>(T Value, AnalyticsFreshness Freshness);
