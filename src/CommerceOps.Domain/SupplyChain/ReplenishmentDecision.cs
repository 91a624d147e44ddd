namespace CommerceOps.Domain.SupplyChain;

/// <summary>Which rule decided a replenishment suggestion.</summary>
public enum ReplenishmentDecision
{
    /// <summary>No demand in the window and nothing on pre-sale: nothing to order.</summary>
    NoDemand,

    /// <summary>The inventory position is above the reorder point: nothing to order yet.</summary>
    AboveReorderPoint,

    /// <summary>The inventory position is at or below the reorder point: order up to the level (or the EOQ).</summary>
    Reorder,
}
