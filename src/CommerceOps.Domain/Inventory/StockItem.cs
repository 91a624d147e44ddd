using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Inventory;

/// <summary>
/// Stock of one SKU in one warehouse. <see cref="OnHand"/> changes only through ledger movements;
/// <see cref="Reserved"/> is what checkouts hold until shipment, cancellation or payment timeout.
/// </summary>
/// <remarks>
/// Under concurrent checkouts the reservation is applied in the database as one conditional update
/// (<c>reserved + q where on_hand - reserved >= q</c>), which is this class's <see cref="Reserve"/> rule in SQL.
/// </remarks>
public sealed class StockItem : AggregateRoot
{
    private readonly List<StockMovement> _movements = [];

    private StockItem() { }

    public StockItem(long skuId, string skuCode, long warehouseId, string warehouseCode)
    {
        SkuId = skuId;
        SkuCode = skuCode;
        WarehouseId = warehouseId;
        WarehouseCode = warehouseCode;
    }

    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public long WarehouseId { get; private set; }
    public string WarehouseCode { get; private set; } = "";
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int Available => OnHand - Reserved;

    /// <summary>Movements added through this instance (the full ledger lives in the database).</summary>
    public IReadOnlyList<StockMovement> NewMovements => _movements;

    public void Receive(int quantity, string reference, DateTimeOffset at)
    {
        if (quantity <= 0) throw new DomainException("A receipt must add at least one unit.", "quantity");
        Move(StockMovementKind.Receipt, quantity, reference, at);
    }

    public void Adjust(int delta, string reference, DateTimeOffset at)
    {
        if (OnHand + delta < Reserved) throw new DomainException("An adjustment cannot take stock below what is reserved.", "quantity");
        Move(StockMovementKind.Adjustment, delta, reference, at);
    }

    public void ReceiveReturn(int quantity, string reference, DateTimeOffset at)
    {
        if (quantity <= 0) throw new DomainException("A return must add at least one unit.", "quantity");
        Move(StockMovementKind.ReturnReceipt, quantity, reference, at);
    }

    public void Reserve(int quantity)
    {
        if (quantity <= 0) throw new DomainException("Reserve at least one unit.", "quantity");
        if (Available < quantity) throw new InsufficientStockException(SkuCode, Available, quantity);
        Reserved += quantity;
    }

    public void Release(int quantity)
    {
        if (quantity <= 0 || quantity > Reserved) throw new DomainException("Cannot release more than is reserved.", "quantity");
        Reserved -= quantity;
    }

    /// <summary>Shipping consumes a reservation and takes the units off the shelf.</summary>
    public void ShipReserved(int quantity, string reference, DateTimeOffset at)
    {
        if (quantity <= 0 || quantity > Reserved) throw new DomainException("Cannot ship more than is reserved.", "quantity");
        Reserved -= quantity;
        Move(StockMovementKind.Shipment, -quantity, reference, at);
    }

    private void Move(StockMovementKind kind, int quantity, string reference, DateTimeOffset at)
    {
        OnHand += quantity;
        _movements.Add(new StockMovement(SkuId, WarehouseId, kind, quantity, at, reference));
        Raise(new StockMoved(SkuCode, WarehouseCode, kind.ToWire(), quantity, reference) { OccurredAt = at });
    }
}
