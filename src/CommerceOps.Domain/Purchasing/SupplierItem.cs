using CommerceOps.Domain.SupplyChain;

namespace CommerceOps.Domain.Purchasing;

/// <summary>A SKU a supplier delivers, with its own MOQ, pack size and purchase cost.</summary>
public sealed class SupplierItem
{
    private SupplierItem() { }

    public SupplierItem(long supplierId, long skuId, string skuCode, SupplyTerms terms, decimal unitCost)
    {
        SupplierId = supplierId;
        SkuId = skuId;
        SkuCode = skuCode;
        Change(terms, unitCost);
    }

    public long Id { get; private set; }
    public long SupplierId { get; private set; }
    public long SkuId { get; private set; }
    public string SkuCode { get; private set; } = "";
    public int MinimumOrderQuantity { get; private set; } = 1;
    public int PackSize { get; private set; } = 1;
    public decimal UnitCost { get; private set; }

    public SupplyTerms Terms => new(MinimumOrderQuantity, PackSize);

    public void Change(SupplyTerms terms, decimal unitCost)
    {
        if (unitCost < 0) throw new Common.DomainException("A unit cost cannot be negative.", "unitCost");
        MinimumOrderQuantity = terms.MinimumOrderQuantity;
        PackSize = terms.PackSize;
        UnitCost = unitCost;
    }
}
