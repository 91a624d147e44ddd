using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// What the inventory page shows for a period: the ABC × XYZ matrix over it (ranked by <see cref="Basis"/>), the
/// replenishment lines that need an order (demand over the same days), the latest purchase orders, and how fresh each
/// side is: the sales figures (matrix, classes, demand) were computed at <paramref name="SalesComputedAt"/> from sales
/// up to <paramref name="LastSalesDay"/>; stock positions and purchase orders were read at <paramref name="StockReadAt"/>.
/// </summary>
public sealed record InventoryOverview(
    DateOnly From, DateOnly To, AbcBasis Basis, DateOnly? LastSalesDay, DateTimeOffset SalesComputedAt, DateTimeOffset StockReadAt,
    IReadOnlyList<AbcXyzCell> Matrix, int Positions, IReadOnlyList<ReplenishmentLine> ToOrder, IReadOnlyList<PurchaseOrder> PurchaseOrders);
