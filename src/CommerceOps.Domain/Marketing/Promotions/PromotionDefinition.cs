namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>A promotion as the engine sees it: identity plus rules. Simulations may use ids that are not stored.</summary>
public sealed record PromotionDefinition(long Id, string Code, string Name, PromotionRules Rules);
