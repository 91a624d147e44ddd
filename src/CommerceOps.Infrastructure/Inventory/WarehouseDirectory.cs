using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Inventory;

/// <summary>
/// Every warehouse, cached for the checkout's routing: they are few, a warehouse never changes once created, and each
/// order needs the whole list. A save in this process that adds, changes or removes one drops the cache
/// (<see cref="CommerceDbContext"/> calls <see cref="Changed"/>); a warehouse added by another process is seen within <see cref="MaxAge"/>.
/// </summary>
public sealed class WarehouseDirectory(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    // Process-wide: the saving context does not know which server's directory (a test process hosts several) holds the list.
    private static long s_generation;

    private volatile Snapshot? _snapshot;

    public static void Changed() => Interlocked.Increment(ref s_generation);

    public async ValueTask<IReadOnlyList<Warehouse>> AllAsync(CommerceDbContext db, CancellationToken ct)
    {
        // Read before loading: a change committed during the load leaves the snapshot one generation behind, so the next call loads again.
        var generation = Interlocked.Read(ref s_generation);
        if (_snapshot is { } current && current.Generation == generation && time.GetUtcNow() - current.LoadedAt < MaxAge)
            return current.Warehouses;
        var warehouses = await db.Warehouses.AsNoTracking().ToListAsync(ct);
        _snapshot = new Snapshot(warehouses, generation, time.GetUtcNow());
        return warehouses;
    }

    private sealed record Snapshot(IReadOnlyList<Warehouse> Warehouses, long Generation, DateTimeOffset LoadedAt);
}
