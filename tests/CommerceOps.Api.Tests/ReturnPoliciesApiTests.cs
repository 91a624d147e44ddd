using System.Net;
using System.Net.Http.Json;
using CommerceOps.Api.Tests.Support;
using CommerceOps.Domain.Compliance;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Api.Tests;

/// <summary>RET-7D-004 over HTTP on both stores: policies per SKU and category, confirmation at checkout, refusal of no-reason returns.</summary>
public abstract class ReturnPoliciesApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task An_excluded_sku_needs_the_buyers_confirmation_which_is_recorded_and_then_refuses_a_no_reason_return()
    {
        store.RequireStore();
        var (productId, sku) = await store.CreateProductAsync("定制刻字保温杯", 129m, stock: 5);
        var compliance = await store.StaffAsync("compliance");
        var set = await compliance.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { exclusion = "custom_made" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var api = store.Storefront();

        var product = await (await api.GetAsync($"/api/v1/catalog/products/{productId}")).JsonAsync();
        var shown = product.GetProperty("skus")[0].GetProperty("returnPolicy");
        Assert.Equal(("custom_made", true, true, 0), (shown.GetProperty("exclusion").GetString(), shown.GetProperty("statutory").GetBoolean(),
            shown.GetProperty("confirmationRequired").GetBoolean(), shown.GetProperty("noReasonDays").GetInt32()));

        var customer = await store.CreateCustomerAsync();
        var refused = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(customer, sku));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.JsonAsync();
        var lineError = problem.GetProperty("errors").GetProperty("lines[0].sku")[0].GetString()!;
        Assert.Contains("RET-7D-004", lineError);
        Assert.Contains(sku, lineError);
        Assert.Equal(0, await store.QueryAsync(db => db.Orders.CountAsync(o => o.CustomerCode == customer)));

        var placed = await api.PostJsonAsync("/api/v1/orders", new
        {
            customerCode = customer, channel = "organic", paymentMethod = "cash_on_delivery", address = Requests.Address(),
            lines = new[] { new { sku, quantity = 1 } }, returnPolicyConfirmations = new[] { sku },
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var number = (await placed.JsonAsync()).GetProperty("number").GetString()!;
        var confirmation = await store.QueryAsync(db => db.OrderLines.AsNoTracking().Where(l => l.SkuCode == sku).Select(l => l.ReturnConfirmation).SingleAsync());
        Assert.NotNull(confirmation);
        Assert.Equal((ReturnExclusion.CustomMade, 1), (confirmation.Exclusion, confirmation.PolicyVersion));
        Assert.Contains("消费者定作", confirmation.Text);

        var operations = await store.StaffAsync("operations");
        (await operations.PostJsonAsync($"/api/v1/orders/{number}/shipments", new { carrier = "SF", trackingNumber = "SF" + Guid.NewGuid().ToString("N")[..10] })).EnsureSuccessStatusCode();
        (await operations.PostJsonAsync($"/api/v1/orders/{number}/delivered", new { })).EnsureSuccessStatusCode();
        var noReason = await api.PostJsonAsync("/api/v1/returns", new
        {
            orderNumber = number, reason = "no_reason", lines = new[] { new { sku, quantity = 1 } },
            refundAccount = new { kind = "alipay", holder = "王小明", number = "13812345678" },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var why = (await noReason.JsonAsync()).GetProperty("errors").GetProperty("lines[0].sku")[0].GetString()!;
        Assert.Contains("RET-7D-004", why);
        Assert.Contains("custom", why, StringComparison.OrdinalIgnoreCase);
        var defect = await api.PostJsonAsync("/api/v1/returns", new
        {
            orderNumber = number, reason = "quality_defect", lines = new[] { new { sku, quantity = 1 } },
            refundAccount = new { kind = "alipay", holder = "王小明", number = "13812345678" },
        });
        Assert.Equal(HttpStatusCode.Created, defect.StatusCode);
    }

    [Fact]
    public async Task A_sku_policy_overrides_its_category_and_other_skus_of_the_category_follow_the_category()
    {
        store.RequireStore();
        var category = "fresh" + Guid.NewGuid().ToString("N")[..8];
        var (_, fruit) = await store.CreateProductAsync("阳光玫瑰葡萄", 59m, stock: 5, category: category);
        var (_, jam) = await store.CreateProductAsync("葡萄果酱", 29m, stock: 5, category: category);
        var operations = await store.StaffAsync("operations");
        (await operations.PutAsJsonAsync($"/api/v1/compliance/return-policies/category/{category}", new { exclusion = "fresh_perishable" })).EnsureSuccessStatusCode();
        var own = await operations.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{jam}", new { days = 15 });
        Assert.Equal(15, (await own.JsonAsync()).GetProperty("noReasonDays").GetInt32());
        var api = store.Storefront();

        var jamOrder = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(await store.CreateCustomerAsync(), jam));
        var fruitOrder = await api.PostJsonAsync("/api/v1/orders", Requests.BuyNow(await store.CreateCustomerAsync(), fruit));

        Assert.Equal(HttpStatusCode.Created, jamOrder.StatusCode);
        Assert.Null(await store.QueryAsync(db => db.OrderLines.AsNoTracking().Where(l => l.SkuCode == jam).Select(l => l.ReturnConfirmation).SingleAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fruitOrder.StatusCode);
        Assert.Contains("fresh", (await fruitOrder.JsonAsync()).GetProperty("errors").GetProperty("lines[0].sku")[0].GetString()!, StringComparison.OrdinalIgnoreCase);
        var listed = await (await operations.GetAsync("/api/v1/compliance/return-policies")).JsonAsync();
        Assert.Contains(listed.EnumerateArray(), e => e.GetProperty("key").GetString() == category && e.GetProperty("scope").GetString() == "category");
    }

    [Fact]
    public async Task Exclusions_need_a_reason_windows_are_at_least_seven_days_and_only_compliance_or_operations_set_them()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("蓝牙耳机", 199m, stock: 1);
        var compliance = await store.StaffAsync("compliance");

        var noExplanation = await compliance.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { exclusion = "activated_or_tried" });
        var shortWindow = await compliance.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { days = 3 });
        var neither = await compliance.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { });
        var unknownSku = await compliance.PutAsJsonAsync("/api/v1/compliance/return-policies/sku/NO-SUCH-SKU-X", new { days = 10 });
        var marketing = await (await store.StaffAsync("marketing")).PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { days = 10 });
        var withReason = await compliance.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { exclusion = "activated_or_tried", explanation = "耳机激活配对后价值贬损较大" });
        var again = await compliance.PutAsJsonAsync($"/api/v1/compliance/return-policies/sku/{sku}", new { exclusion = "activated_or_tried", explanation = "激活后不支持无理由退货" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noExplanation.StatusCode);
        Assert.True((await noExplanation.JsonAsync()).GetProperty("errors").TryGetProperty("explanation", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shortWindow.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownSku.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, marketing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        var second = await again.JsonAsync();
        Assert.Equal((2, false), (second.GetProperty("version").GetInt32(), second.GetProperty("statutory").GetBoolean()));
    }
}

[Collection("sqlite-api")]
public sealed class SqliteReturnPoliciesApiTests(SqliteApiFixture store) : ReturnPoliciesApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresReturnPoliciesApiTests(PostgresApiFixture store) : ReturnPoliciesApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
