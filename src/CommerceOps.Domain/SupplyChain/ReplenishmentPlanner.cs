using System.Globalization;

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
        var quantity = 0;
        string why;
        if (d <= 0 && preSale <= 0)
            why = "no demand in the window";
        else if (position > reorderPoint)
            why = $"position {position} above reorder point {F(reorderPoint)}";
        else
        {
            var needed = Math.Max(orderUpTo - position, eoq ?? 0);
            quantity = input.Terms.Orderable(needed);
            why = $"position {position} at or below reorder point {F(reorderPoint)}: order up to {F(orderUpTo)}"
                + (eoq > orderUpTo - position ? $", EOQ {F(eoq.Value)}" : "")
                + (preSale > 0 ? $", {preSale} on pre-sale" : "")
                + (quantity > needed ? $", rounded to MOQ {input.Terms.MinimumOrderQuantity} / pack {input.Terms.PackSize}" : "");
        }
        if (clearance)
            why += $"; clearance or bundle candidate: sell-through {(sellThrough * 100).ToString("0", CultureInfo.InvariantCulture)}%"
                + (daysOfCover is { } cover ? $", {cover.ToString("0", CultureInfo.InvariantCulture)} days of cover" : ", no recent demand");
        return new ReplenishmentSuggestion(safety, reorderPoint, orderUpTo, eoq, daysOfCover, quantity, clearance,
            $"{input.Class} ({(policies.ServiceLevel(input.Class) * 100).ToString("0.#", CultureInfo.InvariantCulture)}% service): {why}");
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
