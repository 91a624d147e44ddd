using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// A percentage off the lines in scope (<see cref="PercentOff"/> 20 = 8折). Computed once on the scope's amount,
/// rounded half away from zero to the fen, then allocated to the lines, so the total does not drift with the line count.
/// </summary>
public sealed record PercentageDiscount(decimal PercentOff) : PromotionBenefit
{
    public const string TypeName = "percentage";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Item;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (PercentOff is <= 0 or >= 100) yield return ("percentOff", "percentOff is between 0 and 100 (exclusive).");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.ScopeAmount();
        if (scope == 0) return NotApplied(NotAppliedReason.NothingLeftToDiscount, "Nothing left to discount in scope.");
        var discount = Common.Money.Round(scope * PercentOff / 100m);
        return Proportional(context, discount, $"{Percent(PercentOff)}% off {Yuan(scope)}");
    }
}
