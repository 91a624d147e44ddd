using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Tests.Analytics;
using CommerceOps.Infrastructure.Tests.Analytics.Metrics;

namespace CommerceOps.Infrastructure.Tests.Alerts;

/// <summary>
/// Category as a drill-down breakdown: orders through their largest line, visitors through the SKU of their first
/// event that has one. Every order and visit here shares channel, province and device, so only category can explain.
/// </summary>
public sealed class AlertCategoryDiagnosisTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 30, 0, TimeSpan.Zero); // Thursday 15:30 in China
    private static readonly BaselineWindows Windows = BaselineWindows.At(Now);
    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>10:00 China time on today (week 0) or the same weekday <paramref name="week"/> weeks back.</summary>
    private static DateTimeOffset Morning(int week, int minute) => Now.AddDays(-7 * week).AddHours(-5.5).AddMinutes(minute);

    [Fact]
    public async Task A_gmv_drop_in_one_category_is_explained_by_that_category()
    {
        var stores = await _stores;
        var orders = new List<AnalyticsFacts.Order>();
        for (var week = 0; week <= 4; week++)
        {
            for (var i = 0; i < 10; i++) orders.Add(new($"F{week}-{i}", $"CF{week}-{i}", Morning(week, i), 100m, Category: "fruit", Sku: "FRUIT-1"));
            // Camping sells ten orders on each baseline day and one today.
            for (var i = 0; i < (week == 0 ? 1 : 10); i++) orders.Add(new($"C{week}-{i}", $"CC{week}-{i}", Morning(week, i), 100m, Category: "camping", Sku: "TENT-1"));
        }
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics, [.. orders]);

        var explanations = new AlertMetricQuery(stores.Analytics).Explain(AlertMetric.Gmv, null, Windows, baselineWeeks: 4);

        var top = explanations[0];
        Assert.Equal(("category", "camping"), (top.Dimension, top.Value));
        Assert.Equal((100.0, 1000.0), (top.Current, top.Baseline));
        Assert.Equal(1.0, top.ShareOfChange, 9);
        Assert.Equal(0.5, top.ShareOfVolume, 9);
        Assert.DoesNotContain(explanations, e => e.Dimension == "category" && e.Value == "fruit");
    }

    [Fact]
    public async Task A_drop_in_visitors_of_one_category_is_explained_by_the_category_of_their_first_product()
    {
        var stores = await _stores;
        // The categories of the two SKUs are known from the lines that sold them (the analytics store has no catalog).
        await AnalyticsFacts.AddOrdersAsync(stores.Analytics,
            new("OLD-1", null, Now.AddDays(-60), 10m, Category: "fruit", Sku: "FRUIT-1"),
            new("OLD-2", null, Now.AddDays(-60), 10m, Category: "camping", Sku: "TENT-1"));
        var events = new List<BehaviourEvent>();
        for (var week = 0; week <= 4; week++)
        {
            for (var i = 0; i < 20; i++) events.AddRange(Visit($"f{week}-{i}", Morning(week, i), "FRUIT-1"));
            for (var i = 0; i < (week == 0 ? 2 : 20); i++) events.AddRange(Visit($"c{week}-{i}", Morning(week, i), "TENT-1"));
        }
        await stores.Analytics.AppendBehaviourEventsAsync(events, Ct);

        var query = new AlertMetricQuery(stores.Analytics);
        Assert.Equal((22.0, 40.0), (query.Read(AlertMetric.Visitors, null, Windows).Observation.Value, query.Read(AlertMetric.Visitors, null, Windows).Observation.Baseline));
        var top = query.Explain(AlertMetric.Visitors, null, Windows, baselineWeeks: 4)[0];
        Assert.Equal(("category", "camping"), (top.Dimension, top.Value));
        Assert.Equal((2.0, 20.0), (top.Current, top.Baseline));
    }

    /// <summary>A home page view without a SKU, then the product page: the visitor's category is the product's.</summary>
    private static BehaviourEvent[] Visit(string visitor, DateTimeOffset at, string sku) =>
    [
        new(Guid.NewGuid(), at, "page_view", "s-" + visitor, visitor, null, "organic", null, "home", null, "浙江省", "杭州市", "ios", null),
        new(Guid.NewGuid(), at.AddSeconds(30), "page_view", "s-" + visitor, visitor, null, "organic", null, "product", sku, "浙江省", "杭州市", "ios", null),
    ];

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}
