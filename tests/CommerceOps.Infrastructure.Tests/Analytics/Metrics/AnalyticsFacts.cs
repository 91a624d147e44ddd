using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.Analytics.Metrics;

/// <summary>Writes order facts straight into a test's analytics file (the projector has its own tests).</summary>
public static class AnalyticsFacts
{
    public sealed record Order(string Number, string? Customer, DateTimeOffset PlacedAt, decimal Total, string Channel = "organic",
        string Province = "浙江省", string Status = "paid", string Category = "fruit", string Sku = "SKU-1", int Quantity = 1);

    public static Task AddOrdersAsync(AnalyticsStore store, params Order[] orders) => store.WriteAsync(connection =>
    {
        foreach (var o in orders)
        {
            Execute(connection, """
                INSERT INTO fact_orders (order_number, customer_code, channel, province, city, payment_method, currency, total, line_count, status, source, placed_at)
                VALUES ($n, $c, $ch, $pr, '杭州市', 'quick_pay', 'CNY', $t, 1, $s, 'test', make_timestamptz($at))
                """, o);
            Execute(connection, """
                INSERT INTO fact_order_lines (order_number, line_no, customer_code, sku, product_title, category, quantity, unit_price, amount, currency, channel, province, placed_at)
                VALUES ($n, 1, $c, $sku, 'x', $cat, $q, $t, $t, 'CNY', $ch, $pr, make_timestamptz($at))
                """, o);
        }
        return 0;
    }, TestContext.Current.CancellationToken);

    private static void Execute(DuckDBConnection connection, string sql, Order o)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new Dictionary<string, object?>
        {
            ["n"] = o.Number, ["c"] = o.Customer, ["ch"] = o.Channel, ["pr"] = o.Province, ["t"] = o.Total, ["s"] = o.Status,
            ["at"] = (o.PlacedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond,
            ["sku"] = o.Sku, ["cat"] = o.Category, ["q"] = o.Quantity,
        };
        foreach (var (name, value) in values.Where(v => sql.Contains("$" + v.Key + " ", StringComparison.Ordinal) || sql.Contains("$" + v.Key + ",", StringComparison.Ordinal) || sql.Contains("$" + v.Key + ")", StringComparison.Ordinal)))
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        command.ExecuteNonQuery();
    }
}
