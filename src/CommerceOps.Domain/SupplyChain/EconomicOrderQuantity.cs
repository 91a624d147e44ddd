using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>The order size that balances ordering and holding cost: Q = √(2Kλ/h).</summary>
public static class EconomicOrderQuantity
{
    /// <param name="orderCost">K, the fixed cost of placing one order.</param>
    /// <param name="holdingCostPerUnit">h, the cost of holding one unit for the period of <paramref name="demand"/>.</param>
    /// <param name="demand">λ, units demanded per period.</param>
    public static double Of(double orderCost, double holdingCostPerUnit, double demand)
    {
        if (orderCost < 0) throw new DomainException("The order cost cannot be negative.", "orderCost");
        if (!(holdingCostPerUnit > 0)) throw new DomainException("The holding cost must be above 0.", "holdingCost");
        if (demand < 0) throw new DomainException("Demand cannot be negative.", "demand");
        return Math.Sqrt(2 * orderCost * demand / holdingCostPerUnit);
    }
}
