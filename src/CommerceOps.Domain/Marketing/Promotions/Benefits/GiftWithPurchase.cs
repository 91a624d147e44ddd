using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>满赠: when the amount in scope reaches <see cref="Threshold"/>, <see cref="Quantity"/> of <see cref="GiftSku"/> free.</summary>
public sealed record GiftWithPurchase(string GiftSku, int Quantity, decimal Threshold) : PromotionBenefit
{
    public const string TypeName = "gift";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Order;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (string.IsNullOrWhiteSpace(GiftSku)) yield return ("giftSku", "giftSku names the gift's SKU.");
        if (Quantity < 1) yield return ("quantity", "quantity is at least 1.");
        if (Threshold < 0 || !IsFen(Threshold)) yield return ("threshold", "The threshold is an amount in fen, 0 or more.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.ScopeAmount();
        return scope < Threshold
            ? NotApplied(NotAppliedReason.ThresholdNotReached, $"{Yuan(Threshold - scope)} more in scope earns {Quantity} × {GiftSku}.", Threshold - scope)
            : Gifted(GiftSku, Quantity, $"{Quantity} × {GiftSku} free from {Yuan(Threshold)}");
    }
}
