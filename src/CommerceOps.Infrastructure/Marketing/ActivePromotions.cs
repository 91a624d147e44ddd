using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// The published promotions, compiled once and kept in memory: checkout prices every cart against this set
/// instead of querying promotions per request. Changes made through <see cref="PromotionService"/> invalidate it
/// at once; <see cref="MaxAge"/> bounds how stale it can be when another server instance made the change.
/// One load at a time, on its own context, so a burst of checkouts neither queries in parallel nor holds a
/// checkout's transaction open for it.
/// </summary>
public sealed class ActivePromotions(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private Snapshot? _snapshot;
    private Task<Snapshot>? _loading;
    private long _generation;

    public async ValueTask<PromotionSet> GetAsync(CancellationToken ct)
    {
        while (true)
        {
            Task<Snapshot> loading;
            long generation;
            lock (_gate)
            {
                if (_snapshot is { } current && current.Generation == _generation && time.GetUtcNow() - current.LoadedAt < MaxAge)
                    return current.Set;
                generation = _generation;
                // Task.Run: SQLite's "async" calls complete synchronously, and the load must not finish inside this lock.
                loading = _loading ??= Task.Run(() => LoadAsync(generation), CancellationToken.None);
            }
            var snapshot = await loading.WaitAsync(ct);
            if (snapshot.Generation >= generation) return snapshot.Set; // else a load started before the last change: wait for the next
        }
    }

    /// <summary>Called after a promotion change is committed; the next pricing loads the set again.</summary>
    public void Invalidate()
    {
        lock (_gate) _generation++;
    }

    private async Task<Snapshot> LoadAsync(long generation)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
            var now = time.GetUtcNow();
            var published = await db.Promotions.AsNoTracking().Where(p => p.Status == PromotionStatus.Published).ToListAsync();
            var snapshot = new Snapshot(PromotionSet.Of(published
                .Where(p => p.Rules.Period is null || p.Rules.Period.EndsAt > now)
                .Select(p => p.ToDefinition())), generation, now);
            // A change committed while this load ran bumped the generation: the snapshot is then already stale and is
            // not kept, so the next pricing loads again.
            lock (_gate) _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            lock (_gate) _loading = null;
        }
    }

    private sealed record Snapshot(PromotionSet Set, long Generation, DateTimeOffset LoadedAt);
}
