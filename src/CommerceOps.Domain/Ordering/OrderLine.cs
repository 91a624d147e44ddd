using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Ordering;

public sealed class OrderLine
{
    private OrderLine() { }

    internal OrderLine(long skuId, string skuCode, string productTitle, string categoryCode, int quantity, decimal unitPrice, long? warehouseId, decimal discount,
        ReturnPolicyConfirmation? returnConfirmation = null)
    {
        SkuId = skuId;
        CategoryCode = categoryCode;
        SkuCode = skuCode;
        ProductTitle = productTitle;
        Quantity = quantity;
        UnitPrice = unitPrice;
        WarehouseId = warehouseId;
        Discount = discount;
        ReturnConfirmation = returnConfirmation;
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

    /// <summary>
    /// The promotions' discount allocated to this line at checkout (to the fen, so the lines' discounts sum to the
    /// order's): what a refund of the line keeps back. 0 for lines without promotions and for imported history.
    /// </summary>
    public decimal Discount { get; private set; }

    /// <summary>The buyer's confirmation that the line is excluded from no-reason returns; null when it is not excluded.</summary>
    public ReturnPolicyConfirmation? ReturnConfirmation { get; private set; }

    /// <summary>The list price times the quantity, before promotions.</summary>
    public decimal GrossTotal => Money.Round(UnitPrice * Quantity);

    /// <summary>What the customer pays for the line: gross less the allocated discount.</summary>
    public decimal LineTotal => GrossTotal - Discount;
}
