using CommerceOps.Domain.Purchasing;
using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// What the inventory page shows for a period: the ABC × XYZ matrix over it (ranked by <see cref="Basis"/>), the
/// replenishment lines that need an order (demand over the same days), the latest purchase orders, and when the
/// underlying data was last updated.
/// </summary>
public sealed record InventoryOverview(
    DateOnly From, DateOnly To, AbcBasis Basis, DateOnly? LastSalesDay, DateTimeOffset ComputedAt,
    IReadOnlyList<AbcXyzCell> Matrix, int Positions, IReadOnlyList<ReplenishmentLine> ToOrder, IReadOnlyList<PurchaseOrder> PurchaseOrders);
