using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

public sealed class GmvTreeQueryTests : IAsyncDisposable
{
    // 2026-11-19 and 2026-11-20 (China time); the day before is the previous period, a week before the same weekday.
    private static readonly AnalyticsPeriod Day = AnalyticsPeriod.FromDays(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, AnalyticsPeriod.ChinaOffset);

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();

    private static Domain.Analytics.BehaviourEvent Visit(string user, DateTimeOffset at, string channel = "organic", string type = "page_view") =>
        new(Guid.NewGuid(), at, type, "s-" + user + at.Ticks, user, null, channel, null, "home", null, "浙江省", "杭州市", "ios", null);

    [Fact]
    public async Task The_tree_counts_visitors_buyers_and_gmv_and_its_parts_add_up_to_the_change()
    {
        var stores = await _stores;
        var ct = TestContext.Current.CancellationToken;
        var yesterday = Noon.AddDays(-1);
        await stores.Analytics.AppendBehaviourEventsAsync(
        [
            Visit("C1", Noon), Visit("C1", Noon.AddHours(1)), Visit("C2", Noon, "paid"), Visit("C3", Noon), Visit("C4", Noon, "paid"),
            Visit("C9", Noon, type: "ad_impression"), // an impression is not a visit
            Visit("C1", yesterday), Visit("C2", yesterday),
        ], ct);
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics,
            new("N1", "C1", Noon, 100m), new("N2", "C1", Noon.AddHours(2), 50m), new("N3", "C2", Noon, 90m, Channel: "paid"),
            new("N4", "C3", Noon, 999m, Status: "cancelled"),
            new("N0", "C1", yesterday, 80m));

        var tree = new GmvTreeQuery(stores.Analytics).Run(new GmvTreeRequest(Day, BreakdownDimension.Channel));

        var now = tree.Total.Current;
        Assert.Equal((4m, 2m, 3m, 1m, 240m), (now.Visitors, now.Buyers, now.Orders, now.RepeatBuyers, now.Gmv));
        Assert.Equal(0.5m, now.RepurchaseRate);
        var previous = tree.Total.Comparisons.Single(c => c.Kind == GmvComparison.PreviousPeriod);
        Assert.Equal((2m, 1m, 80m), (previous.Baseline.Visitors, previous.Baseline.Buyers, previous.Baseline.Gmv));
        var d = previous.Decomposition;
        Assert.Equal(160m, d.Change);
        Assert.Equal(d.Change, d.VisitorsEffect + d.ConversionEffect + d.AverageOrderValueEffect + d.Unattributed);
        var paid = tree.Breakdown.Single(n => n.Group == "paid").Current;
        Assert.Equal((2m, 1m, 90m), (paid.Visitors, paid.Buyers, paid.Gmv));
        var lastWeek = tree.Total.Comparisons.Single(c => c.Kind == GmvComparison.SameWeekdayLastWeek);
        Assert.Equal(Day.From.AddDays(-7), lastWeek.Periods.Single().From);
        Assert.Equal(0m, lastWeek.Baseline.Gmv);
    }

    [Fact]
    public async Task Returning_buyers_are_those_who_bought_before_the_period()
    {
        var stores = await _stores;
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics,
            new("N0", "C1", Noon.AddDays(-30), 10m), new("N1", "C1", Noon, 100m), new("N2", "C2", Noon, 50m), new("N3", null, Noon, 20m));

        var tree = new GmvTreeQuery(stores.Analytics).Run(new GmvTreeRequest(Day, BreakdownDimension.VisitorType, [GmvComparison.PreviousPeriod]));

        Assert.Equal(100m, tree.Breakdown.Single(n => n.Group == "returning").Current.Gmv);
        Assert.Equal((2m, 70m), (tree.Breakdown.Single(n => n.Group == "new").Current.Buyers, tree.Breakdown.Single(n => n.Group == "new").Current.Gmv));
    }

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}
