using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>One region's delivered orders with a promise and how many arrived by the end of the promised day.</summary>
public sealed record PromiseKeptRate(string Region, int Orders, int Kept)
{
    public double KeptRate => Orders == 0 ? 0 : (double)Kept / Orders;
}

/// <summary>
/// Promise-kept rate by region over delivered orders that carry a promise. The promise is stored as the instant the
/// promised day ends (<see cref="Domain.Ordering.Order.PromisedBy"/>), so "delivered on or before the promised date" is
/// one comparison the database does while grouping.
/// </summary>
public sealed class DeliveryPromiseReport(CommerceDbContext db)
{
    public async Task<IReadOnlyList<PromiseKeptRate>> ByRegionAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Orders.AsNoTracking()
            .Where(o => o.DeliveredAt != null && o.PromisedBy != null)
            .GroupBy(o => o.ShippingAddress!.Province)
            .Select(g => new { Region = g.Key, Orders = g.Count(), Kept = g.Count(o => o.DeliveredAt < o.PromisedBy) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PromiseKeptRate(r.Region ?? "", r.Orders, r.Kept))
            .OrderBy(r => r.Region, StringComparer.Ordinal).ToList();
    }
}
