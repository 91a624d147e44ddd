using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>One group's (region, carrier or warehouse) delivered orders with a promise and how many arrived by the end of the promised day.</summary>
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

    /// <summary>The same rate over delivered shipments with a promise, by carrier (empty when no shipment is recorded).</summary>
    public async Task<IReadOnlyList<PromiseKeptRate>> ByCarrierAsync(CancellationToken cancellationToken)
    {
        var rows = await DeliveredShipments()
            .GroupBy(s => s.Carrier)
            .Select(g => new { Key = g.Key, Orders = g.Count(), Kept = g.Count(s => s.DeliveredAt <= s.PromisedBy) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PromiseKeptRate(r.Key, r.Orders, r.Kept)).OrderBy(r => r.Region, StringComparer.Ordinal).ToList();
    }

    /// <summary>The same rate over delivered shipments with a promise, by the warehouse that shipped them.</summary>
    public async Task<IReadOnlyList<PromiseKeptRate>> ByWarehouseAsync(CancellationToken cancellationToken)
    {
        var rows = await DeliveredShipments()
            .GroupBy(s => s.WarehouseId)
            .Select(g => new { Key = g.Key, Orders = g.Count(), Kept = g.Count(s => s.DeliveredAt <= s.PromisedBy) })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Key).ToList();
        var codes = await db.Warehouses.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Code, cancellationToken);
        return rows.Select(r => new PromiseKeptRate(codes.GetValueOrDefault(r.Key, r.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)), r.Orders, r.Kept))
            .OrderBy(r => r.Region, StringComparer.Ordinal).ToList();
    }

    private IQueryable<Domain.Logistics.Shipment> DeliveredShipments() =>
        db.Shipments.AsNoTracking().Where(s => s.DeliveredAt != null && s.PromisedBy != null);
}
