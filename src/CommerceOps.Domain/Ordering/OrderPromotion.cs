namespace CommerceOps.Domain.Ordering;

/// <summary>
/// A promotion applied to an order and the item discount it gave (gifts: 0 beyond the gift line's own discount).
/// Kept with the order because the promotion may change or end later, and refunds and budgets need what applied then.
/// </summary>
public sealed record OrderPromotion(long PromotionId, string Code, string Name, string Type, decimal Amount);
