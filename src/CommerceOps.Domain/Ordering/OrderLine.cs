using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Ordering;

public sealed class OrderLine
{
    private OrderLine() { }

    internal OrderLine(long skuId, string skuCode, string productTitle, string categoryCode, int quantity, decimal unitPrice, long? warehouseId)
    {
        SkuId = skuId;
        CategoryCode = categoryCode;
        SkuCode = skuCode;
        ProductTitle = productTitle;
        Quantity = quantity;
        UnitPrice = unitPrice;
        WarehouseId = warehouseId;
    }

    public long Id { get; private set; }
    public long OrderId { get; private set; }
    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public string ProductTitle { get; private set; } = "";
    /// <summary>The category at the time of sale, kept so history does not move when the catalog is reorganised.</summary>
    public string CategoryCode { get; private set; } = "";
    /// <summary>Negative only on imported cancellation documents (e.g. Online Retail "C" invoices).</summary>
    public int Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    /// <summary>The warehouse the line's stock was reserved in; null for imported history.</summary>
    public long? WarehouseId { get; private set; }

    public decimal LineTotal => Money.Round(UnitPrice * Quantity);
}
