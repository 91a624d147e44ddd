namespace CommerceOps.Domain.AfterSales;

/// <summary>Units of one order line in a return, with the refund they are worth (<see cref="RefundAllocation"/>).</summary>
public sealed class ReturnLine
{
    private ReturnLine() { }

    public ReturnLine(long orderLineId, long skuId, string skuCode, string productTitle, string categoryCode, long? warehouseId, int quantity, decimal refundAmount)
    {
        OrderLineId = orderLineId;
        SkuId = skuId;
        SkuCode = skuCode;
        ProductTitle = productTitle;
        CategoryCode = categoryCode;
        WarehouseId = warehouseId;
        Quantity = quantity;
        RefundAmount = refundAmount;
    }

    public long Id { get; private set; }
    public long ReturnRequestId { get; private set; }
    public long OrderLineId { get; private set; }
    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string ProductTitle { get; private set; } = "";
    public string CategoryCode { get; private set; } = "";
    /// <summary>Where the units left from, and where they go back to.</summary>
    public long? WarehouseId { get; private set; }
    public int Quantity { get; private set; }
    public decimal RefundAmount { get; private set; }
}
