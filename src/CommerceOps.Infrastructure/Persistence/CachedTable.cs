using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// A small table that changes rarely and that hot paths read whole (warehouses, return policies), kept in memory in
/// the shape those paths need instead of being queried on every request. A save in this process that adds, changes
/// or removes a row drops the copy (<see cref="CommerceDbContext"/> calls <see cref="CachedTables.Changed"/> after the
/// save and again after its transaction commits); a change made by another process is seen within <see cref="MaxAge"/>.
/// </summary>
public abstract class CachedTable<TRow, TView>(TimeProvider time) where TRow : class
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot? _snapshot;

    static CachedTable() => CachedTables.Register(typeof(TRow));

    /// <summary>Shapes the rows once per load into what readers use.</summary>
    protected abstract TView Shape(List<TRow> rows);

    public async ValueTask<TView> GetAsync(CommerceDbContext db, CancellationToken ct)
    {
        // Read before loading: a change committed during the load leaves the snapshot one generation behind, so the next call loads again.
        var generation = CachedTables.Generation(typeof(TRow));
        if (_snapshot is { } current && current.Generation == generation && time.GetUtcNow() - current.LoadedAt < MaxAge)
            return current.View;
        var view = Shape(await db.Set<TRow>().AsNoTracking().ToListAsync(ct));
        _snapshot = new Snapshot(view, generation, time.GetUtcNow());
        return view;
    }

    private sealed record Snapshot(TView View, long Generation, DateTimeOffset LoadedAt);
}
