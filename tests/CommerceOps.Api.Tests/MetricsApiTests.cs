using System.Net;
using System.Text;
using CommerceOps.Api.Tests.Support;

namespace CommerceOps.Api.Tests;

/// <summary>The analytics endpoints: who may call them, what they answer, and how bad input is refused.</summary>
[Collection("sqlite-api")]
public sealed class MetricsApiTests(SqliteApiFixture store) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Analysts_get_the_gmv_tree_and_service_staff_do_not()
    {
        var analyst = await store.StaffAsync("analyst");
        var service = await store.StaffAsync("service");

        var ok = await analyst.GetAsync("/api/v1/analytics/gmv-tree?from=2026-11-01&to=2026-11-07&by=channel", TestContext.Current.CancellationToken);
        var refused = await service.GetAsync("/api/v1/analytics/gmv-tree?from=2026-11-01&to=2026-11-07", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var comparisons = (await ok.JsonAsync()).GetProperty("total").GetProperty("comparisons");
        Assert.Equal("previous_period", comparisons[0].GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_bad_funnel_window_names_the_field()
    {
        var analyst = await store.StaffAsync("analyst");

        var response = await analyst.GetAsync("/api/v1/analytics/funnel?window=3w", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("window", out _));
    }

    [Fact]
    public async Task Marketing_imports_spend_and_sees_it_in_channel_roi()
    {
        var marketing = await store.StaffAsync("marketing");
        var csv = "date,channel,campaign,spend\n2030-01-01,paid,双11预热,1000.50\n2030-01-01,live,直播,200\n";

        var imported = await marketing.PostAsync("/api/v1/analytics/marketing/spend", new StringContent(csv, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var bad = await marketing.PostAsync("/api/v1/analytics/marketing/spend",
            new StringContent("date,channel,campaign,spend\n2030-01-02,tv,x,1\n", Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        var roi = await marketing.GetAsync("/api/v1/analytics/marketing/channel-roi?from=2030-01-01&to=2030-01-01", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("channel", out _));
        var paid = (await roi.JsonAsync()).EnumerateArray().Single(r => r.GetProperty("channel").GetString() == "paid");
        Assert.Equal(1000.50m, paid.GetProperty("spend").GetDecimal());
    }
}
