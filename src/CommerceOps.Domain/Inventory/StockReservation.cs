namespace CommerceOps.Domain.Inventory;

public enum ReservationStatus
{
    Active,
    Shipped,
    Released,
}

/// <summary>Units an order holds in a warehouse; released on cancellation or payment timeout, consumed on shipment.</summary>
public sealed class StockReservation
{
    private StockReservation() { }

    public StockReservation(long orderId, long skuId, long warehouseId, int quantity, DateTimeOffset createdAt)
    {
        OrderId = orderId;
        SkuId = skuId;
        WarehouseId = warehouseId;
        Quantity = quantity;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public long SkuId { get; private set; }
    public long WarehouseId { get; private set; }
    public int Quantity { get; private set; }
    public ReservationStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void MarkReleased() => Status = ReservationStatus.Released;

    public void MarkShipped() => Status = ReservationStatus.Shipped;
}
