using CommerceOps.Domain.Marketing.Promotions;
using static CommerceOps.Domain.Tests.Marketing.PromotionFixtures;

namespace CommerceOps.Domain.Tests.Marketing;

/// <summary>Each promotion type on its own.</summary>
public class PromotionStrategyTests
{
    [Theory]
    [InlineData(false, 650, 50)]   // 满300减50 once
    [InlineData(true, 650, 100)]   // 每满300减50: two full 300s
    [InlineData(true, 300, 50)]
    public void Threshold_discount_once_or_every(bool every, decimal amount, decimal expected)
    {
        var promo = Promo(new ThresholdDiscount(300m, 50m, every));
        var priced = Price(Cart(Line("A", amount)), promo);
        Assert.Equal(expected, priced.AppliedOf(promo).Amount);
        Assert.Equal(amount - expected, priced.Total);
    }

    [Fact]
    public void Threshold_every_respects_its_cap()
    {
        var promo = Promo(new ThresholdDiscount(100m, 20m, Every: true, Cap: 50m));
        Assert.Equal(50m, Price(Cart(Line("A", 1000m)), promo).Discount);
    }

    [Fact]
    public void Threshold_not_reached_says_by_how_much()
    {
        var promo = Promo(new ThresholdDiscount(300m, 50m));
        var skip = Price(Cart(Line("A", 120m), Line("B", 99.5m)), promo).SkipOf(promo);
        Assert.Equal(NotAppliedReason.ThresholdNotReached, skip.Reason);
        Assert.Equal(80.5m, skip.Shortfall);
    }

    [Fact]
    public void Percentage_is_rounded_once_on_the_scope_and_allocated_exactly()
    {
        var promo = Promo(new PercentageDiscount(15m));
        var priced = Price(Cart(Line("A", 33.33m), Line("B", 33.33m), Line("C", 33.34m)), promo);
        Assert.Equal(15.00m, priced.Discount);
        Assert.Equal(15.00m, priced.Lines.Sum(l => l.Discount));
    }

    [Fact]
    public void Direct_discount_is_per_unit_and_stops_at_zero()
    {
        var promo = Promo(new DirectDiscount(30m));
        var priced = Price(Cart(Line("A", 100m, quantity: 2), Line("B", 20m)), promo);
        Assert.Equal([60m, 20m], priced.Lines.Select(l => l.Discount));
        Assert.Equal(0m, priced.Lines[1].FinalAmount);
    }

    [Fact]
    public void Buy_two_get_one_frees_the_cheapest_unit_of_each_three()
    {
        var promo = Promo(new BuyNGetM(2, 1));
        var priced = Price(Cart(Line("A", 100m, quantity: 2), Line("B", 40m, quantity: 1), Line("C", 60m, quantity: 3)), promo);
        // 6 units → 2 free: the cheapest are B (40) and one C (60).
        Assert.Equal(100m, priced.Discount);
        Assert.Equal([0m, 40m, 60m], priced.Lines.Select(l => l.Discount));
    }

    [Fact]
    public void Buy_two_get_one_needs_three_units()
    {
        var promo = Promo(new BuyNGetM(2, 1));
        var skip = Price(Cart(Line("A", 100m, quantity: 2)), promo).SkipOf(promo);
        Assert.Equal((NotAppliedReason.QuantityNotReached, 1m), (skip.Reason, skip.Shortfall));
    }

    [Fact]
    public void Gift_with_purchase_grants_the_gift_from_the_threshold()
    {
        var promo = Promo(new GiftWithPurchase("GIFT-1", 1, 199m));
        var priced = Price(Cart(Line("A", 199m)), promo);
        var gift = Assert.Single(priced.Gifts);
        Assert.Equal(("GIFT-1", 1), (gift.Sku, gift.Quantity));
        Assert.Equal(199m, priced.Total);
    }

    [Fact]
    public void Coupon_applies_only_when_presented_and_above_its_minimum()
    {
        var coupon = Promo(new CouponDiscount("SAVE20", 100m, AmountOff: 20m));
        var cart = Cart(Line("A", 150m));
        Assert.Equal(NotAppliedReason.CouponNotPresented, Price(cart, coupon).SkipOf(coupon).Reason);
        var presented = cart with { CouponCodes = new HashSet<string> { "SAVE20" } };
        Assert.Equal(130m, Price(presented, coupon).Total);
        var small = presented with { Lines = [Line("A", 80m)] };
        Assert.Equal(20m, Price(small, coupon).SkipOf(coupon).Shortfall);
    }

    [Fact]
    public void Member_price_applies_to_its_tier_only()
    {
        var promo = Promo(new MemberPrice(new Dictionary<string, decimal> { ["A"] = 80m }), eligibility: new PromotionEligibility(MembershipTiers: ["gold"]));
        var cart = Cart(Line("A", 100m, quantity: 2));
        Assert.Equal(NotAppliedReason.MembershipTierNotEligible, Price(cart, promo).SkipOf(promo).Reason);
        var gold = cart with { Customer = cart.Customer with { MembershipTier = "gold" } };
        Assert.Equal(160m, Price(gold, promo).Total);
    }

    [Fact]
    public void Bundle_prices_each_complete_set_and_leaves_extra_units()
    {
        var promo = Promo(new BundlePrice(["TENT", "MAT"], 300m));
        var priced = Price(Cart(Line("TENT", 250m, quantity: 2), Line("MAT", 100m)), promo);
        Assert.Equal(50m, priced.Discount); // one set: 350 → 300; the second tent stays at 250
        Assert.Equal(550m, priced.Total);
        var skip = Price(Cart(Line("TENT", 250m)), promo).SkipOf(promo);
        Assert.Equal(NotAppliedReason.QuantityNotReached, skip.Reason);
    }

    [Fact]
    public void Free_shipping_waives_the_fee_from_its_threshold()
    {
        var promo = Promo(new FreeShipping(99m));
        var cart = Cart(Line("A", 120m)) with { ShippingFee = 12m };
        var priced = Price(cart, promo);
        Assert.Equal((12m, 120m), (priced.ShippingDiscount, priced.Total));
        Assert.Equal(NotAppliedReason.ThresholdNotReached, Price(cart with { Lines = [Line("A", 50m)] }, promo).SkipOf(promo).Reason);
    }
}
