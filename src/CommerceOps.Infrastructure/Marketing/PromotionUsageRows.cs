namespace CommerceOps.Infrastructure.Marketing;

/// <summary>A promotion's discount money given so far, in fen, as read with a checkout's quote.</summary>
public sealed record PromotionSpending(long PromotionId, long SpentFen);

/// <summary>How many orders one buyer has used a promotion on, as read with a checkout's quote.</summary>
public sealed record PromotionUses(long PromotionId, int Uses);
