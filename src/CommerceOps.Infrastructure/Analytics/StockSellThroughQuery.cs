using CommerceOps.Domain.Analytics;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// Stock sell-through by category: units sold / (opening stock + units received). Opening stock is the sum of all
/// stock movements before the period; received counts receipts and return receipts in it; units sold are the order
/// lines of orders not cancelled placed in it.
/// </summary>
public sealed class StockSellThroughQuery(AnalyticsStore store)
{
    public IReadOnlyList<StockSellThroughRow> Run(AnalyticsPeriod period)
    {
        var sql = $"""
            WITH cat AS ({SkuCategories.Sql}),
            stock AS (
                SELECT sku,
                       sum(quantity) FILTER (WHERE occurred_at < make_timestamptz($from)) AS opening,
                       sum(quantity) FILTER (WHERE occurred_at >= make_timestamptz($from) AND occurred_at < make_timestamptz($to)
                                             AND kind IN ('receipt', 'return_receipt')) AS received
                FROM fact_stock_movements GROUP BY sku
            ),
            sold AS (
                SELECT l.sku, sum(l.quantity) AS units FROM fact_order_lines l
                ANTI JOIN (SELECT order_number FROM fact_orders WHERE status = 'cancelled') x ON x.order_number = l.order_number
                WHERE l.placed_at >= make_timestamptz($from) AND l.placed_at < make_timestamptz($to)
                GROUP BY l.sku
            )
            SELECT COALESCE(cat.category, 'unknown') AS category,
                   COALESCE(sum(sold.units), 0)::BIGINT, COALESCE(sum(stock.opening), 0)::BIGINT, COALESCE(sum(stock.received), 0)::BIGINT
            FROM stock FULL JOIN sold USING (sku) LEFT JOIN cat USING (sku)
            GROUP BY 1 ORDER BY 1
            """;
        using var connection = store.OpenConnection();
        using var command = AnalyticsCommand.Create(connection, sql, new Dictionary<string, object?>
        {
            ["from"] = AnalyticsCommand.Micros(period.From),
            ["to"] = AnalyticsCommand.Micros(period.To),
        });
        using var reader = command.ExecuteReader();
        var rows = new List<StockSellThroughRow>();
        while (reader.Read()) rows.Add(new StockSellThroughRow(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        return rows;
    }
}

public sealed record StockSellThroughRow(string Category, long UnitsSold, long OpeningStock, long Received)
{
    /// <summary>Null when there was no stock to sell from (drop-shipped categories keep none of their own).</summary>
    public double? SellThrough => OpeningStock + Received <= 0 ? null : (double)UnitsSold / (OpeningStock + Received);
}
