using System.Net;
using System.Text.Json;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>
/// The alert inbox and rules over HTTP: who may do what, how bad rules are refused, and a rule that must fire opening
/// an alert that is then acknowledged and closed. The rule watches a rise of today's order count to at least zero, so it
/// is red on any store whatever other tests wrote; everything asserted is this test's own rule and alert.
/// </summary>
public abstract class AlertsApiTests<TFixture>(TFixture store) where TFixture : ApiFixture
{
    private static object Rule(string name, double yellow, double red, string direction = "rise") => new
    {
        name, metric = "orders", kind = "absolute", direction, yellow, red, clear = -1.0, minimumSample = 0,
    };

    [Fact]
    public async Task A_firing_rule_opens_an_alert_that_is_acknowledged_and_closed()
    {
        store.RequireStore();
        var ops = await store.StaffAsync("operations");
        var name = "今日订单 " + Guid.NewGuid().ToString("N")[..8];
        var created = await ops.PostJsonAsync("/api/v1/alerts/rules", Rule(name, yellow: 0, red: 0));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ruleId = (await created.JsonAsync()).GetProperty("id").GetInt64();

        var check = await ops.PostJsonAsync("/api/v1/alerts/check", new { });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var mine = (await check.JsonAsync()).EnumerateArray().Single(r => r.GetProperty("ruleId").GetInt64() == ruleId);
        Assert.Equal("red", mine.GetProperty("level").GetString());

        var open = await OpenAlertsAsync(ops);
        var alert = Assert.Single(open, a => a.GetProperty("key").GetString() == $"rule-{ruleId}");
        Assert.Equal(("metrics", "red", "open"), (alert.GetProperty("source").GetString(), alert.GetProperty("level").GetString(), alert.GetProperty("status").GetString()));
        var alertId = alert.GetProperty("id").GetInt64();

        var service = await store.StaffAsync("service");
        var acknowledged = await service.PostJsonAsync($"/api/v1/alerts/{alertId}/acknowledge", new { });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var acknowledgedBy = (await acknowledged.JsonAsync()).GetProperty("acknowledgedBy").GetString();
        Assert.StartsWith("service", acknowledgedBy);

        var closed = await ops.PostJsonAsync($"/api/v1/alerts/{alertId}/close", new { });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await closed.JsonAsync()).GetProperty("status").GetString());
        Assert.DoesNotContain(await OpenAlertsAsync(ops), a => a.GetProperty("id").GetInt64() == alertId);

        Assert.Equal(HttpStatusCode.NoContent, (await ops.DeleteAsync($"/api/v1/alerts/rules/{ruleId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ops.GetAsync($"/api/v1/alerts/rules/{ruleId}")).StatusCode);
    }

    [Fact]
    public async Task Bad_rules_name_the_field_and_only_rule_editors_change_rules()
    {
        store.RequireStore();
        var ops = await store.StaffAsync("operations");

        var inverted = await ops.PostJsonAsync("/api/v1/alerts/rules", Rule("反了", yellow: -20, red: -10, direction: "drop"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inverted.StatusCode);
        Assert.True((await inverted.JsonAsync()).GetProperty("errors").TryGetProperty("red", out _));

        var unknown = await ops.PostJsonAsync("/api/v1/alerts/rules", new { name = "x", metric = "happiness", yellow = 1, red = 1, minimumSample = 0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("metric", out _));

        var service = await store.StaffAsync("service");
        Assert.Equal(HttpStatusCode.Forbidden, (await service.PostJsonAsync("/api/v1/alerts/rules", Rule("客服不可", 0, 0))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.PostJsonAsync("/api/v1/alerts/check", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync("/api/v1/alerts?open=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await store.Storefront().GetAsync("/api/v1/alerts")).StatusCode);

        var badLevel = await ops.GetAsync("/api/v1/alerts?level=purple");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLevel.StatusCode);
        Assert.True((await badLevel.JsonAsync()).GetProperty("errors").TryGetProperty("level", out _));
    }

    private static async Task<List<JsonElement>> OpenAlertsAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/alerts?open=true&source=metrics&limit=200")).JsonAsync()).EnumerateArray().ToList();
}

[Collection("sqlite-api")]
public sealed class SqliteAlertsApiTests(SqliteApiFixture store) : AlertsApiTests<SqliteApiFixture>(store), IClassFixture<SqliteApiFixture>;

[Collection("postgres-api")]
public sealed class PostgresAlertsApiTests(PostgresApiFixture store) : AlertsApiTests<PostgresApiFixture>(store), IClassFixture<PostgresApiFixture>;
