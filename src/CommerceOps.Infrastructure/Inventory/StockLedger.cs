using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Inventory;

/// <summary>
/// Reservations and ledger movements against the store. A reservation is one conditional UPDATE, so concurrent
/// checkouts can never take available stock below zero on either provider.
/// </summary>
public sealed class StockLedger(CommerceDbContext db)
{
    /// <summary>Tries to hold <paramref name="quantity"/> units in one warehouse; false if it does not have them.</summary>
    public async Task<bool> TryReserveAsync(long skuId, long warehouseId, int quantity, CancellationToken ct)
    {
        var updated = await db.StockItems
            .Where(s => s.SkuId == skuId && s.WarehouseId == warehouseId && s.OnHand - s.Reserved >= quantity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved + quantity), ct);
        return updated == 1;
    }

    /// <summary>Releases every active reservation of an order (cancellation, payment timeout).</summary>
    public async Task ReleaseAsync(long orderId, CancellationToken ct)
    {
        var reservations = await db.StockReservations
            .Where(r => r.OrderId == orderId && r.Status == ReservationStatus.Active).ToListAsync(ct);
        foreach (var r in reservations)
        {
            await db.StockItems
                .Where(s => s.SkuId == r.SkuId && s.WarehouseId == r.WarehouseId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved - r.Quantity), ct);
            r.MarkReleased();
        }
    }

    /// <summary>Ships an order's reservations: the units leave the shelf through a ledger movement.</summary>
    public async Task ShipAsync(long orderId, string reference, DateTimeOffset at, CancellationToken ct)
    {
        var reservations = await db.StockReservations
            .Where(r => r.OrderId == orderId && r.Status == ReservationStatus.Active).ToListAsync(ct);
        foreach (var r in reservations)
        {
            var item = await db.StockItems.SingleAsync(s => s.SkuId == r.SkuId && s.WarehouseId == r.WarehouseId, ct);
            item.ShipReserved(r.Quantity, reference, at);
            AddNewMovements(item);
            r.MarkShipped();
        }
    }

    /// <summary>Loads or creates the stock item of a SKU in a warehouse.</summary>
    public async Task<StockItem> GetOrCreateAsync(long skuId, string skuCode, Warehouse warehouse, CancellationToken ct)
    {
        var item = await db.StockItems.SingleOrDefaultAsync(s => s.SkuId == skuId && s.WarehouseId == warehouse.Id, ct);
        if (item is not null) return item;
        item = new StockItem(skuId, skuCode, warehouse.Id, warehouse.Code);
        db.StockItems.Add(item);
        return item;
    }

    /// <summary>Movements created on an aggregate are rows of their own; queue them for saving.</summary>
    public void AddNewMovements(StockItem item) => db.StockMovements.AddRange(item.NewMovements);
}
