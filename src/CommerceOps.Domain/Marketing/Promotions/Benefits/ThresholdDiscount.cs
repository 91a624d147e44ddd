using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// 满减: when the amount in scope reaches <see cref="Threshold"/>, take <see cref="Amount"/> off — once, or for
/// every full threshold (每满) when <see cref="Every"/>, up to <see cref="Cap"/> if set. 满300减50 every: 650 → 100 off.
/// </summary>
public sealed record ThresholdDiscount(decimal Threshold, decimal Amount, bool Every = false, decimal? Cap = null) : PromotionBenefit
{
    public const string TypeName = "threshold";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Order;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Threshold <= 0 || !IsFen(Threshold)) yield return ("threshold", "The threshold is a positive amount in fen.");
        if (Amount <= 0 || !IsFen(Amount)) yield return ("amount", "The amount is a positive amount in fen.");
        if (Cap is { } cap && (cap < Amount || !IsFen(cap))) yield return ("cap", "The cap is at least the amount.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.ScopeAmount();
        if (scope == 0) return NotApplied(NotAppliedReason.NothingLeftToDiscount, "Earlier promotions left nothing in scope.");
        if (scope < Threshold)
            return NotApplied(NotAppliedReason.ThresholdNotReached, $"{Yuan(Threshold - scope)} more in scope reaches {Yuan(Threshold)}.", Threshold - scope);
        var times = Every ? decimal.Floor(scope / Threshold) : 1m;
        var discount = Math.Min(times * Amount, Cap ?? decimal.MaxValue);
        discount = Math.Min(discount, scope);
        return Proportional(context, discount, Every
            ? $"{Yuan(Amount)} off every {Yuan(Threshold)}: {(long)times} × on {Yuan(scope)}"
            : $"{Yuan(Amount)} off {Yuan(scope)} (threshold {Yuan(Threshold)})");
    }
}
