using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A coupon: applies only when the customer presents <see cref="Code"/> and the amount in scope reaches
/// <see cref="MinimumSpend"/>; takes either <see cref="AmountOff"/> or <see cref="PercentOff"/> off the scope.
/// A <see cref="Personal"/> coupon is only used through codes issued to one customer each (Coupons), never by
/// presenting <see cref="Code"/> itself.
/// </summary>
public sealed record CouponDiscount(string Code, decimal MinimumSpend, decimal? AmountOff = null, decimal? PercentOff = null, bool Personal = false) : PromotionBenefit
{
    public const string TypeName = "coupon";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Coupon;
    [JsonIgnore] public override string Type => TypeName;
    [JsonIgnore] public override string? RequiredCouponCode => Code;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Code)) yield return ("code", "A coupon needs a code.");
        if (MinimumSpend < 0 || !IsFen(MinimumSpend)) yield return ("minimumSpend", "minimumSpend is an amount in fen, 0 or more.");
        if (AmountOff is null == PercentOff is null) yield return ("amountOff", "Give either amountOff or percentOff.");
        if (AmountOff is { } a && (a <= 0 || !IsFen(a))) yield return ("amountOff", "amountOff is a positive amount in fen.");
        if (PercentOff is <= 0 or >= 100) yield return ("percentOff", "percentOff is between 0 and 100 (exclusive).");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.ScopeAmount();
        if (scope == 0) return NotApplied(NotAppliedReason.NothingLeftToDiscount, "Earlier promotions left nothing in scope.");
        if (scope < MinimumSpend)
            return NotApplied(NotAppliedReason.ThresholdNotReached, $"{Yuan(MinimumSpend - scope)} more in scope to use coupon {Code}.", MinimumSpend - scope);
        var discount = Math.Min(scope, AmountOff ?? Common.Money.Round(scope * PercentOff!.Value / 100m));
        return Proportional(context, discount, AmountOff is { } amount
            ? $"coupon {Code}: {Yuan(amount)} off from {Yuan(MinimumSpend)}"
            : $"coupon {Code}: {Percent(PercentOff!.Value)}% off {Yuan(scope)}");
    }
}
