using System.Globalization;
using System.Text;
using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>
    /// Holds <paramref name="quantity"/> units in the first warehouse of <paramref name="route"/> that has them, in one
    /// statement instead of one failed UPDATE per warehouse before it. The warehouse is picked by a sub-select and the
    /// UPDATE checks availability again on the row it locks, so it cannot oversell; on PostgreSQL a concurrent
    /// reservation can take the picked row's last units first, and then this returns null although a later warehouse
    /// may still have stock — callers fall back to <see cref="TryReserveAsync"/> per warehouse.
    /// </summary>
    /// <returns>The warehouse the units are held in, or null.</returns>
    public async Task<long?> TryReserveFirstAsync(long skuId, IReadOnlyList<long> route, int quantity, CancellationToken ct)
    {
        if (route.Count == 0) return null;
        // A plain command on the unit of work's connection and transaction: EF's raw-SQL query path would add its
        // query-cache lookup and reader shaping to a statement that runs once per order line.
        await using var command = SqliteStatementCache.CreateCommand(db.Database.GetDbConnection());
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.AddParameter("@sku", skuId);
        command.AddParameter("@quantity", quantity);
        var inList = new StringBuilder();
        var routeOrder = new StringBuilder("CASE warehouse_id");
        for (var i = 0; i < route.Count; i++)
        {
            var name = "@w" + i.ToString(CultureInfo.InvariantCulture);
            command.AddParameter(name, route[i]);
            inList.Append(i == 0 ? name : ", " + name);
            routeOrder.Append(CultureInfo.InvariantCulture, $" WHEN {name} THEN {i}");
        }
        command.CommandText = $"""
            UPDATE stock_items SET reserved = reserved + @quantity
            WHERE id = (SELECT id FROM stock_items
                        WHERE sku_id = @sku AND warehouse_id IN ({inList}) AND on_hand - reserved >= @quantity
                        ORDER BY {routeOrder} END LIMIT 1)
              AND on_hand - reserved >= @quantity
            RETURNING warehouse_id
            """;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await command.ExecuteScalarAsync(ct) is { } held and not DBNull ? Convert.ToInt64(held, CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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
