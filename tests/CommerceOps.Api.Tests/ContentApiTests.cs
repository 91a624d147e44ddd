using System.Net;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Api.Tests;

/// <summary>
/// /api/v1/content end to end: marketing publishes a guide and a live stream, a storefront registers members and
/// reports touches, and attribution over orders in March 2001 (far from the orders other tests place today) gives the
/// numbers worked out by hand in the comments.
/// </summary>
public abstract class ContentApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static readonly DateTimeOffset Order = new(2001, 3, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Touches_attribute_paid_orders_to_content_and_live_streams()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");
        var (_, sku) = await store.CreateProductAsync("露营灯", 59m, 10);
        var (ann, bo) = (await store.CreateCustomerAsync(), await store.CreateCustomerAsync());
        var guide = await CreateAsync(marketing, new { type = "guide", title = "周末露营装备清单", channel = "wechat_official_account", skus = new[] { sku } });
        var live = await CreateAsync(marketing, new
        {
            type = "live_stream", title = "露营灯专场直播", channel = "live_platform", skus = new[] { sku },
            startsAt = Order.AddHours(-3), endsAt = Order.AddHours(-1),
        });
        SeedOrders(("CT-1", ann, Order, 59.00m, "paid"), ("CT-2", bo, Order, 118.00m, "completed"), ("CT-3", bo, Order.AddDays(8), 10.00m, "paid"));

        var storefront = store.Storefront();
        var touches = await storefront.PostJsonAsync("/api/v1/content/touches", new
        {
            touches = new object[]
            {
                Touch(ann, guide, Order.AddDays(-2), "view"),
                Touch(ann, live, Order.AddHours(-2), "watch"),   // Ann's last touch: CT-1 goes to the live stream
                Touch(bo, guide, Order.AddDays(-1), "click"),    // Bo's only touch: CT-2 goes to the guide; CT-3 is 9 days later
                new { eventId = Guid.NewGuid(), occurredAt = Order.AddHours(-2), contentId = live, action = "watch", anonymousId = "visitor-1" },
            },
        });
        Assert.Equal(HttpStatusCode.Accepted, touches.StatusCode);
        Assert.Equal(4, (await touches.JsonAsync()).GetProperty("accepted").GetInt32());

        var report = await (await marketing.GetAsync("/api/v1/content/attribution?from=2001-03-01&to=2001-03-31")).JsonAsync();

        Assert.Equal((3L, 187.00m, 2L, 177.00m), (report.GetProperty("paidOrders").GetInt64(), report.GetProperty("paidGmv").GetDecimal(),
            report.GetProperty("attributedOrders").GetInt64(), report.GetProperty("attributedGmv").GetDecimal()));
        var stream = report.GetProperty("liveStreams").EnumerateArray().Single();
        // Viewers: Ann and the anonymous visitor; buyer: Ann.
        Assert.Equal((live, "露营灯专场直播", 2L, 1L, 1L, 0.5, 59.00m), (stream.GetProperty("contentId").GetInt64(), stream.GetProperty("title").GetString(),
            stream.GetProperty("viewers").GetInt64(), stream.GetProperty("orders").GetInt64(), stream.GetProperty("buyers").GetInt64(),
            stream.GetProperty("conversionRate").GetDouble(), stream.GetProperty("gmv").GetDecimal()));
        var first = report.GetProperty("items")[0];
        Assert.Equal((guide, 2L, 1L, 118.00m), (first.GetProperty("contentId").GetInt64(), first.GetProperty("viewers").GetInt64(),
            first.GetProperty("orders").GetInt64(), first.GetProperty("gmv").GetDecimal()));

        var longer = await (await marketing.GetAsync("/api/v1/content/attribution/orders?from=2001-03-01&to=2001-03-31&windowDays=9")).JsonAsync();
        Assert.Equal(["CT-1", "CT-2", "CT-3"], longer.EnumerateArray().Select(o => o.GetProperty("orderNumber").GetString()));
    }

    [Fact]
    public async Task Members_join_and_leave_and_are_counted_per_channel()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");
        var customer = await store.CreateCustomerAsync();
        var storefront = store.Storefront();

        var joined = await storefront.PostJsonAsync("/api/v1/content/members",
            new { customerCode = customer, channel = "wechat_group", source = "包裹二维码", joinedAt = new DateTimeOffset(2002, 5, 3, 2, 0, 0, TimeSpan.Zero) });
        var again = await storefront.PostJsonAsync("/api/v1/content/members", new { customerCode = customer, channel = "wechat_group", source = "直播间" });
        await storefront.PostJsonAsync("/api/v1/content/members",
            new { customerCode = customer, channel = "app_subscription", source = "app", joinedAt = new DateTimeOffset(2002, 5, 4, 2, 0, 0, TimeSpan.Zero) });
        var id = (await joined.JsonAsync()).GetProperty("id").GetInt64();
        var left = await marketing.PostJsonAsync($"/api/v1/content/members/{id}/leave", new { leftAt = new DateTimeOffset(2002, 6, 1, 2, 0, 0, TimeSpan.Zero) });

        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        var list = await (await marketing.GetAsync($"/api/v1/content/members?customerCode={customer}&activeOnly=true")).JsonAsync();
        Assert.Equal(["app_subscription"], list.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("channel").GetString()));
        var may = await (await marketing.GetAsync("/api/v1/content/attribution?from=2002-05-01&to=2002-05-31")).JsonAsync();
        Assert.Equal([("wechat_group", 1L, 1L, 0L), ("wechat_official_account", 0L, 0L, 0L), ("app_subscription", 1L, 1L, 0L)], Counts(may));
        var june = await (await marketing.GetAsync("/api/v1/content/attribution?from=2002-06-01&to=2002-06-30")).JsonAsync();
        Assert.Equal([("wechat_group", 0L, 0L, 1L), ("wechat_official_account", 0L, 0L, 0L), ("app_subscription", 1L, 0L, 0L)], Counts(june));
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_roles_are_enforced()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");
        var storefront = store.Storefront();

        var noStart = await marketing.PostJsonAsync("/api/v1/content/items", new { type = "live_stream", title = "无开始时间", channel = "live_platform" });
        var unknownSku = await marketing.PostJsonAsync("/api/v1/content/items", new { type = "guide", title = "清单", channel = "wechat_group", skus = new[] { "NO-SUCH-SKU" } });
        var storefrontCreates = await storefront.PostJsonAsync("/api/v1/content/items", new { type = "guide", title = "清单", channel = "wechat_group" });
        var unknownContent = await storefront.PostJsonAsync("/api/v1/content/touches",
            new { touches = new[] { new { eventId = Guid.NewGuid(), occurredAt = DateTimeOffset.UtcNow, contentId = 999_999L, action = "view", customerId = "C1" } } });
        var badWindow = await marketing.GetAsync("/api/v1/content/attribution?from=2001-03-01&to=2001-03-31&windowDays=0");
        var storefrontReads = await storefront.GetAsync("/api/v1/content/attribution?from=2001-03-01&to=2001-03-31");

        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (noStart.StatusCode, await HasErrorAsync(noStart, "startsAt")));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (unknownSku.StatusCode, await HasErrorAsync(unknownSku, "skus")));
        Assert.Equal(HttpStatusCode.Forbidden, storefrontCreates.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, true), (unknownContent.StatusCode, await HasErrorAsync(unknownContent, "touches[0].contentId")));
        Assert.Equal((HttpStatusCode.BadRequest, true), (badWindow.StatusCode, await HasErrorAsync(badWindow, "windowDays")));
        Assert.Equal(HttpStatusCode.Forbidden, storefrontReads.StatusCode);
    }

    private static List<(string?, long, long, long)> Counts(JsonElement report) =>
        [.. report.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("channel").GetString(), m.GetProperty("members").GetInt64(),
            m.GetProperty("joined").GetInt64(), m.GetProperty("left").GetInt64()))];

    private static async Task<bool> HasErrorAsync(HttpResponseMessage response, string field) =>
        (await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _);

    private static object Touch(string customer, long content, DateTimeOffset at, string action) =>
        new { eventId = Guid.NewGuid(), occurredAt = at, contentId = content, action, customerId = customer, sessionId = "s-" + customer };

    private static async Task<long> CreateAsync(HttpClient marketing, object body)
    {
        var response = await marketing.PostJsonAsync("/api/v1/content/items", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt64();
    }

    private void SeedOrders(params (string Number, string Customer, DateTimeOffset At, decimal Total, string Status)[] orders) =>
        store.Factory.Services.GetRequiredService<AnalyticsStore>().WriteAsync(connection =>
        {
            foreach (var o in orders)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
                    VALUES (?, ?, 'private', 'quick_pay', 'CNY', ?, 1, ?, 'test', to_timestamp(?))
                    """;
                foreach (var value in new object[] { o.Number, o.Customer, o.Total, o.Status, (double)o.At.ToUnixTimeSeconds() })
                    insert.Parameters.Add(new DuckDBParameter(value));
                insert.ExecuteNonQuery();
            }
            return 0;
        }, CancellationToken.None).GetAwaiter().GetResult();
}

[Collection("sqlite-api")]
public sealed class SqliteContentApiTests(SqliteApiFixture store) : ContentApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresContentApiTests(PostgresApiFixture store) : ContentApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
