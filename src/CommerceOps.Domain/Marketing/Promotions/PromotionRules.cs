namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Everything that decides what a promotion does. Period, eligibility, stacking, limits and
/// <see cref="PromotionScope.ExcludedSkus"/> may be missing on a draft; publishing requires them
/// (<see cref="PromotionRulesValidator"/>). <see cref="StatedBaseline"/> is the discount baseline the promotion page states
/// (e.g. "厂商建议零售价 399"); without one, the crossed-out price must not exceed the 7-day lowest transaction price
/// (PRC-BASE-001). <see cref="CampaignRule"/> names the platform campaign rule (e.g. a 双11 rule page) the promotion runs under.
/// </summary>
public sealed record PromotionRules(
    PromotionBenefit Benefit,
    PromotionPeriod? Period = null,
    PromotionScope? Scope = null,
    PromotionEligibility? Eligibility = null,
    Stacking? Stacking = null,
    int Priority = 0,
    PromotionLimits? Limits = null,
    string? StatedBaseline = null,
    string? CampaignRule = null)
{
    public PromotionGroup Group => Benefit.Group;
}
