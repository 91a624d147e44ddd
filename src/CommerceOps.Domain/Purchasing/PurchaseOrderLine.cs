namespace CommerceOps.Domain.Purchasing;

public sealed class PurchaseOrderLine
{
    private PurchaseOrderLine() { }

    internal PurchaseOrderLine(long skuId, string skuCode, int quantity, decimal unitCost)
    {
        SkuId = skuId;
        SkuCode = skuCode;
        Quantity = quantity;
        UnitCost = unitCost;
    }

    public long Id { get; private set; }
    public long PurchaseOrderId { get; private set; }
    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public int Quantity { get; private set; }
    public int ReceivedQuantity { get; private set; }
    public decimal UnitCost { get; private set; }

    /// <summary>Ordered and not yet received: stock in transit.</summary>
    public int Outstanding => Quantity - ReceivedQuantity;

    internal void Receive(int quantity) => ReceivedQuantity += quantity;
}
