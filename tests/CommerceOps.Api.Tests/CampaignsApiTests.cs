using System.Globalization;
using System.Net;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Infrastructure.Analytics;
using Microsoft.Extensions.DependencyInjection;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Triggered campaigns end to end: customers' order facts go straight into the analytics store (far in the past, with
/// a monetary value no other test uses, so the audience rule picks exactly this test's customers), a campaign is
/// created from a template and run, and every outcome, coupon, cap and result is checked against an independent count.
/// Schedules start tomorrow, so the background job never fires them while the test runs them by hand.
/// </summary>
public abstract class CampaignsApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private async Task<List<string>> CustomersWithOrdersAsync(int count, decimal monetary)
    {
        var codes = new List<string>();
        for (var i = 0; i < count; i++) codes.Add(await store.CreateCustomerAsync());
        await AppendOrdersAsync(codes.Select((c, i) => (c, new DateTimeOffset(2025, 1, 1 + i % 28, 4, 0, 0, TimeSpan.Zero), monetary)));
        return codes;
    }

    private Task AppendOrdersAsync(IEnumerable<(string Customer, DateTimeOffset At, decimal Total)> orders) =>
        store.Factory.Services.GetRequiredService<AnalyticsStore>().WriteAsync(connection =>
        {
            foreach (var (customer, at, total) in orders)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
                    VALUES ($1, $2, 'organic', 'quick_pay', 'CNY', $3, 1, 'completed', 'test', to_timestamp($4))
                    """;
                insert.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("CT-" + Guid.NewGuid().ToString("N")));
                insert.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(customer));
                insert.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(total));
                insert.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(at.ToUnixTimeSeconds()));
                insert.ExecuteNonQuery();
            }
            return true;
        }, CancellationToken.None);

    private static object QuietHoursAround(bool containingNow)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);
        var (start, end) = containingNow ? (local.AddHours(-1), local.AddHours(1)) : (local.AddHours(2), local.AddHours(3));
        return new { start = start.ToString("HH:mm", CultureInfo.InvariantCulture), end = end.ToString("HH:mm", CultureInfo.InvariantCulture) };
    }

    private static async Task<long> PublishCouponAsync(HttpClient marketing, string code, string[] skus)
    {
        var created = await marketing.PostJsonAsync("/api/v1/promotions", new
        {
            code, name = "专属券 " + code,
            rules = new
            {
                benefit = new { type = "coupon", code, minimumSpend = 100m, amountOff = 20m, personal = true },
                period = new { startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddDays(30) },
                scope = new { skus, excludedSkus = Array.Empty<string>() },
                eligibility = new { }, stacking = "stackable", priority = 0, limits = new { perUserLimit = 5, budget = 10_000m },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        (await marketing.PostJsonAsync($"/api/v1/promotions/{id}/publish", new { })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<(long Id, string Key)> CreateCampaignAsync(HttpClient marketing, decimal monetary, object quietHours, long? couponPromotionId = null,
        int maxSends = 1, string? key = null)
    {
        var response = await marketing.PostJsonAsync("/api/v1/campaigns", new
        {
            key = key ?? NewKey(), name = "沉睡唤醒测试", template = "dormant_win_back", couponPromotionId,
            audience = new { kind = "rule", minMonetary = monetary },
            trigger = new { type = "schedule", at = DateTimeOffset.UtcNow.AddDays(1) },
            frequencyCap = new { maxSends, windowDays = 7 }, quietHours,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("id").GetInt64(), body.GetProperty("key").GetString()!);
    }

    private static string NewKey() => "t-" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<Dictionary<string, int>> RunAsync(HttpClient marketing, long id)
    {
        var response = await marketing.PostJsonAsync($"/api/v1/campaigns/{id}/run", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("outcomes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }

    private static async Task<List<JsonElement>> SendsAsync(HttpClient marketing, long id, string outcome) =>
        (await (await marketing.GetAsync($"/api/v1/campaigns/{id}/sends?outcome={outcome}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_campaign_holds_back_its_holdout_contacts_only_consenting_customers_caps_and_measures_results()
    {
        store.RequireStore();
        var monetary = 900_000m + Random.Shared.Next(1, 90_000);
        var customers = await CustomersWithOrdersAsync(40, monetary);
        var consenting = customers.Take(30).ToHashSet();
        var api = store.Storefront();
        foreach (var code in consenting)
            (await api.PostJsonAsync($"/api/v1/customers/{code}/consents", new { purpose = "marketing", channel = "sms", source = "test" })).EnsureSuccessStatusCode();
        var marketing = await store.StaffAsync("marketing");
        var (_, sku) = await store.CreateProductAsync("登山杖", 150m, stock: 5);
        var coupon = await PublishCouponAsync(marketing, "WB" + Guid.NewGuid().ToString("N")[..8], [sku]);
        // The holdout is a hash of key and customer: pick a key that holds back at least two of these customers and
        // leaves at least three consenting ones to contact, as uplift needs two on each side and three buyers follow.
        var key = Enumerable.Range(0, 1000).Select(_ => NewKey()).First(k =>
            customers.Count(new HoldoutGroup(k).Contains) >= 2 && consenting.Count(c => !new HoldoutGroup(k).Contains(c)) >= 3);
        var (id, _) = await CreateCampaignAsync(marketing, monetary, QuietHoursAround(containingNow: false), coupon, key: key);

        var holdout = new HoldoutGroup(key);
        var expectedHoldout = customers.Count(holdout.Contains);
        var expectedSent = customers.Count(c => !holdout.Contains(c) && consenting.Contains(c));
        var first = await RunAsync(marketing, id);
        Assert.Equal(expectedHoldout, first.GetValueOrDefault("holdout"));
        Assert.Equal(expectedSent, first.GetValueOrDefault("send"));
        Assert.Equal(customers.Count - expectedHoldout - expectedSent, first.GetValueOrDefault("no_consent"));

        var sent = await SendsAsync(marketing, id, "send");
        Assert.All(sent, s => Assert.Matches("^[2-9A-Z]{12}$", s.GetProperty("couponCode").GetString()));
        Assert.All(sent, s => Assert.Contains(s.GetProperty("customerCode").GetString()!, consenting));
        var recipient = sent[0].GetProperty("customerCode").GetString()!;
        var coupons = await (await marketing.GetAsync($"/api/v1/coupons?customerCode={recipient}")).JsonAsync();
        Assert.Equal(sent[0].GetProperty("couponCode").GetString(), Assert.Single(coupons.EnumerateArray()).GetProperty("code").GetString());

        // One send per 7 days: the second run caps everyone who was contacted; the holdout stays the same customers.
        var second = await RunAsync(marketing, id);
        Assert.Equal(expectedSent, second.GetValueOrDefault("frequency_capped"));
        Assert.Equal(expectedHoldout, second.GetValueOrDefault("holdout"));
        Assert.False(second.ContainsKey("send"));

        // Orders after the send: the first three recipients and one held-back customer buy.
        var buyers = sent.Take(3).Select(s => s.GetProperty("customerCode").GetString()!).ToList();
        var heldBack = customers.First(holdout.Contains);
        var later = DateTimeOffset.UtcNow.AddHours(1);
        await AppendOrdersAsync([.. buyers.Select(b => (b, later, 100m)), (heldBack, later, 40m)]);
        var results = await (await marketing.GetAsync($"/api/v1/campaigns/{id}/results")).JsonAsync();
        Assert.Equal(expectedSent, results.GetProperty("recipients").GetInt32());
        Assert.Equal(3, results.GetProperty("recipientsConverted").GetInt32());
        Assert.Equal(300m, results.GetProperty("recipientsGmv").GetDecimal());
        Assert.Equal(expectedHoldout, results.GetProperty("heldOut").GetInt32());
        Assert.Equal(1, results.GetProperty("heldOutConverted").GetInt32());
        var conversion = results.GetProperty("uplift").GetProperty("conversion");
        Assert.Equal(3.0 / expectedSent - 1.0 / expectedHoldout, conversion.GetProperty("uplift").GetDouble(), 9);
        Assert.True(conversion.GetProperty("low").GetDouble() < conversion.GetProperty("high").GetDouble());
    }

    [Fact]
    public async Task A_send_deferred_by_quiet_hours_never_goes_after_consent_is_withdrawn()
    {
        store.RequireStore();
        var monetary = 800_000m + Random.Shared.Next(1, 90_000);
        var customers = await CustomersWithOrdersAsync(12, monetary);
        var api = store.Storefront();
        foreach (var code in customers)
            (await api.PostJsonAsync($"/api/v1/customers/{code}/consents", new { purpose = "marketing", channel = "sms", source = "test" })).EnsureSuccessStatusCode();
        var marketing = await store.StaffAsync("marketing");
        var (id, key) = await CreateCampaignAsync(marketing, monetary, QuietHoursAround(containingNow: true));
        var holdout = new HoldoutGroup(key);

        var outcomes = await RunAsync(marketing, id);
        // The shared store holds other tests' customers above this band too; check this test's customers exactly.
        var deferred = (await SendsAsync(marketing, id, "deferred")).Select(s => s.GetProperty("customerCode").GetString()!).Where(customers.Contains).Order().ToList();
        Assert.Equal(customers.Where(c => !holdout.Contains(c)).Order().ToList(), deferred);
        Assert.True(outcomes.GetValueOrDefault("deferred") >= deferred.Count);
        var withdrawing = customers.First(c => !holdout.Contains(c));
        (await api.PostJsonAsync($"/api/v1/customers/{withdrawing}/consents/withdraw", new { purpose = "marketing", channel = "sms" })).EnsureSuccessStatusCode();

        var withdrawn = await SendsAsync(marketing, id, "consent_withdrawn");
        Assert.Equal(withdrawing, Assert.Single(withdrawn).GetProperty("customerCode").GetString());
        Assert.DoesNotContain(await SendsAsync(marketing, id, "deferred"), s => s.GetProperty("customerCode").GetString() == withdrawing);
    }

    [Fact]
    public async Task A_personal_coupon_is_the_customers_own_and_is_redeemed_at_checkout_once_only()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");
        var (_, sku) = await store.CreateProductAsync("速干衣", 120m, stock: 10);
        var couponCode = "PC" + Guid.NewGuid().ToString("N")[..8];
        var promotion = await PublishCouponAsync(marketing, couponCode, [sku]);
        var owner = await store.CreateCustomerAsync();
        var other = await store.CreateCustomerAsync();
        var issued = await marketing.PostJsonAsync("/api/v1/coupons/issue", new { promotionId = promotion, customerCodes = new[] { owner }, validDays = 7 });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var code = Assert.Single((await issued.JsonAsync()).EnumerateArray()).GetProperty("code").GetString()!;
        var api = store.Storefront();

        // Someone else's code is refused; the promotion's own code does not work for a personal coupon.
        var stranger = await api.PostJsonAsync("/api/v1/orders", WithCoupons(Requests.BuyNow(other, sku), code));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
        Assert.True((await stranger.JsonAsync()).GetProperty("errors").TryGetProperty("couponCodes", out _));
        var shared = await (await api.PostJsonAsync("/api/v1/orders", WithCoupons(Requests.BuyNow(other, sku), couponCode))).JsonAsync();
        Assert.Equal(120m, shared.GetProperty("total").GetDecimal());

        var order = await api.PostJsonAsync("/api/v1/orders", WithCoupons(Requests.BuyNow(owner, sku), code));
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        Assert.Equal(100m, (await order.JsonAsync()).GetProperty("total").GetDecimal());
        var again = await api.PostJsonAsync("/api/v1/orders", WithCoupons(Requests.BuyNow(owner, sku), code));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);

        var stats = (await (await marketing.GetAsync("/api/v1/coupons/stats")).JsonAsync()).EnumerateArray()
            .Single(s => s.GetProperty("promotionId").GetInt64() == promotion);
        Assert.Equal((1, 1, 1m, 20m, 100m), (stats.GetProperty("issued").GetInt32(), stats.GetProperty("redeemed").GetInt32(),
            stats.GetProperty("redemptionRate").GetDecimal(), stats.GetProperty("discountGiven").GetDecimal(), stats.GetProperty("gmv").GetDecimal()));
    }

    private static Dictionary<string, object?> WithCoupons(object request, string coupon)
    {
        var json = JsonSerializer.SerializeToElement(request, ApiFixture.Json);
        var body = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        body["couponCodes"] = new[] { coupon };
        return body;
    }
}

[Collection("sqlite-api")]
public sealed class SqliteCampaignsApiTests(SqliteApiFixture store) : CampaignsApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresCampaignsApiTests(PostgresApiFixture store) : CampaignsApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
