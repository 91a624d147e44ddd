using System.Net;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>POST /api/v1/assistant/ask: answers with source fields for storefronts and service staff, hands over what it cannot answer.</summary>
public abstract class AssistantApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task A_product_question_is_answered_from_the_product_data_with_its_source_fields()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("轻量帐篷", 299m, stock: 3);

        var answer = await (await store.Storefront().PostJsonAsync("/api/v1/assistant/ask", new { question = "含酒精吗", sku })).JsonAsync();

        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.StartsWith("不含", answer.GetProperty("answer").GetString());
        Assert.Equal("zh-CN", answer.GetProperty("language").GetString());
        Assert.Equal("ingredient_presence", answer.GetProperty("topic").GetString());
        Assert.Equal(["product.ingredients"], answer.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Order_questions_read_the_order_and_its_shipment()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("露营灯", 59m, stock: 3);
        var order = await (await store.Storefront().PostJsonAsync("/api/v1/orders", Requests.BuyNow(await store.CreateCustomerAsync(), sku, paymentMethod: "cash_on_delivery"),
            Guid.NewGuid().ToString())).JsonAsync();
        var number = order.GetProperty("number").GetString()!;
        var operations = await store.StaffAsync("operations");
        var promised = new DateTimeOffset(2030, 1, 2, 18, 0, 0, TimeSpan.FromHours(8));
        (await operations.PostJsonAsync($"/api/v1/orders/{number}/shipments", new { carrier = "顺丰速运", trackingNumber = "SF0001", promisedBy = promised })).EnsureSuccessStatusCode();

        var service = await store.StaffAsync("service");
        var when = await (await service.PostJsonAsync("/api/v1/assistant/ask", new { question = "When will it arrive?", orderNumber = number })).JsonAsync();
        var track = await (await service.PostJsonAsync("/api/v1/assistant/ask", new { question = "快递单号是多少", orderNumber = number })).JsonAsync();

        Assert.Contains("2030-01-02 18:00", when.GetProperty("answer").GetString());
        Assert.Contains("shipment.promised_by", when.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("SF0001", track.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task What_it_cannot_answer_is_handed_over_with_the_conversation()
    {
        store.RequireStore();
        var (_, sku) = await store.CreateProductAsync("折叠椅", 99m, stock: 1);
        var conversation = new[] { new { speaker = "customer", text = "有多重" }, new { speaker = "assistant", text = "weight: 1.2kg." } };

        var answer = await (await store.Storefront().PostJsonAsync("/api/v1/assistant/ask", new { question = "保修多久", sku, conversation })).JsonAsync();

        Assert.False(answer.GetProperty("answered").GetBoolean());
        Assert.Empty(answer.GetProperty("sources").EnumerateArray());
        var turns = answer.GetProperty("handover").GetProperty("conversation").EnumerateArray().ToList();
        Assert.Equal(4, turns.Count);
        Assert.Equal("保修多久", turns[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_other_roles_are_refused()
    {
        store.RequireStore();
        var storefront = store.Storefront();

        var empty = await storefront.PostJsonAsync("/api/v1/assistant/ask", new { question = "", sku = "X" });
        var unknown = await storefront.PostJsonAsync("/api/v1/assistant/ask", new { question = "含酒精吗", sku = "NO-SUCH-SKU" });
        var badTurn = await storefront.PostJsonAsync("/api/v1/assistant/ask", new { question = "含酒精吗", conversation = new[] { new { speaker = "robot", text = "hi" } } });
        var marketing = await (await store.StaffAsync("marketing")).PostJsonAsync("/api/v1/assistant/ask", new { question = "含酒精吗" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.JsonAsync()).GetProperty("errors").TryGetProperty("question", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("sku", out _));
        Assert.True((await badTurn.JsonAsync()).GetProperty("errors").TryGetProperty("conversation[0].speaker", out _));
        Assert.Equal(HttpStatusCode.Forbidden, marketing.StatusCode);
    }
}

[Collection("sqlite-api")]
public sealed class SqliteAssistantApiTests(SqliteApiFixture store) : AssistantApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresAssistantApiTests(PostgresApiFixture store) : AssistantApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
