using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Analytics;

/// <summary>
/// 动销率 by category: the share of listed SKUs (SKUs of published products, from the commerce store) with at least
/// one sale in the period (an order line of an order not cancelled, from the analytics store).
/// </summary>
public sealed class SellThroughQuery(CommerceDbContext db, AnalyticsStore store)
{
    public async Task<IReadOnlyList<SellThroughRow>> RunAsync(AnalyticsPeriod period, CancellationToken cancellationToken)
    {
        var listed = await (
            from p in db.Products
            where p.IsPublished
            join c in db.Categories on p.CategoryId equals c.Id
            from s in p.Skus
            select new { Sku = s.Code, Category = c.Code, c.Name }).ToListAsync(cancellationToken);

        var sold = new HashSet<string>(StringComparer.Ordinal);
        using (var connection = store.OpenConnection())
        using (var command = AnalyticsCommand.Create(connection, """
            SELECT DISTINCT l.sku FROM fact_order_lines l
            ANTI JOIN (SELECT order_number FROM fact_orders WHERE status = 'cancelled') x ON x.order_number = l.order_number
            WHERE l.placed_at >= make_timestamptz($from) AND l.placed_at < make_timestamptz($to)
            """, new Dictionary<string, object?> { ["from"] = AnalyticsCommand.Micros(period.From), ["to"] = AnalyticsCommand.Micros(period.To) }))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) sold.Add(reader.GetString(0));
        }

        return [.. listed.GroupBy(l => (l.Category, l.Name))
            .Select(g => new SellThroughRow(g.Key.Category, g.Key.Name, g.Count(), g.Count(l => sold.Contains(l.Sku))))
            .OrderBy(r => r.Category, StringComparer.Ordinal)];
    }
}

public sealed record SellThroughRow(string Category, string CategoryName, int ListedSkus, int SkusSold)
{
    public double SellThroughRate => ListedSkus == 0 ? 0 : (double)SkusSold / ListedSkus;
}
