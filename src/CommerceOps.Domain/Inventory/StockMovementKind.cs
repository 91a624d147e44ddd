namespace CommerceOps.Domain.Inventory;

public enum StockMovementKind
{
    Receipt,
    Shipment,
    Adjustment,
    ReturnReceipt,
}
