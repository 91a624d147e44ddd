using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommerceOps.Cli.Storage;

/// <summary>
/// The data directory opened for one CLI command: its lock taken (so a running server refuses us, and we it),
/// the commerce database migrated, the analytics store at hand.
/// </summary>
public sealed class CliStorage : IAsyncDisposable
{
    private readonly DataDirectoryLock _lock;

    private CliStorage(StorageOptions options, DataDirectoryLock dataLock, CommerceDbContext db)
    {
        Options = options;
        _lock = dataLock;
        Db = db;
        Analytics = new AnalyticsStore(options);
    }

    public StorageOptions Options { get; }
    public CommerceDbContext Db { get; }
    public AnalyticsStore Analytics { get; }

    /// <summary>Throws <see cref="DataDirectoryInUseException"/> when the server (or another command) holds the directory.</summary>
    public static async Task<CliStorage> OpenAsync(string? dataDirectory, CancellationToken cancellationToken)
    {
        var options = StorageOptions.Resolve(dataDirectory, Environment.GetEnvironmentVariable("ConnectionStrings__Commerce"),
            Environment.GetEnvironmentVariable("Analytics__MemoryLimit"));
        var dataLock = DataDirectoryLock.Acquire(options.DataDirectory, DataDirectoryLockInfo.CliHolder, null, TimeProvider.System);
        CommerceDbContext? db = null;
        try
        {
            db = StorageServiceCollectionExtensions.CreateContext(options);
            await db.MigrateAsync(cancellationToken);
            return new CliStorage(options, dataLock, db);
        }
        catch
        {
            if (db is not null) await db.DisposeAsync();
            dataLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Projects whatever the command wrote to the outbox into the analytics store, so analytics answered from this
    /// directory (by the CLI or by a server started later) see the command's data at once.
    /// </summary>
    public Task<long> ProjectOutboxAsync(CancellationToken cancellationToken) =>
        new OutboxProjector(Db, Analytics, new WriteGate(serialize: !Options.UsesPostgres), TimeProvider.System, NullLogger<OutboxProjector>.Instance)
            .DrainAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Analytics.Dispose();
        _lock.Dispose();
    }
}
