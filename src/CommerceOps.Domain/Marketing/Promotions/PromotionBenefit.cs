using System.Text.Json.Serialization;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// What a promotion gives: one small strategy per promotion type. Each decides its own group, checks its own
/// settings and computes its discount on the lines in scope as earlier promotions left them; the engine does
/// everything they share (period, eligibility, scope, limits, stacking, allocation, explanation).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ThresholdDiscount), ThresholdDiscount.TypeName)]
[JsonDerivedType(typeof(PercentageDiscount), PercentageDiscount.TypeName)]
[JsonDerivedType(typeof(DirectDiscount), DirectDiscount.TypeName)]
[JsonDerivedType(typeof(BuyNGetM), BuyNGetM.TypeName)]
[JsonDerivedType(typeof(GiftWithPurchase), GiftWithPurchase.TypeName)]
[JsonDerivedType(typeof(CouponDiscount), CouponDiscount.TypeName)]
[JsonDerivedType(typeof(MemberPrice), MemberPrice.TypeName)]
[JsonDerivedType(typeof(BundlePrice), BundlePrice.TypeName)]
[JsonDerivedType(typeof(FreeShipping), FreeShipping.TypeName)]
public abstract record PromotionBenefit
{
    [JsonIgnore] public abstract PromotionGroup Group { get; }

    /// <summary>The type's name on the wire and in the explanation ("threshold", "buy_n_get_m"…).</summary>
    [JsonIgnore] public abstract string Type { get; }

    /// <summary>The code a customer must present, for coupons; null for promotions that apply by themselves.</summary>
    [JsonIgnore] public virtual string? RequiredCouponCode => null;

    /// <summary>The benefit's own settings that make no sense (field names relative to "rules.benefit").</summary>
    public abstract IEnumerable<(string Field, string Message)> Problems();

    internal abstract BenefitOutcome Apply(BenefitContext context);

    internal static bool IsFen(decimal amount) => decimal.Round(amount, 2) == amount;
}
