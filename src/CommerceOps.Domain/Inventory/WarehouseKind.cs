namespace CommerceOps.Domain.Inventory;

public enum WarehouseKind
{
    /// <summary>The platform's own stock.</summary>
    Own,
    /// <summary>A supplier's cloud warehouse shared with the platform: the supplier ships direct (drop-ship).</summary>
    SupplierCloud,
    /// <summary>A bonded warehouse (保税仓) for cross-border goods.</summary>
    Bonded,
}
