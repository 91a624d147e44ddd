using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Inventory;
using CommerceOps.Domain.Logistics;

namespace CommerceOps.Infrastructure.Logistics;

/// <summary>
/// Checkout's two fulfilment decisions with the configured rules: which warehouses to try for a line (routing) and
/// what delivery to promise for the warehouses the lines were reserved in.
/// </summary>
public sealed class FulfilmentPlanner(RoutingRules routing, DeliveryPromiseRules promises)
{
    public DeliveryPromiseRules PromiseRules => promises;

    public IReadOnlyList<Warehouse> Route(IReadOnlyList<Warehouse> warehouses, bool crossBorder, string destinationProvince) =>
        OrderRouter.Candidates(routing, warehouses, crossBorder, destinationProvince);

    public DeliveryPromise Promise(DateTimeOffset orderedAt, IEnumerable<long> warehouseIds, IReadOnlyList<Warehouse> warehouses, PostalAddress destination)
    {
        var ids = warehouseIds.ToHashSet();
        var origins = warehouses.Where(w => ids.Contains(w.Id)).Select(w => new WarehouseSite(w.Code, w.Province, w.City));
        return DeliveryPromiseCalculator.Promise(promises, orderedAt, origins, destination.Province, destination.City);
    }
}
