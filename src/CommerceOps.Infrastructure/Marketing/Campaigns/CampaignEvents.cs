using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>The SKU events that fire campaigns, read from the store: price drops (price history) and restocks (stock movements).</summary>
public sealed class CampaignEvents(CommerceDbContext db)
{
    /// <summary>Price changes to a lower price in (<paramref name="since"/>, <paramref name="until"/>].</summary>
    public Task<List<SkuEvent>> PriceDropsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken ct) =>
        (from p in db.PriceChanges.AsNoTracking()
         join s in db.Skus.AsNoTracking() on p.SkuId equals s.Id
         where p.OldPrice != null && (p.NewPrice < p.OldPrice) && (p.ChangedAt > since) && p.ChangedAt <= until
         select new SkuEvent(s.Code, p.ChangedAt)).ToListAsync(ct);

    /// <summary>
    /// Receipts in (<paramref name="since"/>, <paramref name="until"/>] that brought a SKU back from no stock on hand (all
    /// warehouses together): the on-hand before the receipt is today's on-hand less every movement since.
    /// </summary>
    public async Task<List<SkuEvent>> RestocksAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        var receipts = await db.StockMovements.AsNoTracking()
            .Where(m => (m.Kind == StockMovementKind.Receipt || m.Kind == StockMovementKind.ReturnReceipt) && m.OccurredAt > since && m.OccurredAt <= until)
            .Select(m => new { m.Id, m.SkuId, m.OccurredAt })
            .ToListAsync(ct);
        var events = new List<SkuEvent>();
        foreach (var sku in receipts.GroupBy(r => r.SkuId))
        {
            var skuId = sku.Key;
            var onHand = await db.StockItems.Where(s => s.SkuId == skuId).SumAsync(s => s.OnHand, ct);
            var movements = await db.StockMovements.AsNoTracking().Where(m => m.SkuId == skuId && m.OccurredAt > since)
                .Select(m => new { m.Id, m.OccurredAt, m.Quantity }).ToListAsync(ct);
            var code = await db.Skus.Where(s => s.Id == skuId).Select(s => s.Code).SingleAsync(ct);
            foreach (var receipt in sku.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id))
            {
                var before = onHand - movements.Where(m => m.OccurredAt > receipt.OccurredAt || (m.OccurredAt == receipt.OccurredAt && m.Id >= receipt.Id)).Sum(m => m.Quantity);
                if (before <= 0) events.Add(new SkuEvent(code, receipt.OccurredAt));
            }
        }
        return events;
    }
}
