using System.Net;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

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
}

public sealed class SqlitePurchasingApiTests(SqliteApiFixture store) : PurchasingApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresPurchasingApiTests(PostgresApiFixture store) : PurchasingApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
