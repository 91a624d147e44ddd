using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;
using CommerceOps.Domain.Ordering;
using CommerceOps.Infrastructure.Ordering;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Purchasing;

public sealed record DropShipLine(string Sku, string Title, int Quantity);

/// <summary>An order a supplier must ship from its cloud warehouse: paid (or cash on delivery confirmed) and not shipped.</summary>
public sealed record DropShipRequest(
    string OrderNumber, DateTimeOffset PlacedAt, DateTimeOffset? ShipBy, DateTimeOffset? PromisedBy, PostalAddress? Address, IReadOnlyList<DropShipLine> Lines);

/// <summary>
/// The supplier's side of drop-shipping: the shipment requests routed to its cloud warehouse (orders whose lines were
/// reserved there), and posting the carrier and tracking number, which ships the order under its checkout promise.
/// </summary>
public sealed class DropShipRequests(CommerceDbContext db, OrderService orders)
{
    public async Task<IReadOnlyList<DropShipRequest>> ListAsync(string warehouseCode, int limit, CancellationToken ct)
    {
        var warehouse = await CloudWarehouseAsync(warehouseCode, ct);
        var waiting = await db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.ShippedAt == null && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.CodConfirmed)
                        && o.Lines.Any(l => l.WarehouseId == warehouse.Id))
            .OrderBy(o => o.ShipBy).ThenBy(o => o.Number).Take(limit).ToListAsync(ct);
        return waiting.Select(o => new DropShipRequest(o.Number, o.PlacedAt, o.ShipBy, o.PromisedBy, o.ShippingAddress,
            o.Lines.Where(l => l.WarehouseId == warehouse.Id).Select(l => new DropShipLine(l.SkuCode, l.ProductTitle, l.Quantity)).ToList())).ToList();
    }

    public async Task<(Order Order, Shipment Shipment)> ShipAsync(string warehouseCode, string orderNumber, string carrier, string trackingNumber, CancellationToken ct)
    {
        var warehouse = await CloudWarehouseAsync(warehouseCode, ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Number == orderNumber)
            .Select(o => new { o.PromisedBy, Routed = o.Lines.Any(l => l.WarehouseId == warehouse.Id) }).SingleOrDefaultAsync(ct);
        if (order is null || !order.Routed) throw new NotFoundException($"Order '{orderNumber}' was not routed to {warehouseCode}.");
        return await orders.ShipAsync(orderNumber, carrier, trackingNumber, order.PromisedBy, ct);
    }

    private async Task<Warehouse> CloudWarehouseAsync(string code, CancellationToken ct) =>
        await db.Warehouses.AsNoTracking().SingleOrDefaultAsync(w => w.Code == code && w.Kind == WarehouseKind.SupplierCloud, ct)
        ?? throw new NotFoundException($"No supplier cloud warehouse has code '{code}'.");
}
