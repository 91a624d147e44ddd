using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Api.Tests;

/// <summary>
/// Price rules on the stored data: publishing a promotion is refused with the findings (rule ids) as problem details;
/// platform campaign rules respect the lead time and are public once published.
/// </summary>
public abstract class PriceRulesApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static object Rules(string sku, string? statedBaseline = null, string? campaignRule = null, DateTimeOffset? startsAt = null) => new
    {
        benefit = new { type = "percentage", percentOff = 10 },
        period = new { startsAt = startsAt ?? DateTimeOffset.UtcNow.AddHours(-1), endsAt = (startsAt ?? DateTimeOffset.UtcNow).AddDays(7) },
        scope = new { skus = new[] { sku }, excludedSkus = Array.Empty<string>() },
        eligibility = new { },
        stacking = "stackable",
        limits = new { perUserLimit = 2, budget = 1_000m },
        statedBaseline,
        campaignRule,
    };

    private static async Task<long> DraftAsync(HttpClient marketing, object rules)
    {
        var created = await marketing.PostJsonAsync("/api/v1/promotions", new { code = "PR" + Guid.NewGuid().ToString("N")[..8], name = "价格规则测试", rules });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetInt64();
    }

    /// <summary>A paid order two days ago at <paramref name="unitPrice"/> (below the list price: an earlier promotion).</summary>
    private Task SoldAsync(string sku, decimal unitPrice) => store.QueryAsync(async db =>
    {
        var s = await db.Skus.SingleAsync(x => x.Code == sku);
        var order = Order.Import("T" + Guid.NewGuid().ToString("N")[..10], null, null, "test", "organic", OrderStatus.Paid, PaymentMethod.QuickPay, "CNY", null,
            [new OrderLineDraft(s.Id, sku, "帐篷", "outdoor", 1, unitPrice, null)], DateTimeOffset.UtcNow.AddDays(-2));
        db.Orders.Add(order);
        return await db.SaveChangesAsync();
    });

    private static IEnumerable<string> RuleIds(JsonElement problem) =>
        problem.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!);

    [Fact]
    public async Task A_reference_price_above_the_7_day_lowest_transaction_price_refuses_publication_with_PRC_BASE_001()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("双人帐篷", 100m, stock: 5);
        await SoldAsync(sku, 80m);
        var marketing = await store.StaffAsync("marketing");
        var id = await DraftAsync(marketing, Rules(sku));

        var check = await (await marketing.GetAsync($"/api/v1/compliance/promotions/{id}/price-check")).JsonAsync();
        Assert.True(check.GetProperty("blocked").GetBoolean());
        var refused = await marketing.PostJsonAsync($"/api/v1/promotions/{id}/publish", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Equal(["PRC-BASE-001"], RuleIds(problem));
        var finding = problem.GetProperty("findings")[0];
        Assert.Equal(("BLOCK", sku), (finding.GetProperty("severity").GetString(), finding.GetProperty("subject").GetString()));
        Assert.Equal("draft", (await (await marketing.GetAsync($"/api/v1/promotions/{id}")).JsonAsync()).GetProperty("status").GetString());

        // Stating the baseline (厂商建议零售价) makes the comparison honest: it publishes.
        Assert.Equal(HttpStatusCode.OK, (await marketing.PutAsJsonAsync($"/api/v1/promotions/{id}", new { name = "价格规则测试", rules = Rules(sku, statedBaseline: "厂商建议零售价 100") })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await marketing.PostJsonAsync($"/api/v1/promotions/{id}/publish", new { })).StatusCode);
    }

    [Fact]
    public async Task An_incomplete_promotion_is_refused_with_PRC_COND_004_findings_and_field_keys()
    {
        store.RequireStore();
        var marketing = await store.StaffAsync("marketing");
        var id = await DraftAsync(marketing, new { benefit = new { type = "percentage", percentOff = 10 } });

        var problem = await (await marketing.PostJsonAsync($"/api/v1/promotions/{id}/publish", new { })).JsonAsync();

        Assert.Equal(5, RuleIds(problem).Count(r => r == "PRC-COND-004"));
        Assert.True(problem.GetProperty("errors").TryGetProperty("rules.period", out _));
    }

    [Fact]
    public async Task A_campaign_rule_is_published_only_with_the_lead_time_then_public_and_promotions_under_it_start_when_it_is_in_effect()
    {
        store.RequireStore();
        var compliance = await store.StaffAsync("compliance");
        var code = "d11-" + Guid.NewGuid().ToString("N")[..8];
        var draft = new { code, title = "双11 活动规则", body = "活动时间：11月11日。\n价格保护：活动前7日最低成交价。", effectiveAt = DateTimeOffset.UtcNow.AddDays(3) };
        Assert.Equal(HttpStatusCode.Created, (await compliance.PostJsonAsync("/api/v1/compliance/campaign-rules", draft)).StatusCode);

        var tooSoon = await compliance.PostJsonAsync($"/api/v1/compliance/campaign-rules/{code}/publish", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        Assert.Equal(["PLAT-RULE-001"], RuleIds(await tooSoon.JsonAsync()));
        var anonymous = store.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/rules/{code}")).StatusCode);

        var effectiveAt = DateTimeOffset.UtcNow.AddDays(8);
        Assert.Equal(HttpStatusCode.OK, (await compliance.PutAsJsonAsync($"/api/v1/compliance/campaign-rules/{code}", draft with { effectiveAt = effectiveAt })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await compliance.PostJsonAsync($"/api/v1/compliance/campaign-rules/{code}/publish", new { })).StatusCode);

        var page = await anonymous.GetAsync($"/rules/{code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>双11 活动规则</h1>", await page.Content.ReadAsStringAsync());
        var json = await (await anonymous.GetAsync($"/api/v1/public/campaign-rules/{code}")).JsonAsync();
        Assert.Equal(effectiveAt.ToUnixTimeSeconds(), json.GetProperty("effectiveAt").GetDateTimeOffset().ToUnixTimeSeconds());

        var (_, sku) = await store.CreateProductAsync("睡袋", 199m, stock: 1);
        var marketing = await store.StaffAsync("marketing");
        var early = await DraftAsync(marketing, Rules(sku, campaignRule: code));
        var refused = await (await marketing.PostJsonAsync($"/api/v1/promotions/{early}/publish", new { })).JsonAsync();
        Assert.Equal(["PLAT-PROMO-002"], RuleIds(refused));
        var inEffect = await DraftAsync(marketing, Rules(sku, campaignRule: code, startsAt: effectiveAt));
        Assert.Equal(HttpStatusCode.OK, (await marketing.PostJsonAsync($"/api/v1/promotions/{inEffect}/publish", new { })).StatusCode);
    }

    [Fact]
    public async Task Campaign_rules_are_edited_by_compliance_and_marketing_only()
    {
        store.RequireStore();
        var body = new { code = "x1", title = "t", body = "b", effectiveAt = DateTimeOffset.UtcNow.AddDays(10) };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await store.StaffAsync("service")).PostJsonAsync("/api/v1/compliance/campaign-rules", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await store.Factory.CreateClient().PostJsonAsync("/api/v1/compliance/campaign-rules", body)).StatusCode);
    }
}

[Collection("sqlite-api")]
public sealed class SqlitePriceRulesApiTests(SqliteApiFixture store) : PriceRulesApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresPriceRulesApiTests(PostgresApiFixture store) : PriceRulesApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
