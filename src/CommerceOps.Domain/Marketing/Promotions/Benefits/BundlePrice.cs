using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// 组合价: one unit of each of <see cref="Skus"/> together costs <see cref="Price"/>. Every complete set in the cart
/// gets the bundle price; the saving is allocated over the bundle's lines in proportion to what is left of them.
/// </summary>
public sealed record BundlePrice(IReadOnlyList<string> Skus, decimal Price) : PromotionBenefit
{
    public const string TypeName = "bundle";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Item;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Skus.Count < 2 || Skus.Distinct().Count() != Skus.Count) yield return ("skus", "A bundle lists at least two different SKUs.");
        if (Price <= 0 || !IsFen(Price)) yield return ("price", "The bundle price is a positive amount in fen.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var scope = context.InScope;
        var sets = int.MaxValue;
        var missing = 0;
        var listPerSet = 0m;
        foreach (var sku in Skus)
        {
            var k = Array.FindIndex(scope, i => context.Lines[i].Sku == sku);
            if (k < 0) { missing++; sets = 0; continue; }
            sets = Math.Min(sets, context.Lines[scope[k]].Quantity);
            listPerSet += context.Lines[scope[k]].UnitPrice;
        }
        if (sets == 0)
            return NotApplied(NotAppliedReason.QuantityNotReached, $"{missing} SKU(s) of the bundle missing from the cart.", missing);

        var weights = new decimal[scope.Length];
        var left = 0m;
        for (var k = 0; k < scope.Length; k++)
            if (Skus.Contains(context.Lines[scope[k]].Sku))
            {
                // Only the units that form sets take part; extra units stay at their price.
                var line = context.Lines[scope[k]];
                weights[k] = Common.Money.Round(context.Current[scope[k]] * sets / line.Quantity);
                left += weights[k];
            }
        var saving = Math.Clamp(sets * (listPerSet - Price), 0m, left);
        if (saving == 0) return NotApplied(NotAppliedReason.NothingLeftToDiscount, "The bundle price is not below what is left of its lines.");
        var parts = new decimal[scope.Length];
        DiscountAllocation.Allocate(saving, weights, parts);
        return PerLine(parts, $"{sets} bundle(s) at {Yuan(Price)}");
    }
}
