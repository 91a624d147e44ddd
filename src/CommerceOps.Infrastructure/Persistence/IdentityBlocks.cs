using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Ids for new rows of a PostgreSQL table, taken from its identity column's own sequence a block at a time: an aggregate
/// gets its id when it is added, so the rows that refer to it (its lines, the stock reservations, the idempotency
/// record) go to the server in the same SaveChanges round trip instead of waiting for <c>RETURNING id</c>. Every value
/// comes from <c>nextval</c> of the column's sequence, so rows inserted with the column's default (bulk writers, other
/// servers) never collide with them; a block left unused when the process ends is only a gap in the ids.
/// </summary>
internal static class IdentityBlocks
{
    private const int BlockSize = 32;

    // Per database and table: tests and tools can hold contexts on several databases in one process.
    private static readonly ConcurrentDictionary<(string Database, string Table), ConcurrentQueue<long>> Pools = new();

    public static async ValueTask<long> NextAsync(CommerceDbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        var table = type.GetTableName()!;
        var pool = Pools.GetOrAdd((db.Database.GetConnectionString()!, table), _ => new());
        if (pool.TryDequeue(out var id)) return id;
        var column = type.FindPrimaryKey()!.Properties[0].GetColumnName();
        var qualified = type.GetSchema() is { } schema ? $"{schema}.{table}" : table;
        var block = await db.Database
            .SqlQuery<long>($"SELECT nextval(pg_get_serial_sequence({qualified}, {column})) AS \"Value\" FROM generate_series(1, {BlockSize})")
            .ToListAsync(cancellationToken);
        block.Sort();
        for (var i = 1; i < block.Count; i++) pool.Enqueue(block[i]);
        return block[0];
    }
}
