using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Domain.Tests.Marketing;

/// <summary>Short builders for carts and promotions, so each test states only what it is about.</summary>
internal static class PromotionFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 11, 10, 0, 0, TimeSpan.FromHours(8));
    private static long _nextId = 1;

    public static PricingLine Line(string sku, decimal unitPrice, int quantity = 1, string category = "outdoor", string? brand = "山野") =>
        new(sku, category, brand, quantity, unitPrice);

    public static PricingRequest Cart(params PricingLine[] lines) =>
        new(lines, new PricingCustomer(42, MembershipTiers.Regular, false, new HashSet<string>()), "organic", Now);

    public static PromotionDefinition Promo(
        PromotionBenefit benefit, Stacking stacking = Stacking.Stackable, int priority = 0, PromotionScope? scope = null,
        PromotionEligibility? eligibility = null, PromotionLimits? limits = null, PromotionPeriod? period = null, string? code = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        return new PromotionDefinition(id, code ?? $"P{id}", $"promotion {id}", new PromotionRules(
            benefit, period ?? new PromotionPeriod(Now.AddDays(-1), Now.AddDays(1)), scope ?? PromotionScope.Everything,
            eligibility ?? PromotionEligibility.Everyone, stacking, priority, limits ?? new PromotionLimits(5, 100_000m)));
    }

    public static PricedCart Price(PricingRequest cart, params PromotionDefinition[] promotions) =>
        PromotionEngine.Price(cart, PromotionSet.Of(promotions));

    public static SkippedPromotion SkipOf(this PricedCart cart, PromotionDefinition promotion) =>
        Assert.Single(cart.NotApplied, s => s.Id == promotion.Id);

    public static AppliedPromotion AppliedOf(this PricedCart cart, PromotionDefinition promotion) =>
        Assert.Single(cart.Applied, a => a.Id == promotion.Id);
}
