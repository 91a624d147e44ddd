using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Inventory;

/// <summary>One line of the stock ledger. On-hand stock is, by construction, the sum of its movements.</summary>
public sealed class StockMovement
{
    private StockMovement() { }

    internal StockMovement(long skuId, long warehouseId, StockMovementKind kind, int quantity, DateTimeOffset at, string reference)
    {
        SkuId = skuId;
        WarehouseId = warehouseId;
        Kind = kind;
        Quantity = quantity;
        OccurredAt = at;
        Reference = reference;
    }

    public long Id { get; private set; }
    public long SkuId { get; private set; }
    public long WarehouseId { get; private set; }
    public StockMovementKind Kind { get; private set; }
    public int Quantity { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Reference { get; private set; } = "";
}

public sealed record StockMoved(string SkuCode, string WarehouseCode, string Kind, int Quantity, string Reference) : DomainEvent;
