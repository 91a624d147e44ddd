using CommerceOps.Domain.Marketing.Promotions;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// The published promotions, compiled once and kept in memory: checkout prices every cart against this set
/// instead of querying promotions per request. Changes made through <see cref="PromotionService"/> invalidate it
/// at once; <see cref="MaxAge"/> bounds how stale it can be when another server instance made the change.
/// </summary>
public sealed class ActivePromotions(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;
    private long _generation;

    public async ValueTask<PromotionSet> GetAsync(CommerceDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_snapshot is { } current && current.Generation == Interlocked.Read(ref _generation) && now - current.LoadedAt < MaxAge)
            return current.Set;

        // A change committed while this load runs bumps the generation, so the load cannot overwrite it with old data.
        var generation = Interlocked.Read(ref _generation);
        var published = await db.Promotions.AsNoTracking().Where(p => p.Status == PromotionStatus.Published).ToListAsync(ct);
        var set = PromotionSet.Of(published
            .Where(p => p.Rules.Period is null || p.Rules.Period.EndsAt > now)
            .Select(p => p.ToDefinition()));
        _snapshot = new Snapshot(set, generation, now);
        return set;
    }

    /// <summary>Called after a promotion change is committed.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private sealed record Snapshot(PromotionSet Set, long Generation, DateTimeOffset LoadedAt);
}
