namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>When a promotion runs: from <see cref="StartsAt"/> (inclusive) to <see cref="EndsAt"/> (exclusive).</summary>
public sealed record PromotionPeriod(DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public bool Contains(DateTimeOffset at) => at >= StartsAt && at < EndsAt;
}
