using CommerceOps.Infrastructure.Analytics;
using DuckDB.NET.Data;

namespace CommerceOps.Infrastructure.Tests.SupplyChain;

/// <summary>Writes hand-made order lines straight into the analytics store.</summary>
public static class FactLines
{
    public static void Add(AnalyticsStore analytics, params (string Sku, int Quantity, decimal UnitPrice, DateTimeOffset PlacedAt)[] lines)
    {
        using var connection = analytics.OpenConnection();
        using var appender = connection.CreateAppender("fact_order_lines");
        var n = 0;
        foreach (var (sku, quantity, unitPrice, placedAt) in lines)
        {
            n++;
            appender.CreateRow()
                .AppendValue($"T-{n}").AppendValue(1).AppendValue((string?)null).AppendValue(sku).AppendValue(sku).AppendValue("test")
                .AppendValue(quantity).AppendValue(unitPrice).AppendValue(quantity * unitPrice).AppendValue("CNY").AppendValue("organic")
                .AppendValue("浙江省").AppendValue(placedAt.UtcDateTime)
                .EndRow();
        }
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
