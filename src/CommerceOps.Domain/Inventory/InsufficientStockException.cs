using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Inventory;

public sealed class InsufficientStockException(string skuCode, int available, int requested)
    : DomainException($"Only {available} of SKU {skuCode} available; {requested} requested.", "quantity")
{
    public string SkuCode { get; } = skuCode;
}
