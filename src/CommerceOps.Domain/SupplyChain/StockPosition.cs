namespace CommerceOps.Domain.SupplyChain;

/// <summary>Stock of one SKU in one warehouse as replenishment sees it.</summary>
public readonly record struct StockPosition(int OnHand, int Reserved, int InTransit)
{
    public int Available => OnHand - Reserved;

    /// <summary>What will be on the shelf for new demand once open purchase orders arrive.</summary>
    public int InventoryPosition => OnHand - Reserved + InTransit;
}
