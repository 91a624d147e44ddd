using CommerceOps.Domain.Marketing.Promotions;
using static CommerceOps.Domain.Tests.Marketing.PromotionFixtures;

namespace CommerceOps.Domain.Tests.Marketing;

/// <summary>Every promotion not applied says why.</summary>
public class PromotionExplanationTests
{
    [Fact]
    public void Out_of_period()
    {
        var promo = Promo(new PercentageDiscount(10m), period: new PromotionPeriod(Now.AddDays(1), Now.AddDays(2)));
        Assert.Equal(NotAppliedReason.OutOfPeriod, Price(Cart(Line("A", 10m)), promo).SkipOf(promo).Reason);
    }

    [Fact]
    public void Not_eligible_by_channel_segment_or_newness()
    {
        var live = Promo(new PercentageDiscount(10m), eligibility: new PromotionEligibility(Channels: ["live"]));
        var segment = Promo(new PercentageDiscount(10m), eligibility: new PromotionEligibility(Segments: ["champions"]));
        var first = Promo(new PercentageDiscount(10m), eligibility: new PromotionEligibility(NewCustomersOnly: true));
        var priced = Price(Cart(Line("A", 10m)), live, segment, first);
        Assert.Equal(NotAppliedReason.ChannelNotEligible, priced.SkipOf(live).Reason);
        Assert.Equal(NotAppliedReason.SegmentNotEligible, priced.SkipOf(segment).Reason);
        Assert.Equal(NotAppliedReason.NewCustomersOnly, priced.SkipOf(first).Reason);
    }

    [Fact]
    public void Excluded_sku_and_out_of_scope_are_told_apart()
    {
        var excluded = Promo(new PercentageDiscount(10m), scope: new PromotionScope(ExcludedSkus: ["A"]));
        var brand = Promo(new PercentageDiscount(10m), scope: new PromotionScope(Brands: ["其他品牌"], ExcludedSkus: []));
        var priced = Price(Cart(Line("A", 10m)), excluded, brand);
        Assert.Equal(NotAppliedReason.ExcludedSku, priced.SkipOf(excluded).Reason);
        Assert.Equal(NotAppliedReason.NoLineInScope, priced.SkipOf(brand).Reason);
    }

    [Fact]
    public void Scope_by_category_leaves_other_lines_alone()
    {
        var promo = Promo(new PercentageDiscount(50m), scope: new PromotionScope(Categories: ["food"], ExcludedSkus: []));
        var priced = Price(Cart(Line("A", 10m), Line("B", 20m, category: "food")), promo);
        Assert.Equal([0m, 10m], priced.Lines.Select(l => l.Discount));
    }

    [Fact]
    public void Budget_exhausted_and_per_user_limit_reached()
    {
        var budget = Promo(new DirectDiscount(10m), limits: new PromotionLimits(5, 100m));
        var perUser = Promo(new PercentageDiscount(10m), limits: new PromotionLimits(1, 100_000m));
        var usage = new PromotionUsage(new Dictionary<long, int> { [perUser.Id] = 1 }, new Dictionary<long, decimal> { [budget.Id] = 95m });
        var priced = Price(Cart(Line("A", 100m)) with { Usage = usage }, budget, perUser);
        Assert.Equal(NotAppliedReason.BudgetExhausted, priced.SkipOf(budget).Reason);
        Assert.Equal(NotAppliedReason.PerUserLimitReached, priced.SkipOf(perUser).Reason);
        Assert.Equal(100m, priced.Total);
    }

    [Fact]
    public void Every_promotion_is_either_applied_or_explained_and_lines_keep_their_original_price()
    {
        var promos = new[]
        {
            Promo(new PercentageDiscount(10m)), Promo(new ThresholdDiscount(1000m, 100m)), Promo(new CouponDiscount("X", 0m, AmountOff: 5m)),
            Promo(new DirectDiscount(1m), Stacking.Exclusive), Promo(new FreeShipping(0m)),
        };
        var priced = Price(Cart(Line("A", 100m, quantity: 2)), promos);
        Assert.Equal(promos.Select(p => p.Id).Order(), priced.Applied.Select(a => a.Id).Concat(priced.NotApplied.Select(s => s.Id)).Order());
        Assert.All(priced.NotApplied, s => Assert.False(string.IsNullOrWhiteSpace(s.Message)));
        Assert.Equal((100m, 200m), (priced.Lines[0].UnitPrice, priced.Lines[0].OriginalAmount));
    }

    [Fact]
    public void Simulator_prices_the_same_cart_under_two_sets()
    {
        var cart = Cart(Line("A", 320m));
        var a = PromotionSet.Of([Promo(new ThresholdDiscount(300m, 50m))]);
        var b = PromotionSet.Of([Promo(new PercentageDiscount(20m))]);
        var result = PromotionSimulator.Compare(cart, a, b);
        Assert.Equal((270m, 256m, -14m), (result.A.Total, result.B.Total, result.TotalDifference));
    }
}
