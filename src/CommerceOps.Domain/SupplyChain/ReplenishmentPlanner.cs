namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// Min/max replenishment with order-up-to: when the inventory position (available + in transit) is at or below the
/// reorder point, order up to d·(L + review period) + SS, or the EOQ if that is larger, rounded up to the supplier's
/// MOQ and pack multiple.
/// </summary>
public sealed class ReplenishmentPlanner(ClassPolicies policies)
{
    private const int DaysPerYear = 365;

    public ReplenishmentSuggestion Plan(ReplenishmentInput input)
    {
        var z = policies.SafetyFactor(input.Class);
        var d = input.Demand.MeanPerDay;
        var safety = SafetyStock.Units(z, input.Demand, input.LeadTime);
        var reorderPoint = d * input.LeadTime.MeanDays + safety;
        var orderUpTo = d * (input.LeadTime.MeanDays + policies.ReviewPeriodDays) + safety;
        double? eoq = input.UnitValue is > 0m && d > 0
            ? EconomicOrderQuantity.Of(policies.OrderCost, policies.HoldingRatePerYear * (double)input.UnitValue.Value, d * DaysPerYear)
            : null;
        double? daysOfCover = d > 0 ? Math.Max(0, input.Stock.Available) / d : null;
        var sellThrough = input.UnitsSold + Math.Max(0, input.Stock.OnHand) is var offered and > 0 ? input.UnitsSold / offered : 0;
        var clearance = input.Class == AbcClass.C && input.Stock.OnHand > 0
            && (daysOfCover is null || daysOfCover > policies.ClearanceDaysOfCover) && sellThrough < policies.ClearanceSellThrough;

        // Pre-sale orders are demand the history has not seen yet: they lower the position (B's dynamic signal).
        var preSale = input.Class == AbcClass.B ? input.PreSaleUnits : 0;
        var position = input.Stock.InventoryPosition - preSale;
        ReplenishmentDecision decision;
        var quantity = 0;
        if (d <= 0 && preSale <= 0)
            decision = ReplenishmentDecision.NoDemand;
        else if (position > reorderPoint)
            decision = ReplenishmentDecision.AboveReorderPoint;
        else
        {
            decision = ReplenishmentDecision.Reorder;
            quantity = input.Terms.Orderable(Math.Max(orderUpTo - position, eoq ?? 0));
        }
        return new ReplenishmentSuggestion(safety, reorderPoint, orderUpTo, eoq, daysOfCover, quantity, clearance,
            new ReplenishmentGrounds(decision, input.Class, policies.ServiceLevel(input.Class), position, preSale, input.Terms, sellThrough));
    }
}
