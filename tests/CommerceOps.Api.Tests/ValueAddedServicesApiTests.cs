using System.Net;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>Home installation over HTTP on both stores: offering by category, a slot with capacity, assignment, completion, confirmation.</summary>
public abstract class ValueAddedServicesApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task Installation_is_booked_into_a_slot_assigned_completed_and_confirmed_and_a_full_slot_is_refused()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("65 英寸电视", 3999m, stock: 5, category: "appliance.tv");
        var operations = await store.StaffAsync("operations");
        var service = await store.StaffAsync("service");
        var api = store.Storefront();
        var city = "杭州市";
        var technician = "T-" + Guid.NewGuid().ToString("N")[..8];

        Assert.Equal(HttpStatusCode.OK, (await operations.PostJsonAsync("/api/v1/services/offerings",
            new { kind = "home_installation", category = "appliance", name = "电视挂装", price = 99m })).StatusCode);
        var slot = await (await operations.PostJsonAsync("/api/v1/services/slots", new
        {
            kind = "home_installation", city, startsAt = DateTimeOffset.UtcNow.AddDays(2), endsAt = DateTimeOffset.UtcNow.AddDays(2).AddHours(2), capacity = 1,
        })).JsonAsync();
        var slotId = slot.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await operations.PostJsonAsync("/api/v1/services/technicians",
            new { code = technician, name = "李师傅", city, kinds = new[] { "home_installation" } })).StatusCode);
        var offered = await (await api.GetAsync($"/api/v1/services/offerings?sku={sku}")).JsonAsync();

        var first = await PaidOrderAsync(sku);
        var second = await PaidOrderAsync(sku);
        var booked = await api.PostJsonAsync("/api/v1/services/appointments", new { orderNumber = first, sku, kind = "home_installation", slotId });
        var full = await api.PostJsonAsync("/api/v1/services/appointments", new { orderNumber = second, sku, kind = "home_installation", slotId });
        var number = (await booked.JsonAsync()).GetProperty("number").GetString();
        var assigned = await (await service.PostJsonAsync($"/api/v1/services/appointments/{number}/assign", new { technician = (string?)null })).JsonAsync();
        var wrongTechnician = await service.PostJsonAsync($"/api/v1/services/appointments/{number}/complete", new { technician = "T-other", note = "" });
        var completed = await (await service.PostJsonAsync($"/api/v1/services/appointments/{number}/complete", new { technician, note = "已挂装，试机正常" })).JsonAsync();
        var confirmed = await (await api.PostJsonAsync($"/api/v1/services/appointments/{number}/confirm", new { })).JsonAsync();

        Assert.Equal(("home_installation", 99m), (offered[0].GetProperty("kind").GetString(), offered[0].GetProperty("price").GetDecimal()));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, full.StatusCode);
        Assert.True((await full.JsonAsync()).GetProperty("errors").TryGetProperty("slotId", out _));
        Assert.Equal(("assigned", technician), (assigned.GetProperty("status").GetString(), assigned.GetProperty("technician").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongTechnician.StatusCode);
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        var freeSlots = await (await api.GetAsync($"/api/v1/services/slots?kind=home_installation&city={city}")).JsonAsync();
        Assert.DoesNotContain(freeSlots.EnumerateArray(), s => s.GetProperty("id").GetInt64() == slotId);
    }

    [Fact]
    public async Task A_service_not_offered_for_the_sku_cannot_be_booked()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("露营灯", 89m, stock: 5);
        var operations = await store.StaffAsync("operations");
        var slot = await (await operations.PostJsonAsync("/api/v1/services/slots", new
        {
            kind = "unboxing_inspection", city = "杭州市", startsAt = DateTimeOffset.UtcNow.AddDays(1), endsAt = DateTimeOffset.UtcNow.AddDays(1).AddHours(1), capacity = 3,
        })).JsonAsync();
        var order = await PaidOrderAsync(sku);

        var response = await store.Storefront().PostJsonAsync("/api/v1/services/appointments",
            new { orderNumber = order, sku, kind = "unboxing_inspection", slotId = slot.GetProperty("id").GetInt64() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("kind", out _));
    }

    private async Task<string> PaidOrderAsync(string sku)
    {
        var api = store.Storefront();
        var placed = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(await store.CreateCustomerAsync(), sku));
        var number = (await placed.JsonAsync()).GetProperty("number").GetString()!;
        (await api.PostJsonAsync($"/api/v1/orders/{number}/payments", new { token = "tok_ok_vas" })).EnsureSuccessStatusCode();
        return number;
    }
}

[Collection("sqlite-api")]
public sealed class SqliteValueAddedServicesApiTests(SqliteApiFixture store) : ValueAddedServicesApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresValueAddedServicesApiTests(PostgresApiFixture store) : ValueAddedServicesApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
