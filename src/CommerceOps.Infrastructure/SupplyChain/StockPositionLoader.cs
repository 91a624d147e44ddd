using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;
using CommerceOps.Infrastructure.Persistence;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// Copies the stock positions of the platform's own and bonded warehouses from the commerce store into DuckDB's
/// <see cref="ReplenishmentPositions"/> table: on hand, reserved, units on open purchase orders (in transit), and the
/// SKU's supplier with its MOQ, pack size, cost and lead time. A supplier's lead time is what its received purchase
/// orders show (sent → fully received) once there are <see cref="MinObservedOrders"/> of them, the agreed one before.
/// Supplier-cloud warehouses are the supplier's own stock and are not replenished by the platform.
/// </summary>
public sealed class StockPositionLoader(CommerceDbContext db)
{
    public const int MinObservedOrders = 3;

    /// <summary>The lead time assumed for SKUs that have no supplier yet.</summary>
    public static readonly LeadTime DefaultLeadTime = new(7, 2);

    public async Task<int> LoadAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var leadTimes = await LeadTimesAsync(cancellationToken);
        var supplierCodes = await db.Suppliers.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, cancellationToken);
        var items = new Dictionary<long, SupplierItem>();
        foreach (var item in await db.SupplierItems.AsNoTracking().OrderBy(i => i.SupplierId).ToListAsync(cancellationToken))
            items.TryAdd(item.SkuId, item); // the first supplier of a SKU is its preferred one
        var inTransit = (await (
                from l in db.PurchaseOrderLines.AsNoTracking()
                join o in db.PurchaseOrders on l.PurchaseOrderId equals o.Id
                where o.Status == PurchaseOrderStatus.Sent || o.Status == PurchaseOrderStatus.PartlyReceived
                select new { l.SkuId, o.WarehouseId, Outstanding = l.Quantity - l.ReceivedQuantity }).ToListAsync(cancellationToken))
            .GroupBy(x => (x.SkuId, x.WarehouseId)).ToDictionary(g => g.Key, g => g.Sum(x => x.Outstanding));

        ReplenishmentPositions.CreateTemporary(connection);
        using var appender = connection.CreateAppender(ReplenishmentPositions.Table);
        var rows = 0;
        var positions =
            from s in db.StockItems.AsNoTracking()
            join w in db.Warehouses on s.WarehouseId equals w.Id
            where w.Kind != WarehouseKind.SupplierCloud
            select new { s.SkuId, s.SkuCode, s.WarehouseId, s.WarehouseCode, s.OnHand, s.Reserved };
        await foreach (var p in positions.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            items.TryGetValue(p.SkuId, out var item);
            var leadTime = item is null ? DefaultLeadTime : leadTimes[item.SupplierId];
            appender.CreateRow()
                .AppendValue(p.SkuCode).AppendValue(p.WarehouseCode).AppendValue(p.OnHand).AppendValue(p.Reserved)
                .AppendValue(inTransit.GetValueOrDefault((p.SkuId, p.WarehouseId)))
                .AppendValue(item is null ? null : supplierCodes[item.SupplierId])
                .AppendValue(leadTime.MeanDays).AppendValue(leadTime.SdDays)
                .AppendValue(item?.MinimumOrderQuantity ?? 1).AppendValue(item?.PackSize ?? 1)
                .AppendValue(item?.UnitCost)
                .EndRow();
            rows++;
        }
        return rows;
    }

    private async Task<Dictionary<long, LeadTime>> LeadTimesAsync(CancellationToken cancellationToken)
    {
        var received = (await db.PurchaseOrders.AsNoTracking()
                .Where(o => o.Status == PurchaseOrderStatus.Received && o.SentAt != null && o.ReceivedAt != null)
                .Select(o => new { o.SupplierId, o.SentAt, o.ReceivedAt }).ToListAsync(cancellationToken))
            .GroupBy(o => o.SupplierId)
            .ToDictionary(g => g.Key, g => g.Select(o => (o.ReceivedAt!.Value - o.SentAt!.Value).TotalDays).ToList());
        var leadTimes = new Dictionary<long, LeadTime>();
        foreach (var supplier in await db.Suppliers.AsNoTracking().ToListAsync(cancellationToken))
            leadTimes[supplier.Id] = received.TryGetValue(supplier.Id, out var days) && days.Count >= MinObservedOrders
                ? Observed(days)
                : supplier.LeadTime;
        return leadTimes;
    }

    /// <summary>Mean and sample standard deviation of the observed lead times.</summary>
    private static LeadTime Observed(List<double> days)
    {
        var mean = days.Average();
        var variance = days.Sum(d => (d - mean) * (d - mean)) / (days.Count - 1);
        return new LeadTime(mean, Math.Sqrt(variance));
    }
}
