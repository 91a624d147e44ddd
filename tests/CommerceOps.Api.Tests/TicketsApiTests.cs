using System.Net;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>/api/v1/tickets: first-contact ownership over HTTP, transfers that keep the owner informed, resolution into the knowledge base, KPIs.</summary>
public abstract class TicketsApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    [Fact]
    public async Task The_first_agent_to_answer_owns_the_ticket_through_transfer_resolution_and_closing()
    {
        store.RequireStore();
        var service = await store.StaffAsync("service");
        var admin = await store.StaffAsync("admin");
        var customer = await store.CreateCustomerAsync();
        var marker = "猕猴桃" + Guid.NewGuid().ToString("N")[..6];

        var created = await store.Storefront().PostJsonAsync("/api/v1/tickets",
            new { channel = "order_page", subject = $"{marker} 冷链包裹破损", description = $"{marker} 收到的冷链包裹破损，水果压坏了", customerCode = customer });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();

        var reply = await (await service.PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "您好，我来帮您处理" })).JsonAsync();
        var intruder = await admin.PostJsonAsync($"/api/v1/tickets/{id}/replies", new { text = "我也来" });
        var transferred = await (await service.PostJsonAsync($"/api/v1/tickets/{id}/transfers", new { to = "admin@test.local", reason = "需要仓库核实" })).JsonAsync();
        var resolved = await admin.PostJsonAsync($"/api/v1/tickets/{id}/resolution", new { resolution = "已补发新鲜水果" });
        var closedByHandler = await admin.PostJsonAsync($"/api/v1/tickets/{id}/close", new { });
        var closed = await (await service.PostJsonAsync($"/api/v1/tickets/{id}/close", new { })).JsonAsync();
        var detail = await (await service.GetAsync($"/api/v1/tickets/{id}")).JsonAsync();
        var similar = await (await service.PostJsonAsync("/api/v1/kb/similar-cases", new { subject = $"{marker} 包裹破损" })).JsonAsync();

        var owner = reply.GetProperty("owner").GetString();
        Assert.Equal("in_progress", reply.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, intruder.StatusCode);
        Assert.True((await intruder.JsonAsync()).GetProperty("errors").TryGetProperty("agent", out _));
        Assert.Equal((owner, "admin@test.local"), (transferred.GetProperty("owner").GetString(), transferred.GetProperty("handler").GetString()));
        Assert.Equal(owner, transferred.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "transfer").GetProperty("notifiedUser").GetString());
        resolved.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closedByHandler.StatusCode);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(customer, detail.GetProperty("customer").GetProperty("code").GetString());
        Assert.Equal($"T{id:D6}", similar[0].GetProperty("article").GetProperty("ticketReference").GetString());
    }

    [Fact]
    public async Task Templates_render_with_the_customers_name_and_bad_requests_name_the_field()
    {
        store.RequireStore();
        var service = await store.StaffAsync("service");
        var customer = await store.CreateCustomerAsync();
        var id = (await (await service.PostJsonAsync("/api/v1/tickets", new { channel = "phone", subject = "来电咨询", description = "想改收货地址", customerCode = customer })).JsonAsync()).GetProperty("id").GetInt64();

        var greeting = await (await service.GetAsync($"/api/v1/tickets/{id}/reply?template=greeting&language=zh-CN")).JsonAsync();
        var noOrder = await service.GetAsync($"/api/v1/tickets/{id}/reply?template=order-status");
        var badChannel = await service.PostJsonAsync("/api/v1/tickets", new { channel = "fax", subject = "s", description = "d" });
        var unknownOrder = await service.PostJsonAsync("/api/v1/tickets", new { channel = "chat", subject = "s", description = "d", orderNumber = "SO-NOPE" });
        var earlyRating = await service.PostJsonAsync($"/api/v1/tickets/{id}/satisfaction", new { satisfaction = 5 });
        var kpis = await service.GetAsync("/api/v1/service-kpis");
        var storefrontQueue = await store.Storefront().GetAsync("/api/v1/tickets");

        Assert.StartsWith("王小明您好，我是客服", greeting.GetProperty("text").GetString());
        Assert.Contains($"T{id:D6}", greeting.GetProperty("text").GetString());
        Assert.True((await noOrder.JsonAsync()).GetProperty("errors").TryGetProperty("variables", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.True((await unknownOrder.JsonAsync()).GetProperty("errors").TryGetProperty("orderNumber", out _));
        Assert.Equal(HttpStatusCode.Conflict, earlyRating.StatusCode);
        Assert.True((await kpis.JsonAsync()).GetProperty("tickets").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.Forbidden, storefrontQueue.StatusCode);
    }
}

[Collection("sqlite-api")]
public sealed class SqliteTicketsApiTests(SqliteApiFixture store) : TicketsApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresTicketsApiTests(PostgresApiFixture store) : TicketsApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
