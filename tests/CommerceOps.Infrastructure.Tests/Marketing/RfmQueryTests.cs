using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Marketing;
using CommerceOps.Domain.Marketing;
using CommerceOps.Infrastructure.Tests.Analytics;

namespace CommerceOps.Infrastructure.Tests.Marketing;

/// <summary>RFM over a handful of orders imported and projected for real, with every number worked out by hand.</summary>
public sealed class RfmQueryTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly TempFiles _files = new();
    private AnalyticsTestStores _stores = null!;

    public async ValueTask InitializeAsync()
    {
        _stores = await AnalyticsTestStores.CreateAsync();
        var file = _files.Write("orders.csv",
        [
            "order_id,customer_id,sku,quantity,unit_price,ordered_at,channel,province,city,status",
            "A-1,A,SKU-1,2,10.00,2026-01-05T12:00:00+08:00,organic,浙江,杭州,completed",
            "A-2,A,SKU-2,1,30.00,2026-03-01T10:00:00+08:00,organic,浙江,杭州,completed",
            "B-1,B,SKU-1,1,5.50,2026-02-28T07:00:00+08:00,live,四川,成都,paid",
            "C-1,C,SKU-3,3,7.00,2025-10-01T09:00:00+08:00,organic,上海,上海,delivered",
            "E-1,E,SKU-1,1,99.00,2026-01-10T09:00:00+08:00,organic,上海,上海,cancelled",
            "G-1,,SKU-1,1,10.00,2026-01-10T09:00:00+08:00,organic,上海,上海,completed",
        ]);
        await using (var db = _stores.NewCommerceDb())
            await new OrderFileImporter(db, TimeProvider.System).ImportAsync(file, new NativeOrderCsvFormat(), cancellationToken: TestContext.Current.CancellationToken);
        await _stores.DrainAsync();
    }

    private RfmQuery Query => new(_stores.Analytics);

    [Fact]
    public void Customers_are_scored_as_of_midnight_in_the_shops_time_zone()
    {
        var rows = Query.Customers(new RfmAsOf(new DateOnly(2026, 3, 1), Shanghai), LifecycleThresholds.Default).ToList();

        // A's order of 1 March is not before D; E has only a cancelled order; the guest has no id.
        Assert.Equal(
        [
            new RfmCustomer("A", 54, 1, 20.00m, 2, 1, 2, "hibernating", 54, "active"),
            new RfmCustomer("B", 0, 1, 5.50m, 4, 2, 1, "potential_loyalists", 0, "new"),
            new RfmCustomer("C", 150, 1, 21.00m, 1, 4, 4, "at_risk", 150, "dormant"),
        ], rows);
    }

    [Fact]
    public void Midnight_utc_is_eight_hours_later_than_in_shanghai()
    {
        var b = Query.Customers(RfmAsOf.Utc(new DateOnly(2026, 3, 1)), LifecycleThresholds.Default).Single(c => c.CustomerId == "B");

        Assert.Equal(1, b.RecencyDays); // 27 Feb 23:00 UTC to 1 Mar 00:00 UTC; in Shanghai 28 Feb 07:00 to midnight is 0 days
    }

    [Fact]
    public void The_overview_adds_up_segments_stages_and_the_grid()
    {
        var overview = Query.Overview(new RfmAsOf(new DateOnly(2026, 3, 1), Shanghai), LifecycleThresholds.Default);

        Assert.Equal((3L, 46.50m), (overview.Customers, overview.Monetary));
        var atRisk = overview.Segments.Single(s => s.Key == RfmSegments.AtRisk);
        Assert.Equal((1L, 21.00m, 150.0), (atRisk.Customers, atRisk.Monetary, atRisk.AverageRecencyDays));
        Assert.Equal(RfmSegments.All, overview.Segments.Select(s => s.Key));
        Assert.Equal([1L, 1L, 1L, 0L], overview.Stages.Select(s => s.Customers));
        Assert.Equal(25, overview.Grid.Count);
        Assert.Equal(1, overview.Grid.Single(c => c.R == 4 && c.F == 2).Customers);
        Assert.Equal(3, overview.Grid.Sum(c => c.Customers));
    }

    [Fact]
    public void Movement_counts_customers_by_segment_at_each_date()
    {
        var moves = Query.Movement(new RfmAsOf(new DateOnly(2026, 2, 1), Shanghai), new RfmAsOf(new DateOnly(2026, 3, 2), Shanghai));

        Assert.Equal(
        [
            new SegmentMove(null, "hibernating", 1),
            new SegmentMove("about_to_sleep", "loyal", 1),
            new SegmentMove("at_risk", "hibernating", 1),
        ], moves);
    }

    public async ValueTask DisposeAsync()
    {
        await _stores.DisposeAsync();
        _files.Dispose();
    }
}
