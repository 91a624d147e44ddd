using System.Net;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Infrastructure.Analytics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Api.Tests;

/// <summary>Suppliers and purchase orders over HTTP: draft → sent → partly → fully received, receipts on the stock ledger.</summary>
public abstract class PurchasingApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task A_purchase_order_is_sent_and_received_in_two_parts_into_stock()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("帐篷 purchasing", 399m, stock: 5);
        var staff = await store.StaffAsync("supply_chain");
        var supplier = "S" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.OK, (await staff.PostJsonAsync("/api/v1/purchasing/suppliers",
            new { code = supplier, name = "杭州户外", leadTimeDays = 6, leadTimeSdDays = 1.5 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/v1/purchasing/suppliers/{supplier}/items/{sku}",
            new { minimumOrderQuantity = 10, packSize = 5, unitCost = 180m })).StatusCode);

        var notPacks = await staff.PostJsonAsync("/api/v1/purchasing/purchase-orders",
            new { supplier, warehouse = "SH-OWN", lines = new[] { new { sku, quantity = 12 } } });
        var created = await staff.PostJsonAsync("/api/v1/purchasing/purchase-orders",
            new { supplier, warehouse = "SH-OWN", lines = new[] { new { sku, quantity = 20 } } });
        var number = (await created.JsonAsync()).GetProperty("number").GetString()!;
        var sent = await (await staff.PostJsonAsync($"/api/v1/purchasing/purchase-orders/{number}/send", new { })).JsonAsync();
        var partly = await (await staff.PostJsonAsync($"/api/v1/purchasing/purchase-orders/{number}/receipts", new { lines = new[] { new { sku, quantity = 15 } } })).JsonAsync();
        var tooMuch = await staff.PostJsonAsync($"/api/v1/purchasing/purchase-orders/{number}/receipts", new { lines = new[] { new { sku, quantity = 6 } } });
        var full = await (await staff.PostJsonAsync($"/api/v1/purchasing/purchase-orders/{number}/receipts", new { lines = new[] { new { sku, quantity = 5 } } })).JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPacks.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("sent", "partly_received", "received"),
            (sent.GetProperty("status").GetString(), partly.GetProperty("status").GetString(), full.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.True((await tooMuch.JsonAsync()).GetProperty("errors").TryGetProperty("quantity", out _));
        var (onHand, movements) = await store.QueryAsync(async db => (
            (await db.StockItems.SingleAsync(s => s.SkuCode == sku)).OnHand,
            await db.StockMovements.CountAsync(m => m.Reference == number)));
        Assert.Equal((25, 2), (onHand, movements));
    }

    [Fact]
    public async Task Purchasing_is_for_supply_chain_staff()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");

        var response = await marketing.PostJsonAsync("/api/v1/purchasing/suppliers", new { code = "X", name = "X", leadTimeDays = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_abc_matrix_ranks_by_revenue_or_by_margin_over_supplier_costs()
    {
        store.RequireStore();
        var staff = await store.StaffAsync("supply_chain");
        var supplier = "S" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.OK, (await staff.PostJsonAsync("/api/v1/purchasing/suppliers", new { code = supplier, name = "毛利供应商", leadTimeDays = 5 })).StatusCode);
        var skus = new List<string>();
        foreach (var cost in new decimal?[] { 60m, 8m, null })
        {
            var (_, sku) = await store.CreateProductAsync("毛利 abc", 1m, stock: 0);
            if (cost is { } unitCost)
                Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/v1/purchasing/suppliers/{supplier}/items/{sku}",
                    new { minimumOrderQuantity = 1, packSize = 1, unitCost })).StatusCode);
            skus.Add(sku);
        }
        // A period long before anything else in the shared store: only these lines fall in it.
        var day = new DateTimeOffset(1999, 3, 3, 12, 0, 0, TimeSpan.Zero);
        using (var connection = store.Factory.Services.GetRequiredService<AnalyticsStore>().OpenConnection())
        using (var appender = connection.CreateAppender("fact_order_lines"))
        {
            foreach (var (sku, quantity, price) in new[] { (skus[0], 3, 100m), (skus[0], -1, 100m), (skus[1], 5, 10m), (skus[2], 10, 100m) })
                appender.CreateRow().AppendValue("ABC-" + sku).AppendValue(1).AppendValue((string?)null).AppendValue(sku).AppendValue(sku).AppendValue("test")
                    .AppendValue(quantity).AppendValue(price).AppendValue(quantity * price).AppendValue("CNY").AppendValue("organic")
                    .AppendValue("浙江省").AppendValue(day.UtcDateTime).EndRow();
        }
        async Task<List<(string, string, long, decimal)>> MatrixAsync(string by) =>
            [.. (await (await staff.GetAsync($"/api/v1/purchasing/abc-xyz?from=1999-03-01&to=1999-03-28&by={by}")).JsonAsync()).EnumerateArray()
                .Select(c => (c.GetProperty("abc").GetString()!, c.GetProperty("xyz").GetString()!, c.GetProperty("skus").GetInt64(), c.GetProperty("value").GetDecimal()))];

        var byRevenue = await MatrixAsync("revenue");
        var byMargin = await MatrixAsync("margin");
        var unknown = await staff.GetAsync("/api/v1/purchasing/abc-xyz?from=1999-03-01&to=1999-03-28&by=profit");

        // Revenue 1000, 200, 50: before-shares 0, 0.8, 0.96. Margin (no cost → left out): 2 × 40 = 80 and 5 × 2 = 10, before 0 and 80/90.
        Assert.Equal([("A", "Z", 1L, 1000m), ("B", "Z", 1L, 200m), ("C", "Z", 1L, 50m)], byRevenue);
        Assert.Equal([("A", "Z", 1L, 80m), ("B", "Z", 1L, 10m)], byMargin);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("by", out _));
    }
}

public sealed class SqlitePurchasingApiTests(SqliteApiFixture store) : PurchasingApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresPurchasingApiTests(PostgresApiFixture store) : PurchasingApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
