using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// 会员价: a fixed price per unit for the listed SKUs. Who counts as a member is the promotion's eligibility
/// (membership tiers), so one member-price list per tier is one promotion per tier.
/// </summary>
public sealed record MemberPrice(IReadOnlyDictionary<string, decimal> Prices) : PromotionBenefit
{
    public const string TypeName = "member_price";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Item;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Prices.Count == 0) yield return ("prices", "List at least one SKU and its member price.");
        foreach (var (sku, price) in Prices)
            if (price < 0 || !IsFen(price)) yield return ($"prices.{sku}", "A member price is an amount in fen, 0 or more.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.InScope;
        var amounts = new decimal[scope.Length];
        var any = false;
        for (var k = 0; k < scope.Length; k++)
        {
            var line = context.Lines[scope[k]];
            if (!Prices.TryGetValue(line.Sku, out var price)) continue;
            amounts[k] = Math.Clamp((line.UnitPrice - price) * line.Quantity, 0m, context.Current[scope[k]]);
            any |= amounts[k] > 0;
        }
        return any
            ? PerLine(amounts, "member price")
            : NotApplied(NotAppliedReason.NoLineInScope, "No SKU with a member price below what is left of its line.");
    }
}
