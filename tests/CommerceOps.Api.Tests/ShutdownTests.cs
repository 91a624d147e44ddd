using System.Net;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>
/// The server stops cleanly after real work: every background job (outbox projector, sweeps, webhook delivery) ends
/// when asked and every index and store closes without an error, on both stores.
/// </summary>
public sealed class ShutdownTests
{
    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Server_stops_cleanly_after_taking_and_paying_an_order(StoreKind kind)
    {
        await using ApiFixture store = kind == StoreKind.Sqlite ? new SqliteApiFixture() : new PostgresApiFixture();
        await store.InitializeAsync();
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("轻量露营帐篷", 399m, 5);
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var number = (await placed.JsonAsync()).GetProperty("number").GetString();
        var paid = await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok" }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);

        var stop = await Record.ExceptionAsync(store.StopServerAsync);

        Assert.Null(stop);
    }
}
