using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Tests;

/// <summary>A migrated SQLite store and analytics file in a fresh temporary data directory, deleted afterwards.</summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(StorageOptions options, CommerceDbContext db)
    {
        Options = options;
        Db = db;
        Analytics = new AnalyticsStore(options);
    }

    public StorageOptions Options { get; }
    public CommerceDbContext Db { get; }
    public AnalyticsStore Analytics { get; }
    public string DataDirectory => Options.DataDirectory;

    public static async Task<TestStore> CreateAsync()
    {
        var options = StorageOptions.Resolve(Path.Combine(Path.GetTempPath(), "commerceops-test-" + Guid.NewGuid().ToString("N")), null);
        var db = OpenContext(options);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return new TestStore(options, db);
    }

    public static CommerceDbContext OpenContext(StorageOptions options) => StorageServiceCollectionExtensions.CreateContext(options);

    /// <summary>Row counts of the tables an import or the generator writes, to prove "unchanged".</summary>
    public async Task<StoreCounts> CountAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        return new StoreCounts(
            await Db.Orders.CountAsync(ct), await Db.OrderLines.CountAsync(ct), await Db.Customers.CountAsync(ct),
            await Db.Products.CountAsync(ct), await Db.Skus.CountAsync(ct), await Db.Outbox.CountAsync(ct));
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Analytics.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

public sealed record StoreCounts(int Orders, int OrderLines, int Customers, int Products, int Skus, int Outbox);
