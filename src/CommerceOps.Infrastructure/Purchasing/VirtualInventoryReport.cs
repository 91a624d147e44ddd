using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Purchasing;

/// <summary>A supplier cloud warehouse and the virtual stock it holds for the platform.</summary>
public sealed record SupplierWarehouseStock(
    string WarehouseCode, string WarehouseName, string Supplier, string Province, string City, int Skus, int OnHand, int Reserved, decimal StockValue);

/// <summary>Units of order lines placed in a period by the kind of warehouse they were routed to.</summary>
public sealed record RoutingShare(WarehouseKind Kind, int Lines, int Units, double UnitShare);

/// <summary>
/// Warehousing cost avoided by drop-shipping: <c>cost avoided per year = holding-cost rate × Σ (on hand × unit value)</c>
/// over the stock in suppliers' cloud warehouses, where the unit value is the lowest unit cost any supplier quotes for
/// the SKU, or the SKU's selling price when no supplier quotes it. Per day is the yearly figure ÷ 365.
/// </summary>
public sealed record WarehousingCostAvoided(decimal StockValue, decimal HoldingCostRate, decimal PerYear, decimal PerDay);

/// <summary>The figures of the suppliers page: virtual stock per supplier warehouse, routing share, cost avoided.</summary>
public sealed class VirtualInventoryReport(CommerceDbContext db)
{
    /// <summary>Default annual holding-cost rate (capital, space, insurance, shrinkage) as a share of stock value.</summary>
    public const decimal DefaultHoldingCostRate = 0.225m;

    public async Task<IReadOnlyList<SupplierWarehouseStock>> WarehousesAsync(CancellationToken ct)
    {
        var warehouses = await db.Warehouses.AsNoTracking().Where(w => w.Kind == WarehouseKind.SupplierCloud).OrderBy(w => w.Code).ToListAsync(ct);
        var ids = warehouses.Select(w => w.Id).ToList();
        // One row per stock item with its unit value; decimals are summed here because SQLite cannot sum them exactly.
        var items = await (from s in db.StockItems
                           join k in db.Skus on s.SkuId equals k.Id
                           where ids.Contains(s.WarehouseId)
                           select new
                           {
                               s.WarehouseId, s.OnHand, s.Reserved,
                               Cost = db.SupplierItems.Where(i => i.SkuId == s.SkuId).Min(i => (decimal?)i.UnitCost),
                               k.Price,
                           }).ToListAsync(ct);
        return warehouses.Select(w =>
        {
            var held = items.Where(i => i.WarehouseId == w.Id).ToList();
            return new SupplierWarehouseStock(w.Code, w.Name, w.Supplier ?? "", w.Province, w.City, held.Count(i => i.OnHand > 0),
                held.Sum(i => i.OnHand), held.Sum(i => i.Reserved), held.Sum(i => i.OnHand * (i.Cost ?? i.Price)));
        }).ToList();
    }

    public async Task<IReadOnlyList<RoutingShare>> RoutingSharesAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var rows = await (from l in db.OrderLines
                          join o in db.Orders on l.OrderId equals o.Id
                          join w in db.Warehouses on l.WarehouseId equals w.Id
                          where o.PlacedAt >= start && o.PlacedAt < end && o.CancelledAt == null && l.Quantity > 0
                          group l by w.Kind into g
                          select new { Kind = g.Key, Lines = g.Count(), Units = g.Sum(l => l.Quantity) }).ToListAsync(ct);
        var total = rows.Sum(r => r.Units);
        return rows.OrderBy(r => r.Kind).Select(r => new RoutingShare(r.Kind, r.Lines, r.Units, total == 0 ? 0 : (double)r.Units / total)).ToList();
    }

    public static WarehousingCostAvoided CostAvoided(IReadOnlyList<SupplierWarehouseStock> warehouses, decimal holdingCostRate)
    {
        var value = warehouses.Sum(w => w.StockValue);
        var perYear = Domain.Common.Money.Round(value * holdingCostRate);
        return new WarehousingCostAvoided(value, holdingCostRate, perYear, Domain.Common.Money.Round(value * holdingCostRate / 365m));
    }
}
