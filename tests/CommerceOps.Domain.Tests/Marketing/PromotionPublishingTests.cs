using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Promotions;
using static CommerceOps.Domain.Tests.Marketing.PromotionFixtures;

namespace CommerceOps.Domain.Tests.Marketing;

public class PromotionPublishingTests
{
    [Fact]
    public void A_draft_without_period_eligibility_stacking_limits_and_exclusions_cannot_be_published()
    {
        var draft = Promotion.Draft("D11", "双十一满减", new PromotionRules(new ThresholdDiscount(300m, 50m)), Now);
        var refused = Assert.Throws<RuleViolationsException>(() => draft.Publish(Now));
        Assert.Equal(
            ["rules.eligibility", "rules.limits", "rules.period", "rules.scope.excludedSkus", "rules.stacking"],
            refused.Errors.Keys.Order());
        Assert.Equal(PromotionStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_complete_promotion_publishes_and_can_no_longer_be_edited()
    {
        var rules = Promo(new ThresholdDiscount(300m, 50m)).Rules;
        var promotion = Promotion.Draft("D11", "双十一满减", rules, Now);
        promotion.Publish(Now);
        Assert.Equal(PromotionStatus.Published, promotion.Status);
        Assert.Throws<InvalidStateException>(() => promotion.Revise("改名", rules, Now));
    }

    [Fact]
    public void A_benefit_that_makes_no_sense_is_refused_with_its_field()
    {
        var refused = Assert.Throws<RuleViolationsException>(() =>
            Promotion.Draft("X", "x", new PromotionRules(new ThresholdDiscount(0m, 50.001m), Limits: new PromotionLimits(0, 10m)), Now));
        Assert.Equal(["rules.benefit.amount", "rules.benefit.threshold", "rules.limits.perUserLimit"], refused.Errors.Keys.Order());
    }
}
