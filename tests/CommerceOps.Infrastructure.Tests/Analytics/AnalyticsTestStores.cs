using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Analytics;

/// <summary>A real SQLite commerce store and a real DuckDB analytics file in a temp directory, deleted afterwards.</summary>
public sealed class AnalyticsTestStores : IAsyncDisposable
{
    private AnalyticsTestStores(StorageOptions storage)
    {
        Storage = storage;
        Analytics = new AnalyticsStore(storage);
    }

    public StorageOptions Storage { get; }
    public AnalyticsStore Analytics { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
    public WriteGate Gate { get; } = new(serialize: true);

    public static async Task<AnalyticsTestStores> CreateAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "commerceops-analytics-" + Guid.NewGuid().ToString("N"));
        var stores = new AnalyticsTestStores(StorageOptions.Resolve(dir, null));
        await using var db = stores.NewCommerceDb();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return stores;
    }

    public CommerceDbContext NewCommerceDb() => StorageServiceCollectionExtensions.CreateContext(Storage);

    public OutboxProjector NewProjector(CommerceDbContext db, int batchSize = OutboxProjector.DefaultBatchSize) =>
        new(db, Analytics, Gate, Time, NullLogger<OutboxProjector>.Instance) { BatchSize = batchSize };

    /// <summary>Drains with a fresh context, as the background service does per run.</summary>
    public async Task<long> DrainAsync(int batchSize = OutboxProjector.DefaultBatchSize)
    {
        await using var db = NewCommerceDb();
        return await NewProjector(db, batchSize).DrainAsync(TestContext.Current.CancellationToken);
    }

    public async Task SaveAsync(params object[] entities)
    {
        await using var db = NewCommerceDb();
        db.AddRange(entities);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs a statement on the store's writer, under its write lock.</summary>
    public Task<int> ExecuteAsync(string sql) => Analytics.WriteAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }, TestContext.Current.CancellationToken);

    public T Scalar<T>(string sql)
    {
        using var connection = Analytics.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Order ImportedOrder(string number, OrderStatus status = OrderStatus.Placed, int lines = 2) =>
        Order.Import(number, null, "C-" + number, OrderSources.NativeCsv, "organic", status, PaymentMethod.Other, "CNY",
            new PostalAddress("张三", "13800000000", "浙江省", "杭州市", "西湖区", "文三路 1 号"),
            [.. Enumerable.Range(1, lines).Select(i => new OrderLineDraft(i, $"SKU-{i}", $"商品 {i}", "fresh", i, 10.50m, null))],
            Time.GetUtcNow());

    public Order PlacedOrder(string number, Customer customer, PaymentMethod method) =>
        Order.Place(number, customer, "live", method,
            new PostalAddress("李四", "13900000000", "广东省", "深圳市", "南山区", "科技园 2 号"), "请尽快发货",
            [new OrderLineDraft(1, "SKU-TENT", "轻量帐篷", "outdoor", 1, 399m, null), new OrderLineDraft(2, "SKU-LAMP", "营地灯", "outdoor", 2, 59.90m, null)],
            Time.GetUtcNow(), TimeSpan.FromMinutes(30));

    public ValueTask DisposeAsync()
    {
        Analytics.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Storage.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizing handle only leaves litter in the temp directory.
        }
        return ValueTask.CompletedTask;
    }
}
