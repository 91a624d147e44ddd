using CommerceOps.Domain.Inventory;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.Inventory;

/// <summary>
/// Every warehouse, cached for the checkout's routing: they are few, a warehouse rarely changes, and each order needs
/// the whole list.
/// </summary>
public sealed class WarehouseDirectory(TimeProvider time) : CachedTable<Warehouse, IReadOnlyList<Warehouse>>(time)
{
    protected override IReadOnlyList<Warehouse> Shape(List<Warehouse> rows) => rows;
}
