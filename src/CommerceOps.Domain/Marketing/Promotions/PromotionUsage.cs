namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// What has been used so far: the buyer's uses per promotion and the discount money each promotion has given.
/// Read before pricing; the authoritative check is the atomic counter update when the order is placed.
/// </summary>
public sealed record PromotionUsage(IReadOnlyDictionary<long, int> UsesByBuyer, IReadOnlyDictionary<long, decimal> BudgetSpent)
{
    public static readonly PromotionUsage None = new(new Dictionary<long, int>(), new Dictionary<long, decimal>());

    public int UsesOf(long promotionId) => UsesByBuyer.GetValueOrDefault(promotionId);

    public decimal SpentOf(long promotionId) => BudgetSpent.GetValueOrDefault(promotionId);
}
