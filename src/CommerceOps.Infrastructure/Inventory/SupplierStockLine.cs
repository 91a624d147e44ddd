namespace CommerceOps.Infrastructure.Inventory;

/// <summary>One SKU's quantity a supplier publishes for its cloud warehouse: the units on its shelf for this platform.</summary>
public sealed record SupplierStockLine(string WarehouseCode, string Sku, int Quantity);
