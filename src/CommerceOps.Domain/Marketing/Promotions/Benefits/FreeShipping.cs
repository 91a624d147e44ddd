using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>包邮: from <see cref="Threshold"/> in scope, the shipping fee is waived (up to <see cref="MaxAmount"/> if set).</summary>
public sealed record FreeShipping(decimal Threshold, decimal? MaxAmount = null) : PromotionBenefit
{
    public const string TypeName = "free_shipping";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Shipping;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Threshold < 0 || !IsFen(Threshold)) yield return ("threshold", "The threshold is an amount in fen, 0 or more.");
        if (MaxAmount is { } max && (max <= 0 || !IsFen(max))) yield return ("maxAmount", "maxAmount is a positive amount in fen.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        if (context.ShippingLeft == 0) return NotApplied(NotAppliedReason.NothingLeftToDiscount, "There is no shipping fee to waive.");
        var scope = context.ScopeAmount();
        if (scope < Threshold)
            return NotApplied(NotAppliedReason.ThresholdNotReached, $"{Yuan(Threshold - scope)} more in scope for free shipping.", Threshold - scope);
        var amount = Math.Min(context.ShippingLeft, MaxAmount ?? decimal.MaxValue);
        return Shipping(amount, $"shipping {Yuan(amount)} waived from {Yuan(Threshold)}");
    }
}
