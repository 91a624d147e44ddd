using System.Globalization;

namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// What to do about one SKU in one warehouse: the min (reorder point) and max (order-up-to level), the quantity to
/// order now (0 when none) and why, in words a buyer reads.
/// </summary>
public sealed record ReplenishmentSuggestion(
    double SafetyStock, double ReorderPoint, double OrderUpTo, double? EconomicOrderQuantity, double? DaysOfCover,
    int SuggestedQuantity, bool ClearanceCandidate, ReplenishmentGrounds Grounds)
{
    /// <summary>
    /// The reasoning in words. Written from the figures when read, not when planned: a replenishment list has a row
    /// per SKU and warehouse, and most rows are counted or filtered, not read as text.
    /// </summary>
    public string Why
    {
        get
        {
            var g = Grounds;
            var why = g.Decision switch
            {
                ReplenishmentDecision.NoDemand => "no demand in the window",
                ReplenishmentDecision.AboveReorderPoint => $"position {g.Position} above reorder point {F(ReorderPoint)}",
                _ => $"position {g.Position} at or below reorder point {F(ReorderPoint)}: order up to {F(OrderUpTo)}"
                    + (EconomicOrderQuantity > OrderUpTo - g.Position ? $", EOQ {F(EconomicOrderQuantity.Value)}" : "")
                    + (g.PreSaleUnits > 0 ? $", {g.PreSaleUnits} on pre-sale" : "")
                    + (SuggestedQuantity > Math.Max(OrderUpTo - g.Position, EconomicOrderQuantity ?? 0)
                        ? $", rounded to MOQ {g.Terms.MinimumOrderQuantity} / pack {g.Terms.PackSize}" : ""),
            };
            if (ClearanceCandidate)
                why += $"; clearance or bundle candidate: sell-through {(g.SellThrough * 100).ToString("0", CultureInfo.InvariantCulture)}%"
                    + (DaysOfCover is { } cover ? $", {cover.ToString("0", CultureInfo.InvariantCulture)} days of cover" : ", no recent demand");
            return $"{g.Class} ({(g.ServiceLevel * 100).ToString("0.#", CultureInfo.InvariantCulture)}% service): {why}";
        }
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
