namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>How a promotion combines with the others of its group.</summary>
public enum Stacking
{
    /// <summary>Combines with every other stackable promotion of the group, applied in priority order.</summary>
    Stackable,
    /// <summary>Applies alone in its group; the engine picks whichever is better for the customer.</summary>
    Exclusive,
}
