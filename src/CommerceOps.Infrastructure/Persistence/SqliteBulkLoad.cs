using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Persistence;

/// <summary>
/// Tunes the context's SQLite connection for a one-off bulk load into an empty store and puts it back afterwards:
/// no fsync per commit (a crash mid-load leaves a store that is thrown away anyway, see the demo generator's
/// completion marker) and a large page cache so index pages stay in memory. The connection stays open throughout,
/// since the settings belong to the connection.
/// </summary>
public sealed class SqliteBulkLoad : IAsyncDisposable
{
    /// <summary>256 MiB of page cache (negative values are KiB): the order indexes' working set at the large scale.</summary>
    private const int CacheKiB = 262_144;

    private readonly CommerceDbContext _db;

    private SqliteBulkLoad(CommerceDbContext db) => _db = db;

    public static async Task<SqliteBulkLoad> BeginAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        if (!db.IsSqlite) throw new NotSupportedException("SqliteBulkLoad tunes SQLite stores only.");
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size=-{CacheKiB};", cancellationToken);
        return new SqliteBulkLoad(db);
    }

    /// <summary>Restores the settings every connection has (<see cref="SqliteConnectionSettings"/>, SQLite's default cache) and folds the WAL back into the file.</summary>
    public async ValueTask DisposeAsync()
    {
        await _db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;");
        await _db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000;");
        await _db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await _db.Database.CloseConnectionAsync();
    }
}
