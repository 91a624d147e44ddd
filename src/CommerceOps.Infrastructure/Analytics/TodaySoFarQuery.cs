using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// The console's overview numbers, in SQL over <c>fact_orders</c> and <c>behaviour_events</c>. Bounds are passed
/// as epoch seconds and turned into instants with <c>to_timestamp</c>, so the session's time zone never matters;
/// Shanghai has no daylight saving, so its hour of day is the UTC epoch shifted by eight hours.
/// </summary>
public sealed class TodaySoFarQuery(AnalyticsStore store, TimeProvider time)
{
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    private const string TotalsSql = """
        WITH orders AS (
            SELECT CASE WHEN placed_at >= to_timestamp($today) THEN 'today' ELSE 'yesterday' END AS day,
                   total, customer_code, paid_at IS NOT NULL OR payment_method = 'cash_on_delivery' AS paying
            FROM fact_orders
            WHERE cancelled_at IS NULL
              AND ((placed_at >= to_timestamp($today) AND placed_at < to_timestamp($now))
                OR (placed_at >= to_timestamp($yesterday) AND placed_at < to_timestamp($yesterday_cut)))
        ), visits AS (
            SELECT CASE WHEN occurred_at >= to_timestamp($today) THEN 'today' ELSE 'yesterday' END AS day,
                   COUNT(DISTINCT COALESCE(customer_id, anonymous_id, session_id)) AS visitors
            FROM behaviour_events
            WHERE (occurred_at >= to_timestamp($today) AND occurred_at < to_timestamp($now))
               OR (occurred_at >= to_timestamp($yesterday) AND occurred_at < to_timestamp($yesterday_cut))
            GROUP BY 1
        ), order_totals AS (
            SELECT day, SUM(total) AS gmv, COUNT(*) AS orders, COUNT(DISTINCT customer_code) FILTER (WHERE paying) AS payers
            FROM orders GROUP BY day
        )
        SELECT d.day, COALESCE(o.gmv, 0), COALESCE(o.orders, 0), COALESCE(o.payers, 0), COALESCE(v.visitors, 0)
        FROM (VALUES ('today'), ('yesterday')) d(day)
        LEFT JOIN order_totals o USING (day)
        LEFT JOIN visits v USING (day)
        """;

    private const string HoursSql = """
        SELECT placed_at >= to_timestamp($today) AS is_today,
               CAST(((CAST(epoch(placed_at) AS BIGINT) + 28800) // 3600) % 24 AS INTEGER) AS hour,
               SUM(total), COUNT(*)
        FROM fact_orders
        WHERE cancelled_at IS NULL AND placed_at >= to_timestamp($yesterday) AND placed_at < to_timestamp($now)
        GROUP BY ALL
        """;

    private const string FreshnessSql = """
        SELECT (SELECT MAX(placed_at) FROM fact_orders WHERE placed_at >= to_timestamp($yesterday)),
               (SELECT MAX(occurred_at) FROM behaviour_events WHERE occurred_at >= to_timestamp($yesterday))
        """;

    public TodaySoFar Run()
    {
        var now = time.GetUtcNow();
        var local = now.ToOffset(ShanghaiOffset);
        var today = DateOnly.FromDateTime(local.DateTime);
        var todayStart = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), ShanghaiOffset);
        var yesterdayStart = todayStart.AddDays(-1);
        var bounds = new Dictionary<string, double>
        {
            ["today"] = todayStart.ToUnixTimeMilliseconds() / 1000.0,
            ["now"] = now.ToUnixTimeMilliseconds() / 1000.0,
            ["yesterday"] = yesterdayStart.ToUnixTimeMilliseconds() / 1000.0,
            ["yesterday_cut"] = (now - TimeSpan.FromDays(1)).ToUnixTimeMilliseconds() / 1000.0,
        };

        using var connection = store.OpenConnection();
        var totals = new Dictionary<string, DayTotals>();
        using (var command = Command(connection, TotalsSql, bounds))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                totals[reader.GetString(0)] = new DayTotals(reader.GetDecimal(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));

        var hours = Enumerable.Range(0, 24).ToDictionary(h => h, h => (TodayGmv: (decimal?)null, TodayOrders: (long?)null, YesterdayGmv: 0m, YesterdayOrders: 0L));
        var currentHour = local.Hour;
        for (var h = 0; h <= currentHour; h++) hours[h] = hours[h] with { TodayGmv = 0m, TodayOrders = 0L };
        using (var command = Command(connection, HoursSql, bounds))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var hour = reader.GetInt32(1);
                hours[hour] = reader.GetBoolean(0)
                    ? hours[hour] with { TodayGmv = reader.GetDecimal(2), TodayOrders = reader.GetInt64(3) }
                    : hours[hour] with { YesterdayGmv = reader.GetDecimal(2), YesterdayOrders = reader.GetInt64(3) };
            }

        DateTimeOffset? latestOrder = null, latestEvent = null;
        using (var command = Command(connection, FreshnessSql, bounds))
        using (var reader = command.ExecuteReader())
            if (reader.Read())
            {
                latestOrder = reader.IsDBNull(0) ? null : Instant(reader.GetValue(0));
                latestEvent = reader.IsDBNull(1) ? null : Instant(reader.GetValue(1));
            }

        return new TodaySoFar(today, now, totals["today"], totals["yesterday"],
            [.. hours.OrderBy(h => h.Key).Select(h => new HourTotals(h.Key, h.Value.TodayGmv, h.Value.TodayOrders, h.Value.YesterdayGmv, h.Value.YesterdayOrders))],
            latestOrder, latestEvent);
    }

    private static DuckDBCommand Command(DuckDBConnection connection, string sql, Dictionary<string, double> bounds)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in bounds) command.Parameters.Add(new DuckDBParameter(name, value));
        return command;
    }

    // DuckDB.NET returns TIMESTAMPTZ as a UTC DateTime (or DateTimeOffset, depending on version).
    private static DateTimeOffset Instant(object value) => value switch
    {
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => throw new InvalidOperationException($"Unexpected timestamp type {value.GetType()}."),
    };
}
