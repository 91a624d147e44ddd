using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>直降: a fixed amount off every unit in scope, never more than what is left of the line.</summary>
public sealed record DirectDiscount(decimal AmountPerUnit) : PromotionBenefit
{
    public const string TypeName = "direct";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Item;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (AmountPerUnit <= 0 || !IsFen(AmountPerUnit)) yield return ("amountPerUnit", "amountPerUnit is a positive amount in fen.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.InScope;
        var amounts = new decimal[scope.Length];
        var any = false;
        for (var k = 0; k < scope.Length; k++)
        {
            var i = scope[k];
            amounts[k] = Math.Min(context.Current[i], AmountPerUnit * context.Lines[i].Quantity);
            any |= amounts[k] > 0;
        }
        return any
            ? PerLine(amounts, $"{Yuan(AmountPerUnit)} off each unit")
            : NotApplied(NotAppliedReason.NothingLeftToDiscount, "Nothing left to discount in scope.");
    }
}
