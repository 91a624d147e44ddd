using System.Net;
using System.Text;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Api.Tests;

/// <summary>Every bad request gets a 4xx problem document naming what is wrong, and writes nothing.</summary>
public abstract class BadInputTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    public static TheoryData<string, string, HttpStatusCode, string> BadOrders => new()
    {
        { "malformed JSON (cut off where the SKU should be)", """{"customerCode": "x", "lines": [ {"sku": """, HttpStatusCode.BadRequest, "lines[0].sku" },
        { "quantity of the wrong type", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"{s}","quantity":"two"}]}""", HttpStatusCode.BadRequest, "lines[0].quantity" },
        { "negative quantity", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"{s}","quantity":-3}]}""", HttpStatusCode.BadRequest, "lines[0].quantity" },
        { "huge quantity", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"{s}","quantity":99999999999}]}""", HttpStatusCode.BadRequest, "lines[0].quantity" },
        { "quantity above the line limit", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"{s}","quantity":10000}]}""", HttpStatusCode.BadRequest, "lines[0].quantity" },
        { "unknown SKU", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"NO-SUCH-SKU","quantity":1}]}""", HttpStatusCode.UnprocessableEntity, "lines[0].sku" },
        { "unknown payment method", """{"customerCode":"{c}","paymentMethod":"bitcoin","address":{a},"lines":[{"sku":"{s}","quantity":1}]}""", HttpStatusCode.BadRequest, "paymentMethod" },
        { "missing address", """{"customerCode":"{c}","paymentMethod":"quick_pay","lines":[{"sku":"{s}","quantity":1}]}""", HttpStatusCode.BadRequest, "address" },
        { "unknown customer", """{"customerCode":"nobody","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"{s}","quantity":1}]}""", HttpStatusCode.UnprocessableEntity, "customerCode" },
        { "more stock than exists", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[{"sku":"{s}","quantity":6}]}""", HttpStatusCode.UnprocessableEntity, "quantity" },
        { "a JSON array instead of an object", """[1,2,3]""", HttpStatusCode.BadRequest, "body" },
        { "empty lines", """{"customerCode":"{c}","paymentMethod":"quick_pay","address":{a},"lines":[]}""", HttpStatusCode.BadRequest, "lines" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_order_request_is_refused_with_field_errors_and_writes_nothing(string why, string template, HttpStatusCode expected, string field)
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("炉头 " + why, 99m, stock: 5);
        var customer = await store.CreateCustomerAsync();
        var body = template.Replace("{c}", customer).Replace("{s}", sku).Replace("{a}", JsonSerializer.Serialize(Requests.Address()));
        var before = await CountsAsync();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await store.Storefront().PostAsync("/api/v1/orders", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{why}: expected an error for '{field}' in {problem}");
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(0, (await store.QueryAsync(db => db.StockItems.SingleAsync(s => s.SkuCode == sku))).Reserved);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        store.RequireStore();
        var before = await CountsAsync();
        var remarks = new string('好', 300_000);
        using var content = new StringContent(JsonSerializer.Serialize(new { customerCode = "x", remarks }), Encoding.UTF8, "application/json");
        var response = await store.Storefront().PostAsync("/api/v1/orders", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Requests_without_credentials_or_the_right_role_are_refused()
    {
        store.RequireStore();
        var anonymous = store.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/catalog/products")).StatusCode);
        var wrongKey = store.Factory.CreateClient();
        wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "co_not_a_key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/api/v1/catalog/products")).StatusCode);
        // A storefront may not receive stock; a marketing user may not either.
        var receipt = new { sku = "X", warehouse = "SH-OWN", quantity = 5 };
        Assert.Equal(HttpStatusCode.Forbidden, (await store.Storefront().PostJsonAsync("/api/v1/inventory/receipts", receipt)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await store.StaffAsync("marketing")).PostJsonAsync("/api/v1/inventory/receipts", receipt)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Personal_data_is_masked_for_roles_that_do_not_need_it()
    {
        store.RequireStore();
        var customer = await store.CreateCustomerAsync();
        var marketing = await (await (await store.StaffAsync("marketing")).GetAsync($"/api/v1/customers/{customer}")).JsonAsync();
        var service = await (await (await store.StaffAsync("service")).GetAsync($"/api/v1/customers/{customer}")).JsonAsync();
        Assert.Equal("138****5678", marketing.GetProperty("phone").GetString());
        Assert.Equal("王**", marketing.GetProperty("name").GetString());
        Assert.Equal("13812345678", service.GetProperty("phone").GetString());
    }

    private Task<(int Orders, int Outbox, int Reservations)> CountsAsync() =>
        store.QueryAsync(async db => (await db.Orders.CountAsync(), await db.Outbox.CountAsync(), await db.StockReservations.CountAsync()));
}

[Collection("sqlite-api")]
public sealed class SqliteBadInputTests(SqliteApiFixture store) : BadInputTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresBadInputTests(PostgresApiFixture store) : BadInputTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
