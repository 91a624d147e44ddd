using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Importing;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

public sealed class OperationsAndMarketingQueryTests : IAsyncDisposable
{
    private static readonly AnalyticsPeriod Week = AnalyticsPeriod.FromDays(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();
    private readonly TempFiles _files = new();

    [Fact]
    public async Task Spend_is_all_or_nothing_and_a_reimport_replaces_instead_of_adding()
    {
        var stores = await _stores;
        var ct = TestContext.Current.CancellationToken;
        var importer = new MarketingSpendImporter(stores.Analytics, stores.Time);
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics, new AnalyticsFacts.Order("N1", "C1", new DateTimeOffset(2026, 11, 17, 20, 0, 0, AnalyticsPeriod.ChinaOffset), 500m, Channel: "paid"));

        await importer.ImportAsync(_files.Write("a.csv", ["date,channel,campaign,spend", "2026-11-17,paid,c1,100", "2026-11-18,paid,c1,100"]), ct);
        await importer.ImportAsync(_files.Write("b.csv", ["date,channel,campaign,spend", "2026-11-18,paid,c1,150"]), ct);
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            importer.ImportAsync(_files.Write("c.csv", ["date,channel,campaign,spend", "2026-11-19,paid,c1,10", "2026-11-31,paid,c1,-1"]), ct));

        Assert.Equal(["line 3, column date: '2026-11-31' is not a date like 2026-11-11", "line 3, column spend: is negative"], refused.Problems.Select(p => p.ToString()));
        var paid = new ChannelRoiQuery(stores.Analytics).Run(Week).Single(r => r.Channel == "paid");
        Assert.Equal((500m, 250m, 2m), (paid.Gmv, paid.Spend, paid.Roi));
    }

    [Fact]
    public async Task Ctr_is_per_campaign_and_creative_and_the_heat_map_is_in_china_time()
    {
        var stores = await _stores;
        var at = new DateTimeOffset(2026, 11, 17, 21, 30, 0, AnalyticsPeriod.ChinaOffset); // a Tuesday evening in China, 13:30 UTC
        Domain.Analytics.BehaviourEvent Ad(string type, string creative) => new(Guid.NewGuid(), at, type, "s1", null, "a1", "paid", "双11", null, null,
            null, null, null, new Dictionary<string, string> { ["creative"] = creative });
        await stores.Analytics.AppendBehaviourEventsAsync([Ad("ad_impression", "red"), Ad("ad_impression", "red"), Ad("ad_click", "red"), Ad("ad_impression", "blue")],
            TestContext.Current.CancellationToken);
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics, new AnalyticsFacts.Order("N1", "C1", at, 80m, Category: "fruit"));

        var ctr = new AdClickThroughQuery(stores.Analytics).Run(Week);
        var cell = Assert.Single(new SalesHeatMapQuery(stores.Analytics).Run(Week));

        Assert.Equal(0.5, ctr.Single(r => r.Creative == "red").ClickThroughRate);
        Assert.Equal(0.0, ctr.Single(r => r.Creative == "blue").ClickThroughRate);
        Assert.Equal(("fruit", DayOfWeek.Tuesday, 21, 80m), (cell.Category, cell.Weekday, cell.Hour, cell.Gmv));
    }

    [Fact]
    public async Task Session_depth_counts_navigation_up_to_the_first_product_and_the_first_purchase()
    {
        var stores = await _stores;
        var start = new DateTimeOffset(2026, 11, 18, 10, 0, 0, AnalyticsPeriod.ChinaOffset);
        var second = 0;
        Domain.Analytics.BehaviourEvent E(string session, string type, string? page = null) => new(Guid.NewGuid(), start.AddSeconds(second++), type, session, null, "a-" + session,
            "organic", null, page, null, null, null, null, null);
        await stores.Analytics.AppendBehaviourEventsAsync(
        [
            E("quick", "page_view", "home"), E("quick", "page_view", "product"), E("quick", "product_view"), E("quick", "page_view", "cart"),
            E("quick", "page_view", "payment"), E("quick", "purchase"),
            E("slow", "page_view", "home"), E("slow", "search"), E("slow", "page_view", "list"), E("slow", "page_view", "list"), E("slow", "page_view", "product"),
        ], TestContext.Current.CancellationToken);

        var depth = new SessionDepthQuery(stores.Analytics).Run(Week);

        Assert.Equal([new SessionDepthBucket(2, 1), new SessionDepthBucket(5, 1)], depth.ToProduct.Buckets);
        Assert.Equal(0.5, depth.ToProduct.ShareWithinTarget);
        Assert.Equal([new SessionDepthBucket(4, 1)], depth.ToOrder.Buckets);
    }

    public async ValueTask DisposeAsync()
    {
        _files.Dispose();
        await (await _stores).DisposeAsync();
    }
}
