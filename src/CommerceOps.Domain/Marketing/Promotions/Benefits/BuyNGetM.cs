using System.Text.Json.Serialization;
using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// 买N送M: of every <see cref="Buy"/> + <see cref="Free"/> units in scope, the <see cref="Free"/> cheapest are free
/// (买二送一: 3 units → the cheapest free; 6 → the two cheapest). "Cheapest" is by what is left of each unit after
/// earlier promotions; a partly free line is discounted pro rata (rounded to the fen).
/// </summary>
public sealed record BuyNGetM(int Buy, int Free) : PromotionBenefit
{
    public const string TypeName = "buy_n_get_m";
    [JsonIgnore] public override PromotionGroup Group => PromotionGroup.Item;
    [JsonIgnore] public override string Type => TypeName;

    public override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Buy < 1) yield return ("buy", "buy is at least 1.");
        if (Free < 1) yield return ("free", "free is at least 1.");
    }

    internal override BenefitOutcome Apply(BenefitContext context)
    {
        var units = context.ScopeUnits();
        var set = Buy + Free;
        if (units < set)
            return NotApplied(NotAppliedReason.QuantityNotReached, $"{set - units} more unit(s) in scope for buy {Buy} get {Free}.", set - units);
        var freeUnits = units / set * Free;

        var scope = context.InScope;
        var order = new int[scope.Length];
        var unitValue = new decimal[scope.Length];
        for (var k = 0; k < scope.Length; k++)
        {
            order[k] = k;
            unitValue[k] = context.Current[scope[k]] / context.Lines[scope[k]].Quantity;
        }
        Array.Sort(unitValue, order); // cheapest first; Array.Sort is not stable, but equal unit values give equal discounts

        var amounts = new decimal[scope.Length];
        for (var n = 0; n < order.Length && freeUnits > 0; n++)
        {
            var k = order[n];
            var line = scope[k];
            var quantity = context.Lines[line].Quantity;
            var take = Math.Min(freeUnits, quantity);
            amounts[k] = take == quantity ? context.Current[line] : Common.Money.Round(context.Current[line] * take / quantity);
            freeUnits -= take;
        }
        return PerLine(amounts, $"buy {Buy} get {Free}: {units / set * Free} of {units} unit(s) free");
    }
}
