using CommerceOps.Domain.Logistics;

namespace CommerceOps.Domain.Inventory;

/// <summary>
/// Decides the order in which warehouses are asked for a line's stock. The first warehouse in the list that can
/// reserve the whole quantity ships it; stock is checked by the caller, so this stays pure.
/// </summary>
public static class OrderRouter
{
    public static IReadOnlyList<Warehouse> Candidates(RoutingRules rules, IReadOnlyList<Warehouse> warehouses, bool crossBorder, string destinationProvince)
    {
        if (crossBorder && rules.CrossBorderToBonded)
            return Sorted(rules, warehouses.Where(w => w.Kind == WarehouseKind.Bonded), destinationProvince);
        var route = new List<Warehouse>();
        foreach (var step in rules.Steps)
        {
            var kind = step == RoutingStep.OwnWarehouse ? WarehouseKind.Own : WarehouseKind.SupplierCloud;
            route.AddRange(Sorted(rules, warehouses.Where(w => w.Kind == kind), destinationProvince));
        }
        return route;
    }

    private static List<Warehouse> Sorted(RoutingRules rules, IEnumerable<Warehouse> tier, string destinationProvince) =>
        rules.NearestFirst
            ? [.. tier.OrderBy(w => Provinces.DistanceKm(w.Province, destinationProvince)).ThenBy(w => w.Code, StringComparer.Ordinal)]
            : [.. tier.OrderBy(w => w.Code, StringComparer.Ordinal)];
}
