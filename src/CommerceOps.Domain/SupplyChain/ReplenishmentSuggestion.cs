namespace CommerceOps.Domain.SupplyChain;

/// <summary>
/// What to do about one SKU in one warehouse: the min (reorder point) and max (order-up-to level), the quantity to
/// order now (0 when none) and why, in words a buyer reads.
/// </summary>
public sealed record ReplenishmentSuggestion(
    double SafetyStock, double ReorderPoint, double OrderUpTo, double? EconomicOrderQuantity, double? DaysOfCover,
    int SuggestedQuantity, bool ClearanceCandidate, string Why);
