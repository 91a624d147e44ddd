using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Sales by category, weekday and hour of day in China time (when fruit sells after 20:00, apparel at weekends).
/// Hours come from epoch arithmetic at UTC+8, so the answer does not depend on the database's time zone.
/// </summary>
public sealed class SalesHeatMapQuery(AnalyticsStore store)
{
    public IReadOnlyList<SalesHeatMapCell> Run(AnalyticsPeriod period)
    {
        const string sql = """
            WITH l AS (
                SELECT COALESCE(l.category, 'unknown') AS category, (epoch(l.placed_at)::BIGINT + 28800) AS local_s, l.order_number, l.amount
                FROM fact_order_lines l
                ANTI JOIN (SELECT order_number FROM fact_orders WHERE status = 'cancelled') x ON x.order_number = l.order_number
                WHERE l.placed_at >= make_timestamptz($from) AND l.placed_at < make_timestamptz($to)
            )
            SELECT category, ((local_s // 86400 + 3) % 7)::INTEGER AS weekday, ((local_s % 86400) // 3600)::INTEGER AS hour,
                   count(DISTINCT order_number) AS orders, sum(amount)::DECIMAL(18,2) AS gmv
            FROM l GROUP BY ALL ORDER BY category, weekday, hour
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, new Dictionary<string, object?>
        {
            ["from"] = AnalyticsCommand.Micros(period.From),
            ["to"] = AnalyticsCommand.Micros(period.To),
        });
        using var reader = command.ExecuteReader();
        var cells = new List<SalesHeatMapCell>();
        while (reader.Read())
            cells.Add(new SalesHeatMapCell(reader.GetString(0), (DayOfWeek)((reader.GetInt32(1) + 1) % 7), reader.GetInt32(2), reader.GetInt64(3), reader.GetDecimal(4)));
        return cells;
    }
}

/// <param name="Hour">0–23, China time.</param>
public sealed record SalesHeatMapCell(string Category, DayOfWeek Weekday, int Hour, long Orders, decimal Gmv);
