namespace CommerceOps.Domain.Inventory;

/// <summary>
/// The configurable order-routing rule set. Default: own warehouses first, then suppliers' cloud warehouses; within
/// a tier the warehouse nearest to the destination province first; cross-border SKUs only from bonded warehouses.
/// </summary>
public sealed record RoutingRules
{
    public static readonly RoutingRules Default = new();

    public IReadOnlyList<RoutingStep> Steps { get; init; } = [RoutingStep.OwnWarehouse, RoutingStep.SupplierWarehouse];

    /// <summary>Within a tier, try warehouses by province distance to the destination (else by warehouse code).</summary>
    public bool NearestFirst { get; init; } = true;

    /// <summary>Cross-border SKUs ship only from bonded warehouses (保税仓), where customs clearance happens.</summary>
    public bool CrossBorderToBonded { get; init; } = true;
}
