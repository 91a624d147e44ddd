namespace CommerceOps.Domain.Inventory;

/// <summary>One tier of the order-routing rule set: which kind of warehouse is tried.</summary>
public enum RoutingStep
{
    /// <summary>The platform's own warehouses.</summary>
    OwnWarehouse,
    /// <summary>Suppliers' cloud warehouses: the supplier ships direct (drop-ship).</summary>
    SupplierWarehouse,
}
