using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

/// <summary>
/// The tree computes a period and all its comparison periods (which overlap) in one scan; on generated facts its
/// numbers must equal those of each period computed on its own, for every breakdown.
/// </summary>
public sealed class GmvTreeOneScanTests : IAsyncDisposable
{
    // Ten days: the previous period is the ten days before, the same weekdays are 14, 28, 42 and 56 days back, so the
    // previous period and last week's overlap and there are gaps between the four weeks' periods.
    internal static readonly AnalyticsPeriod Period = AnalyticsPeriod.FromDays(new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 20));

    private static readonly string[] Channels = ["organic", "paid", "private", "live", "short_video"];
    private static readonly string[] Provinces = ["浙江省", "广东省", "四川省"];
    private static readonly string[] Devices = ["ios", "android", "pc"];
    private static readonly string[] Categories = ["fruit", "tea", "snacks"];

    private readonly Task<AnalyticsTestStores> _stores = AnalyticsTestStores.CreateAsync();

    [Fact]
    public async Task One_scan_over_all_periods_equals_each_period_computed_on_its_own()
    {
        var stores = await _stores;
        await GenerateAsync(stores.Analytics);
        var query = new GmvTreeQuery(stores.Analytics);

        BreakdownDimension?[] breakdowns = [null, .. Enum.GetValues<BreakdownDimension>()];
        foreach (var by in breakdowns)
        {
            var tree = query.Run(new GmvTreeRequest(Period, by));
            Assert.True(tree.Total.Current.Visitors > 0 && tree.Total.Current.Orders > 0, "the fixture has facts in the period");
            IReadOnlyList<GmvNode> nodes = by is null ? [tree.Total] : [.. tree.Breakdown, tree.Total];
            foreach (var node in nodes)
            {
                Assert.Equal(Alone(query, Period, by, node.Group), node.Current);
                foreach (var comparison in node.Comparisons)
                    Assert.Equal(GmvFactors.Mean([.. comparison.Periods.Select(p => Alone(query, p, by, node.Group))]), comparison.Baseline);
            }
        }
    }

    private static GmvFactors Alone(GmvTreeQuery query, AnalyticsPeriod period, BreakdownDimension? by, string? group)
    {
        var tree = query.Run(new GmvTreeRequest(period, by, []));
        var node = group is null ? tree.Total : tree.Breakdown.SingleOrDefault(n => n.Group == group);
        return node?.Current ?? new GmvFactors(0, 0, 0, 0, 0);
    }

    /// <summary>Seventy days of visits and orders, deterministic: known and anonymous visitors, cancellations, several lines' categories.</summary>
    internal static async Task GenerateAsync(AnalyticsStore store)
    {
        var random = new Random(20261120);
        var start = Period.To.AddDays(-70);
        var events = new List<BehaviourEvent>();
        var orders = new List<AnalyticsFacts.Order>();
        for (var i = 0; i < 3000; i++)
        {
            var at = start.AddMinutes(random.Next(70 * 24 * 60));
            var known = random.Next(4) > 0;
            var customer = "C" + random.Next(150);
            // Each customer keeps one device, so "the device used most" has no ties to break.
            var device = known ? Devices[int.Parse(customer[1..], System.Globalization.CultureInfo.InvariantCulture) % Devices.Length] : Devices[random.Next(Devices.Length)];
            var type = random.Next(10) == 0 ? "ad_impression" : "product_view";
            var sku = "SKU-" + random.Next(6);
            events.Add(new BehaviourEvent(Guid.NewGuid(), at, type, "S" + random.Next(2000), known ? customer : null, known ? null : "A" + random.Next(400),
                Channels[random.Next(Channels.Length)], null, "product", sku, Provinces[random.Next(Provinces.Length)], null, device, null));
            if (known && random.Next(6) == 0)
                orders.Add(new AnalyticsFacts.Order("N" + i, random.Next(10) == 0 ? null : customer, at, random.Next(1, 50000) / 100m,
                    Channels[random.Next(Channels.Length)], Provinces[random.Next(Provinces.Length)], random.Next(8) == 0 ? "cancelled" : "paid",
                    Categories[int.Parse(sku[4..], System.Globalization.CultureInfo.InvariantCulture) % Categories.Length], sku));
        }
        await store.AppendBehaviourEventsAsync(events, TestContext.Current.CancellationToken);
        await AnalyticsFacts.AddOrdersAsync(store, [.. orders]);
    }

    public async ValueTask DisposeAsync() => await (await _stores).DisposeAsync();
}
