namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// How often one customer may use a promotion (orders) and how much discount money it may give away in total (CNY).
/// </summary>
public sealed record PromotionLimits(int PerUserLimit, decimal Budget);
