using CommerceOps.Domain.Purchasing;

namespace CommerceOps.Infrastructure.SupplyChain;

/// <summary>
/// What the inventory page shows for a period: the ABC × XYZ matrix over it, the replenishment lines that need an order
/// (demand over the same days), the latest purchase orders, and when the underlying data was last updated.
/// </summary>
public sealed record InventoryOverview(
    DateOnly From, DateOnly To, DateOnly? LastSalesDay, DateTimeOffset ComputedAt,
    IReadOnlyList<AbcXyzCell> Matrix, int Positions, IReadOnlyList<ReplenishmentLine> ToOrder, IReadOnlyList<PurchaseOrder> PurchaseOrders);
