using DuckDB.NET.Data;

namespace CommerceOps.Browser.Tests.Support;

/// <summary>
/// The ABC figures the inventory page should show by default (the 90 UTC days up to the latest sale), worked out here
/// in C# from the raw order lines: revenue per SKU, SKUs with revenue above zero, and how many fall in class A
/// (cumulative revenue before the SKU below 80 % of the total, ranked by revenue then SKU); and the 20 best sellers.
/// </summary>
public sealed record ExpectedClasses(DateOnly From, DateOnly To, int ClassifiedSkus, int ClassASkus, IReadOnlyList<string> TopSkus)
{
    public static ExpectedClasses Read(string analyticsPath)
    {
        var lines = new List<(string Sku, long Seconds, decimal Value)>();
        using (var connection = new DuckDBConnection($"Data Source={analyticsPath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sku, CAST(epoch(placed_at) AS BIGINT), quantity, unit_price FROM fact_order_lines";
            using var reader = command.ExecuteReader();
            while (reader.Read()) lines.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2) * reader.GetDecimal(3)));
        }
        var to = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(lines.Max(l => l.Seconds)).UtcDateTime);
        var from = to.AddDays(-89);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
        var revenue = lines.Where(l => l.Seconds >= start && l.Seconds < end)
            .GroupBy(l => l.Sku).Select(g => (Sku: g.Key, Value: g.Sum(l => l.Value))).Where(s => s.Value > 0)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Sku, StringComparer.Ordinal).ToList();
        var total = revenue.Sum(s => s.Value);
        var (before, classA) = (0m, 0);
        foreach (var sku in revenue)
        {
            if (before < 0.80m * total) classA++;
            before += sku.Value;
        }
        return new ExpectedClasses(from, to, revenue.Count, classA, [.. revenue.Take(20).Select(s => s.Sku)]);
    }
}
