namespace CommerceOps.Domain.SupplyChain;

/// <summary>Safety stock and reorder point when both daily demand and lead time vary (days as the time unit).</summary>
public static class SafetyStock
{
    /// <summary>SS = z·√(L·σd² + d²·σL²).</summary>
    public static double Units(double z, DemandRate demand, LeadTime leadTime) =>
        z * Math.Sqrt(leadTime.MeanDays * demand.SdPerDay * demand.SdPerDay
            + demand.MeanPerDay * demand.MeanPerDay * leadTime.SdDays * leadTime.SdDays);

    /// <summary>ROP = d·L + SS.</summary>
    public static double ReorderPoint(double z, DemandRate demand, LeadTime leadTime) =>
        demand.MeanPerDay * leadTime.MeanDays + Units(z, demand, leadTime);
}
