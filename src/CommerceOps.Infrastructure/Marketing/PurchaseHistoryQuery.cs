using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Lifetime;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>
/// Every customer's BG/NBD summary as of a date, in days, computed by DuckDB from <c>fact_orders</c>. A purchase is a
/// day with at least one non-cancelled order (days counted from the as-of midnight, so day −1 is the day before D), as
/// is usual for these models: x = purchase days − 1, t_x = last − first purchase day, T = days from the first purchase
/// day to D, z̄ = mean order value of the repeat purchase days (the first day's value left out).
/// </summary>
public sealed class PurchaseHistoryQuery(AnalyticsStore store)
{
    private static readonly string Cancelled = OrderStatus.Cancelled.ToWire();

    public IReadOnlyList<CustomerPurchaseHistory> AsOf(RfmAsOf asOf)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH purchase_days AS (
                SELECT customer_code AS customer_id,
                       CAST(floor((epoch_us(placed_at) - $1 * 1000000) / 86400000000.0) AS BIGINT) AS day,
                       sum(total) AS value
                FROM fact_orders
                WHERE customer_code IS NOT NULL AND status <> '{Cancelled}' AND placed_at < to_timestamp($1)
                GROUP BY ALL
            )
            SELECT customer_id, count(*) - 1 AS x, max(day) - min(day) AS t_x, -min(day) AS t,
                   CAST((sum(value) - arg_min(value, day)) AS DOUBLE) / nullif(count(*) - 1, 0) AS zbar
            FROM purchase_days
            GROUP BY customer_id
            ORDER BY customer_id
            """;
        command.Parameters.Add(new DuckDBParameter(asOf.CutoffUnixSeconds));
        var histories = new List<CustomerPurchaseHistory>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            histories.Add(new CustomerPurchaseHistory(reader.GetString(0), new PurchaseHistory(
                reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetDouble(4))));
        }
        return histories;
    }
}
