using CommerceOps.Domain.Analytics;
using CommerceOps.Domain.Marketing.Content;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Marketing.Content;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.Marketing.Content;

/// <summary>
/// Last-touch attribution over a real DuckDB file: each customer below is one edge case, and every expected number
/// is worked out by hand from the rows written here.
/// </summary>
public sealed class ContentAttributionQueryTests : IAsyncLifetime
{
    private const long Guide = 1, Video = 2, Live = 3;
    private static readonly DateTimeOffset T = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly AnalyticsPeriod November = AnalyticsPeriod.FromDays(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "commerceops-content-" + Guid.NewGuid().ToString("N"));
    private AnalyticsStore _store = null!;

    private ContentAttributionQuery Query => new(_store);

    public async ValueTask InitializeAsync()
    {
        _store = new AnalyticsStore(StorageOptions.Resolve(_directory, null));
        (string Number, string Customer, DateTimeOffset At, decimal Total, string Status)[] orders =
        [
            ("A1", "A", T, 100.00m, "paid"),
            ("B1", "B", T, 50.00m, "completed"),
            ("C1", "C", T, 30.00m, "shipped"),
            ("D1", "D", T, 20.00m, "delivered"),
            ("E1", "E", T, 10.00m, "cod_confirmed"),
            ("E2", "E", T.AddDays(1), 5.00m, "paid"),
            ("F1", "F", T, 999.00m, "cancelled"),
            ("G1", "G", T, 888.00m, "placed"),
            ("A0", "A", new DateTimeOffset(2026, 10, 31, 15, 59, 59, TimeSpan.Zero), 77.00m, "paid"), // 23:59:59 on 31 Oct in China: before the period
        ];
        await _store.WriteAsync(connection =>
        {
            foreach (var o in orders)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at)
                    VALUES (?, ?, 'private', 'quick_pay', 'CNY', ?, 1, ?, 'test', to_timestamp(?))
                    """;
                foreach (var value in new object[] { o.Number, o.Customer, o.Total, o.Status, (double)o.At.ToUnixTimeSeconds() })
                    insert.Parameters.Add(new DuckDBParameter(value));
                insert.ExecuteNonQuery();
            }
            return 0;
        }, TestContext.Current.CancellationToken);

        await new ContentTouchLog(_store).AppendAsync(
        [
            Touch("A", Guide, T.AddDays(-7)),                      // exactly at the window's edge: counts
            Touch("B", Guide, T.AddDays(-7).AddSeconds(-1)),       // one second too early
            Touch("C", Guide, T.AddDays(-3)),
            Touch("C", Video, T.AddDays(-1)),                      // C's last touch before the order
            Touch("C", Live, T.AddHours(1)),                       // after the order: ignored
            Touch("D", Guide, T.AddHours(-2)),
            Touch("D", Live, T.AddHours(-2)),                      // same instant: the live stream wins
            Touch("E", Live, T),                                   // at the order's instant: counts, for E1 and E2
            Touch("F", Guide, T.AddHours(-1)),                     // cancelled order
            Touch("G", Guide, T.AddHours(-1)),                     // unpaid order
            Touch(null, Live, T.AddHours(-5), anonymousId: "anon-1"),
        ], TestContext.Current.CancellationToken);
    }

    private static ContentTouch Touch(string? customer, long content, DateTimeOffset at, string? anonymousId = null) =>
        new(Guid.NewGuid(), at, content, content == Live ? ContentTypes.LiveStream : content == Video ? ContentTypes.ShortVideo : ContentTypes.Guide,
            content == Live ? TouchActions.Watch : TouchActions.View, customer, anonymousId, null, null);

    [Fact]
    public void Each_paid_order_goes_to_the_last_touch_within_seven_days()
    {
        var orders = Query.Orders(November, AttributionWindow.Default).Select(o => (o.OrderNumber, o.ContentId)).ToList();

        Assert.Equal([("A1", Guide), ("C1", Video), ("D1", Live), ("E1", Live), ("E2", Live)], orders);
    }

    [Fact]
    public void Content_items_get_viewers_orders_buyers_conversion_and_gmv()
    {
        var rows = Query.Performance(November, AttributionWindow.Default);

        Assert.Equal(
        [
            new ContentPerformance(Guide, ContentTypes.Guide, Viewers: 6, Touches: 6, Orders: 1, Buyers: 1, Gmv: 100.00m),
            new ContentPerformance(Live, ContentTypes.LiveStream, Viewers: 4, Touches: 4, Orders: 3, Buyers: 2, Gmv: 35.00m),
            new ContentPerformance(Video, ContentTypes.ShortVideo, Viewers: 1, Touches: 1, Orders: 1, Buyers: 1, Gmv: 30.00m),
        ], rows);
        Assert.Equal(0.5, rows.Single(r => r.IsLiveStream).ConversionRate);
    }

    [Fact]
    public void A_longer_window_reaches_the_touch_a_second_too_early()
    {
        var eightDays = Query.Orders(November, new AttributionWindow(8)).Single(o => o.OrderNumber == "B1");

        Assert.Equal((Guide, T.AddDays(-7).AddSeconds(-1)), (eightDays.ContentId, eightDays.TouchedAt));
    }

    [Fact]
    public void Totals_compare_attributed_orders_with_all_paid_orders_of_the_period()
    {
        var totals = Query.Totals(November, AttributionWindow.Default);

        Assert.Equal(new AttributionTotals(PaidOrders: 6, PaidGmv: 215.00m, AttributedOrders: 5, AttributedGmv: 165.00m), totals);
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
