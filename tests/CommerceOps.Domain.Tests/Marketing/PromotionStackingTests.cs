using CommerceOps.Domain.Marketing.Promotions;
using static CommerceOps.Domain.Tests.Marketing.PromotionFixtures;

namespace CommerceOps.Domain.Tests.Marketing;

/// <summary>The published stacking rules: group order, priority, exclusivity and best for the customer, never below zero.</summary>
public class PromotionStackingTests
{
    [Fact]
    public void Item_discounts_apply_before_the_order_threshold_is_measured()
    {
        var percent = Promo(new PercentageDiscount(10m));
        var threshold = Promo(new ThresholdDiscount(300m, 50m));
        // 320 → 10% off = 288, which no longer reaches 满300: the item group comes first, as published.
        var priced = Price(Cart(Line("A", 320m)), threshold, percent);
        Assert.Equal(288m, priced.Total);
        Assert.Equal(12m, priced.SkipOf(threshold).Shortfall);
    }

    [Fact]
    public void Coupon_applies_after_order_promotions_and_shipping_last()
    {
        var threshold = Promo(new ThresholdDiscount(200m, 30m));
        var coupon = Promo(new CouponDiscount("C10", 0m, PercentOff: 10m));
        var shipping = Promo(new FreeShipping(150m));
        var cart = Cart(Line("A", 200m)) with { CouponCodes = new HashSet<string> { "C10" }, ShippingFee = 10m };
        var priced = Price(cart, shipping, coupon, threshold);
        Assert.Equal([threshold.Id, coupon.Id, shipping.Id], priced.Applied.Select(a => a.Id));
        Assert.Equal(17m, priced.AppliedOf(coupon).Amount); // 10% of 170, not of 200
        Assert.Equal(153m, priced.Total);
    }

    [Fact]
    public void Stackable_promotions_of_a_group_apply_in_priority_order()
    {
        var direct = Promo(new DirectDiscount(10m), priority: 1);
        var percent = Promo(new PercentageDiscount(50m), priority: 9);
        // Higher priority first: 50% of 100 = 50, then 10 off → 40. The other order would give 45.
        Assert.Equal(40m, Price(Cart(Line("A", 100m)), direct, percent).Total);
    }

    [Fact]
    public void Best_for_the_customer_wins_among_exclusive_promotions()
    {
        var small = Promo(new PercentageDiscount(10m), Stacking.Exclusive, priority: 9);
        var big = Promo(new DirectDiscount(30m), Stacking.Exclusive, priority: 1);
        var priced = Price(Cart(Line("A", 100m)), small, big);
        Assert.Equal(70m, priced.Total);
        var lost = priced.SkipOf(small);
        Assert.Equal((NotAppliedReason.LostToExclusive, big.Code), (lost.Reason, lost.LostTo));
    }

    [Fact]
    public void Stackable_promotions_together_can_beat_an_exclusive_one()
    {
        var exclusive = Promo(new PercentageDiscount(20m), Stacking.Exclusive);
        var a = Promo(new DirectDiscount(15m));
        var b = Promo(new PercentageDiscount(10m));
        var priced = Price(Cart(Line("A", 100m)), exclusive, a, b);
        Assert.Equal(100m - 15m - 8.5m, priced.Total); // 23.50 together beats 20
        Assert.Equal(NotAppliedReason.LostToStackable, priced.SkipOf(exclusive).Reason);
    }

    [Fact]
    public void An_exclusive_promotion_that_saves_more_excludes_the_stackable_ones()
    {
        var exclusive = Promo(new PercentageDiscount(40m), Stacking.Exclusive);
        var a = Promo(new DirectDiscount(15m));
        var priced = Price(Cart(Line("A", 100m)), exclusive, a);
        Assert.Equal(60m, priced.Total);
        Assert.Equal((NotAppliedReason.LostToExclusive, exclusive.Code), (priced.SkipOf(a).Reason, priced.SkipOf(a).LostTo));
    }

    [Fact]
    public void Exclusivity_is_per_group()
    {
        var itemExclusive = Promo(new PercentageDiscount(10m), Stacking.Exclusive);
        var orderExclusive = Promo(new ThresholdDiscount(50m, 5m), Stacking.Exclusive);
        Assert.Equal(85m, Price(Cart(Line("A", 100m)), itemExclusive, orderExclusive).Total);
    }

    [Fact]
    public void Ties_go_to_the_higher_priority_alternative()
    {
        var low = Promo(new DirectDiscount(10m), Stacking.Exclusive, priority: 1);
        var high = Promo(new PercentageDiscount(10m), Stacking.Exclusive, priority: 5);
        var priced = Price(Cart(Line("A", 100m)), low, high);
        Assert.Equal(high.Id, Assert.Single(priced.Applied).Id);
    }

    [Fact]
    public void Nothing_goes_below_zero_however_much_is_offered()
    {
        var direct = Promo(new DirectDiscount(500m));
        var threshold = Promo(new ThresholdDiscount(1m, 1000m));
        var coupon = Promo(new CouponDiscount("BIG", 0m, AmountOff: 999m));
        var shipping = Promo(new FreeShipping(0m, MaxAmount: 100m));
        var cart = Cart(Line("A", 99m), Line("B", 0.01m, quantity: 3)) with { CouponCodes = new HashSet<string> { "BIG" }, ShippingFee = 8m };
        var priced = Price(cart, direct, threshold, coupon, shipping);
        Assert.All(priced.Lines, l => Assert.True(l.FinalAmount >= 0));
        Assert.Equal(0m, priced.Total);
        Assert.Equal(NotAppliedReason.NothingLeftToDiscount, priced.SkipOf(threshold).Reason);
    }
}
