namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Everything that decides what a promotion does. Period, eligibility, stacking, limits and
/// <see cref="PromotionScope.ExcludedSkus"/> may be missing on a draft; publishing requires them
/// (<see cref="PromotionRulesValidator"/>).
/// </summary>
public sealed record PromotionRules(
    PromotionBenefit Benefit,
    PromotionPeriod? Period = null,
    PromotionScope? Scope = null,
    PromotionEligibility? Eligibility = null,
    Stacking? Stacking = null,
    int Priority = 0,
    PromotionLimits? Limits = null)
{
    public PromotionGroup Group => Benefit.Group;
}
