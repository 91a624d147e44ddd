using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Analytics;

public sealed class TodaySoFarQueryTests : IDisposable
{
    // 2026-11-26 14:30 in Shanghai.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 6, 30, 0, TimeSpan.Zero));
    private readonly AnalyticsStore _store = new(StorageOptions.Resolve(Path.Combine(Path.GetTempPath(), "commerceops-today-" + Guid.NewGuid().ToString("N")), null));

    [Fact]
    public async Task Today_so_far_is_compared_with_yesterday_up_to_the_same_time_of_day_in_shanghai()
    {
        await InsertAsync("""
            INSERT INTO fact_orders (order_number, customer_code, channel, payment_method, currency, total, line_count, status, source, placed_at, paid_at, cancelled_at) VALUES
              ('A', 'C1', 'organic', 'quick_pay', 'CNY', 100.00, 1, 'paid', 'demo', '2026-11-26 09:10:00+08', '2026-11-26 09:11:00+08', NULL),
              ('B', 'C2', 'organic', 'cash_on_delivery', 'CNY', 50.50, 1, 'cod_confirmed', 'demo', '2026-11-26 14:20:00+08', NULL, NULL),
              ('C', 'C1', 'paid', 'quick_pay', 'CNY', 999.00, 1, 'cancelled', 'demo', '2026-11-26 10:00:00+08', NULL, '2026-11-26 10:30:00+08'),
              ('F', 'C4', 'live', 'quick_pay', 'CNY', 10.00, 1, 'placed', 'demo', '2026-11-26 00:30:00+08', NULL, NULL),
              ('D', 'C1', 'organic', 'quick_pay', 'CNY', 30.00, 1, 'paid', 'demo', '2026-11-25 14:00:00+08', '2026-11-25 14:01:00+08', NULL),
              ('E', 'C3', 'organic', 'quick_pay', 'CNY', 70.00, 1, 'paid', 'demo', '2026-11-25 15:00:00+08', '2026-11-25 15:01:00+08', NULL),
              ('G', 'C3', 'organic', 'quick_pay', 'CNY', 5.00, 1, 'paid', 'demo', '2026-11-24 23:59:00+08', '2026-11-24 23:59:30+08', NULL);
            INSERT INTO behaviour_events (event_id, occurred_at, type, session_id, customer_id, anonymous_id, channel) VALUES
              (uuid(), '2026-11-26 09:00:00+08', 'home_view', 's1', 'C1', NULL, 'organic'),
              (uuid(), '2026-11-26 09:05:00+08', 'product_view', 's1', 'C1', NULL, 'organic'),
              (uuid(), '2026-11-26 11:00:00+08', 'home_view', 's2', NULL, 'a1', 'paid'),
              (uuid(), '2026-11-25 08:00:00+08', 'home_view', 's9', NULL, NULL, 'organic'),
              (uuid(), '2026-11-25 20:00:00+08', 'home_view', 's8', 'C5', NULL, 'organic');
            """);

        var result = new TodaySoFarQuery(_store, _time).Run();

        Assert.Equal(new DateOnly(2026, 11, 26), result.Today);
        Assert.Equal(new DayTotals(160.50m, 3, 2, 2), result.TodayTotals);
        Assert.Equal(new DayTotals(30.00m, 1, 1, 1), result.YesterdayTotals);
        Assert.Equal(1.0, result.TodayTotals.Conversion);
        Assert.Equal(53.50m, result.TodayTotals.AverageOrderValue);
        Assert.Equal(24, result.Hours.Count);
        Assert.Equal(new HourTotals(0, 10.00m, 1, 0m, 0), result.Hours[0]);
        Assert.Equal(new HourTotals(9, 100.00m, 1, 0m, 0), result.Hours[9]);
        Assert.Equal(new HourTotals(14, 50.50m, 1, 30.00m, 1), result.Hours[14]);
        // The rest of today has not happened yet; yesterday's whole day is drawn.
        Assert.Equal(new HourTotals(15, null, null, 70.00m, 1), result.Hours[15]);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 14, 20, 0, TimeSpan.FromHours(8)), result.LatestOrderAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.FromHours(8)), result.LatestEventAt);
    }

    [Fact]
    public void An_empty_store_gives_zeros_and_no_ratios()
    {
        var result = new TodaySoFarQuery(_store, _time).Run();

        Assert.Equal(new DayTotals(0m, 0, 0, 0), result.TodayTotals);
        Assert.Null(result.TodayTotals.Conversion);
        Assert.Null(result.TodayTotals.AverageOrderValue);
        Assert.Null(result.LatestOrderAt);
    }

    private Task InsertAsync(string sql) => _store.WriteAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }, TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _store.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_store.Path)!, recursive: true); } catch (IOException) { }
    }
}
