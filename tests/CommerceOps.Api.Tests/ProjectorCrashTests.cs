using System.Collections.Concurrent;
using System.Net;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Api.Tests;

/// <summary>Kill -9 the server in the middle of a stream of orders; after a restart every committed order is in DuckDB exactly once.</summary>
public sealed class ProjectorCrashTests : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "commerceops-crash-" + Guid.NewGuid().ToString("N"));
    private string _apiKey = "";

    public async ValueTask InitializeAsync()
    {
        await using var db = OpenStore();
        await db.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var category = new Category("outdoor", "户外", "Outdoor");
        db.Categories.Add(category);
        var warehouse = new Warehouse("SH-OWN", "上海自营仓", WarehouseKind.Own, "上海市", "上海市");
        db.Warehouses.Add(warehouse);
        var customer = new Customer("crash-buyer", "压测用户", Channels.Organic, now);
        db.Customers.Add(customer);
        _apiKey = "co_crash_" + Guid.NewGuid().ToString("N");
        db.ApiClients.Add(new ApiClient { Name = "crash test", KeyHash = ApiKeys.Hash(_apiKey), CreatedAt = now });
        await db.SaveChangesAsync();
        var product = new Product("露营灯", category.Id, now);
        product.AddSku("LAMP-1", "标准", Money.Cny(59m), now);
        product.Publish();
        db.Products.Add(product);
        await db.SaveChangesAsync();
        var stock = new StockItem(product.Skus[0].Id, "LAMP-1", warehouse.Id, warehouse.Code);
        stock.Receive(100_000, "initial", now);
        db.StockItems.Add(stock);
        db.StockMovements.AddRange(stock.NewMovements);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Every_committed_order_reaches_the_analytics_store_exactly_once_after_a_crash()
    {
        var acknowledged = new ConcurrentBag<string>();
        await using (var server = await ServerProcess.StartAsync(_dataDir, "--Seed:Demo=false"))
        {
            using var stop = new CancellationTokenSource();
            var buyers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                using var api = server.Client(_apiKey);
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var response = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow("crash-buyer", "LAMP-1"));
                        if (response.StatusCode == HttpStatusCode.Created)
                            acknowledged.Add((await response.JsonAsync()).GetProperty("number").GetString()!);
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToList();
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (acknowledged.Count < 300)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"Only {acknowledged.Count} orders were acknowledged within 5 minutes.");
                await Task.Delay(10);
            }
            server.Kill();
            stop.Cancel();
            await Task.WhenAll(buyers);
        }

        await using (var restarted = await ServerProcess.StartAsync(_dataDir, "--Seed:Demo=false"))
        {
            await WaitUntilProjectedAsync();
        }

        var committed = await CommittedOrderNumbersAsync();
        Assert.Superset(acknowledged.ToHashSet(), committed.ToHashSet());
        Assert.True(committed.Count >= 300);
        var projected = ProjectedOrderCounts();
        Assert.Equal(committed.Order(), projected.Keys.Order());
        Assert.All(projected, p => Assert.Equal(1, p.Value));
        Assert.Equal(committed.Count, ProjectedLineCount());
    }

    private async Task WaitUntilProjectedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (await UnprojectedAsync() > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The projector did not catch up within 180 s.");
            await Task.Delay(50);
        }
    }

    private async Task<int> UnprojectedAsync()
    {
        await using var db = OpenStore();
        return await db.Outbox.CountAsync(m => m.ProjectedAt == null);
    }

    private async Task<List<string>> CommittedOrderNumbersAsync()
    {
        await using var db = OpenStore();
        return await db.Orders.Select(o => o.Number).ToListAsync();
    }

    private CommerceDbContext OpenStore() => StorageServiceCollectionExtensions.CreateContext(StorageOptions.Resolve(_dataDir, null));

    private Dictionary<string, long> ProjectedOrderCounts()
    {
        using var duck = new DuckDBConnection($"Data Source={Path.Combine(_dataDir, StorageOptions.AnalyticsFileName)}");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT order_number, count(*) FROM fact_orders GROUP BY order_number";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    private long ProjectedLineCount()
    {
        using var duck = new DuckDBConnection($"Data Source={Path.Combine(_dataDir, StorageOptions.AnalyticsFileName)}");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = "SELECT count(*) FROM fact_order_lines";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
