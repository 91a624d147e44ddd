using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Promotions end to end: marketing publishes, the storefront's cart price explains, checkout stores the allocation
/// and counts the per-user limit. Every promotion is scoped to the test's own SKUs so tests sharing a server stay apart.
/// </summary>
public abstract class PromotionsApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static object Rules(object benefit, string[] skus, int perUserLimit = 5, decimal budget = 10_000m, string stacking = "stackable", bool newCustomersOnly = false) => new
    {
        benefit,
        period = new { startsAt = DateTimeOffset.UtcNow.AddHours(-1), endsAt = DateTimeOffset.UtcNow.AddDays(7) },
        scope = new { skus, excludedSkus = Array.Empty<string>() },
        eligibility = new { newCustomersOnly },
        stacking,
        priority = 0,
        limits = new { perUserLimit, budget },
    };

    private static async Task<long> PublishAsync(HttpClient marketing, string code, object rules)
    {
        var created = await marketing.PostJsonAsync("/api/v1/promotions", new { code, name = "测试活动 " + code, rules });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        var published = await marketing.PostJsonAsync($"/api/v1/promotions/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    private static async Task<string> CartAsync(HttpClient api, string customer, params (string Sku, int Quantity)[] lines)
    {
        var id = (await (await api.PostJsonAsync("/api/v1/carts", new { customerCode = customer })).JsonAsync()).GetProperty("id").GetString()!;
        foreach (var (sku, quantity) in lines)
            (await api.PutAsJsonAsync($"/api/v1/carts/{id}/lines", new { sku, quantity })).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task A_published_threshold_discount_is_explained_allocated_to_the_lines_and_limited_per_customer()
    {
        store.RequireStore();
        var (_, tent) = await store.CreateProductAsync("双人帐篷", 200m, stock: 10);
        var (_, mat) = await store.CreateProductAsync("防潮垫", 100.01m, stock: 10);
        var marketing = await store.StaffAsync("marketing");
        var code = "MJ" + Guid.NewGuid().ToString("N")[..8];
        await PublishAsync(marketing, code, Rules(new { type = "threshold", threshold = 300m, amount = 50m }, [tent, mat], perUserLimit: 1));
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();
        var cart = await CartAsync(api, customer, (tent, 1), (mat, 1));

        var priced = await (await api.PostJsonAsync($"/api/v1/carts/{cart}/price", new { })).JsonAsync();
        Assert.Equal(250.01m, priced.GetProperty("total").GetDecimal());
        var applied = Assert.Single(priced.GetProperty("applied").EnumerateArray());
        Assert.Equal((code, 50m), (applied.GetProperty("code").GetString(), applied.GetProperty("amount").GetDecimal()));
        var lines = priced.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(50m, lines.Sum(l => l.GetProperty("discount").GetDecimal()));
        Assert.Equal(300.01m, lines.Sum(l => l.GetProperty("originalAmount").GetDecimal()));

        var order = await (await api.PostJsonAsync($"/api/v1/carts/{cart}/checkout", new { paymentMethod = "quick_pay", address = Requests.Address() })).JsonAsync();
        Assert.Equal(250.01m, order.GetProperty("total").GetDecimal());
        Assert.Equal(50m, order.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("discount").GetDecimal()));
        Assert.Equal(code, Assert.Single(order.GetProperty("promotions").EnumerateArray()).GetProperty("code").GetString());

        // The limit is one order per customer: the next cart is explained, not discounted.
        var again = await CartAsync(api, customer, (tent, 1), (mat, 1));
        var repriced = await (await api.PostJsonAsync($"/api/v1/carts/{again}/price", new { })).JsonAsync();
        Assert.Equal(300.01m, repriced.GetProperty("total").GetDecimal());
        var skipped = repriced.GetProperty("notApplied").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
        Assert.Equal("per_user_limit_reached", skipped.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_first_order_promotion_discounts_a_buyers_first_order_only()
    {
        store.RequireStore();
        var (_, lamp) = await store.CreateProductAsync("营地灯", 120m, stock: 10);
        var marketing = await store.StaffAsync("marketing");
        var code = "NEW" + Guid.NewGuid().ToString("N")[..8];
        await PublishAsync(marketing, code, Rules(new { type = "direct", amountPerUnit = 20m }, [lamp], newCustomersOnly: true));
        var customer = await store.CreateCustomerAsync();
        var api = store.Storefront();

        var first = await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, lamp))).JsonAsync();
        Assert.Equal(100m, first.GetProperty("total").GetDecimal());
        Assert.Equal(code, Assert.Single(first.GetProperty("promotions").EnumerateArray()).GetProperty("code").GetString());
        // As stored: the promotion, its amount and the delivery promise read back as the checkout answered.
        var stored = await (await api.GetAsync($"/api/v1/orders/{first.GetProperty("number").GetString()}")).JsonAsync();
        var promotion = Assert.Single(stored.GetProperty("promotions").EnumerateArray());
        Assert.Equal((code, 20m), (promotion.GetProperty("code").GetString(), promotion.GetProperty("amount").GetDecimal()));
        (string?, DateTimeOffset, DateTimeOffset, DateTimeOffset) Promise(JsonElement o) => o.GetProperty("promise") is var p
            ? (p.GetProperty("level").GetString(), p.GetProperty("shipBy").GetDateTimeOffset(), p.GetProperty("deliverFrom").GetDateTimeOffset(), p.GetProperty("deliverBy").GetDateTimeOffset())
            : default;
        Assert.Equal(Promise(first), Promise(stored));

        var second = await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, lamp))).JsonAsync();
        Assert.Equal(120m, second.GetProperty("total").GetDecimal());
        Assert.Empty(second.GetProperty("promotions").EnumerateArray());
    }

    [Fact]
    public async Task A_promotion_whose_budget_is_spent_is_explained_and_not_given()
    {
        store.RequireStore();
        var (_, stove) = await store.CreateProductAsync("卡式炉", 150m, stock: 10);
        var marketing = await store.StaffAsync("marketing");
        var code = "BUD" + Guid.NewGuid().ToString("N")[..8];
        await PublishAsync(marketing, code, Rules(new { type = "direct", amountPerUnit = 30m }, [stove], budget: 30m));
        var api = store.Storefront();

        var first = await (await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(await store.CreateCustomerAsync(), stove))).JsonAsync();
        Assert.Equal(120m, first.GetProperty("total").GetDecimal());

        // Another buyer: the whole budget went to the first order.
        var second = await CartAsync(api, await store.CreateCustomerAsync(), (stove, 1));
        var priced = await (await api.PostJsonAsync($"/api/v1/carts/{second}/price", new { })).JsonAsync();
        Assert.Equal(150m, priced.GetProperty("total").GetDecimal());
        var skipped = priced.GetProperty("notApplied").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
        Assert.Equal("budget_exhausted", skipped.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_price_says_how_much_is_missing_for_a_threshold()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("头灯", 120m, stock: 5);
        var marketing = await store.StaffAsync("marketing");
        var code = "MJ" + Guid.NewGuid().ToString("N")[..8];
        await PublishAsync(marketing, code, Rules(new { type = "threshold", threshold = 199m, amount = 20m }, [sku]));
        var api = store.Storefront();
        var cart = await CartAsync(api, await store.CreateCustomerAsync(), (sku, 1));
        var priced = await (await api.PostJsonAsync($"/api/v1/carts/{cart}/price", new { })).JsonAsync();
        var skipped = priced.GetProperty("notApplied").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code);
        Assert.Equal(("threshold_not_reached", 79m), (skipped.GetProperty("reason").GetString(), skipped.GetProperty("shortfall").GetDecimal()));
    }

    [Fact]
    public async Task Publishing_an_incomplete_promotion_is_refused_with_a_field_key_per_missing_rule()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");
        var draft = await marketing.PostJsonAsync("/api/v1/promotions", new
        {
            code = "D" + Guid.NewGuid().ToString("N")[..8], name = "草稿", rules = new { benefit = new { amount = 50m, type = "threshold", threshold = 300m } },
        });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await draft.JsonAsync()).GetProperty("id").GetInt64();

        var refused = await marketing.PostJsonAsync($"/api/v1/promotions/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order();
        Assert.Equal(["rules.eligibility", "rules.limits", "rules.period", "rules.scope.excludedSkus", "rules.stacking"], errors);

        var invalid = await marketing.PostJsonAsync("/api/v1/promotions", new { code = "X", name = "x", rules = new { benefit = new { type = "percentage", percentOff = 120 } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.True((await invalid.JsonAsync()).GetProperty("errors").TryGetProperty("rules.benefit.percentOff", out _));
    }

    [Fact]
    public async Task Only_marketing_manages_promotions()
    {
        store.RequireStore();
        var body = new { code = "S1", name = "x", rules = new { benefit = new { type = "percentage", percentOff = 10 } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await store.Storefront().PostJsonAsync("/api/v1/promotions", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await store.StaffAsync("service")).PostJsonAsync("/api/v1/promotions", body)).StatusCode);
    }

    [Fact]
    public async Task Simulation_prices_one_cart_under_two_sets_side_by_side()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("登山包", 320m, stock: 5);
        var marketing = await store.StaffAsync("marketing");
        var result = await marketing.PostJsonAsync("/api/v1/promotions/simulate", new
        {
            channel = "live",
            lines = new[] { new { sku, quantity = 1 } },
            setA = new { promotions = new[] { new { code = "A", name = "满300减50", rules = Rules(new { type = "threshold", threshold = 300m, amount = 50m }, [sku]) } } },
            setB = new { promotions = new[] { new { code = "B", name = "八折", rules = Rules(new { type = "percentage", percentOff = 20m }, [sku]) } } },
        });
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var body = await result.JsonAsync();
        Assert.Equal(270m, body.GetProperty("a").GetProperty("total").GetDecimal());
        Assert.Equal(256m, body.GetProperty("b").GetProperty("total").GetDecimal());
        Assert.Equal(-14m, body.GetProperty("totalDifference").GetDecimal());
    }
}

[Collection("sqlite-api")]
public sealed class SqlitePromotionsApiTests(SqliteApiFixture store) : PromotionsApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresPromotionsApiTests(PostgresApiFixture store) : PromotionsApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
