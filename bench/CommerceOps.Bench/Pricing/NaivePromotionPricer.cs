using CommerceOps.Domain.Common;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Bench.Pricing;

/// <summary>
/// The baseline: the same rules priced the way nopCommerce-style code does it — every request re-sorts the
/// promotions and re-evaluates every promotion against every line with LINQ over the raw scope lists, and
/// recomputes the scope for every alternative. Covers the promotion kinds the workload uses, and must give the
/// engine's exact total (checked before measuring), so the ratio compares equal work.
/// </summary>
public static class NaivePromotionPricer
{
    public static decimal Total(PricingRequest cart, IReadOnlyList<PromotionDefinition> promotions)
    {
        var current = cart.Lines.Select(l => Money.Round(l.UnitPrice * l.Quantity)).ToList();
        var shipping = cart.ShippingFee;
        foreach (var group in Enum.GetValues<PromotionGroup>())
        {
            var eligible = promotions
                .Where(p => p.Rules.Group == group)
                .OrderByDescending(p => p.Rules.Priority).ThenBy(p => p.Id)
                .Where(p => IsEligible(p, cart))
                .Where(p => cart.Lines.Any(l => InScope(p, l)))
                .ToList();
            if (eligible.Count == 0) continue;
            var options = new List<List<PromotionDefinition>>();
            foreach (var p in eligible)
            {
                if (p.Rules.Stacking == Stacking.Exclusive) options.Add([p]);
                else if (!options.Any(o => o[0].Rules.Stacking != Stacking.Exclusive)) options.Add(eligible.Where(e => e.Rules.Stacking != Stacking.Exclusive).ToList());
            }
            var results = options.Select(o => Evaluate(o, cart, current, shipping)).ToList();
            var best = results.Aggregate((a, b) => b.Value > a.Value ? b : a);
            (current, shipping) = (best.Current, best.Shipping);
        }
        return current.Sum() + shipping;
    }

    private static (List<decimal> Current, decimal Shipping, decimal Value) Evaluate(List<PromotionDefinition> option, PricingRequest cart, List<decimal> start, decimal shipping)
    {
        var current = start.ToList();
        var value = 0m;
        foreach (var p in option)
        {
            var scope = Enumerable.Range(0, cart.Lines.Count).Where(i => InScope(p, cart.Lines[i])).ToList();
            var amount = scope.Sum(i => current[i]);
            switch (p.Rules.Benefit)
            {
                case PercentageDiscount pct when amount > 0:
                    value += Allocate(current, scope, Money.Round(amount * pct.PercentOff / 100m));
                    break;
                case DirectDiscount direct:
                    foreach (var i in scope)
                    {
                        var d = Math.Min(current[i], direct.AmountPerUnit * cart.Lines[i].Quantity);
                        current[i] -= d;
                        value += d;
                    }
                    break;
                case ThresholdDiscount t when amount > 0 && amount >= t.Threshold:
                    var times = t.Every ? decimal.Floor(amount / t.Threshold) : 1m;
                    value += Allocate(current, scope, Math.Min(Math.Min(times * t.Amount, t.Cap ?? decimal.MaxValue), amount));
                    break;
                case CouponDiscount c when amount > 0 && amount >= c.MinimumSpend:
                    value += Allocate(current, scope, Math.Min(amount, c.AmountOff ?? Money.Round(amount * c.PercentOff!.Value / 100m)));
                    break;
                case FreeShipping f when shipping > 0 && amount >= f.Threshold:
                    var waived = Math.Min(shipping, f.MaxAmount ?? decimal.MaxValue);
                    shipping -= waived;
                    value += waived;
                    break;
            }
        }
        return (current, shipping, value);
    }

    /// <summary>Largest remainder to the fen, with LINQ.</summary>
    private static decimal Allocate(List<decimal> current, List<int> scope, decimal total)
    {
        var weight = scope.Sum(i => current[i] * 100m);
        var shares = scope.Select(i => new { Line = i, Exact = total * 100m * current[i] * 100m }).ToList();
        var floors = shares.Select(s => new { s.Line, Fen = (s.Exact - s.Exact % weight) / weight, Remainder = s.Exact % weight }).ToList();
        var left = (int)(total * 100m - floors.Sum(f => f.Fen));
        var extra = floors.Select((f, order) => (f, order)).Where(x => x.f.Remainder > 0)
            .OrderByDescending(x => x.f.Remainder).ThenBy(x => x.order).Take(left).Select(x => x.f.Line).ToHashSet();
        foreach (var f in floors) current[f.Line] -= (f.Fen + (extra.Contains(f.Line) ? 1 : 0)) / 100m;
        return total;
    }

    private static bool IsEligible(PromotionDefinition p, PricingRequest cart)
    {
        var rules = p.Rules;
        if (rules.Period is { } period && !period.Contains(cart.At)) return false;
        if (rules.Eligibility?.Channels is { Count: > 0 } channels && !channels.Contains(cart.Channel)) return false;
        if (rules.Benefit.RequiredCouponCode is { } code && cart.CouponCodes?.Contains(code) != true) return false;
        return true;
    }

    private static bool InScope(PromotionDefinition p, PricingLine line)
    {
        var s = p.Rules.Scope ?? PromotionScope.Everything;
        return (s.Skus is not { Count: > 0 } || s.Skus.Contains(line.Sku))
            && (s.Categories is not { Count: > 0 } || s.Categories.Contains(line.Category))
            && (s.Brands is not { Count: > 0 } || (line.Brand is not null && s.Brands.Contains(line.Brand)))
            && !(s.ExcludedSkus ?? []).Contains(line.Sku)
            && !(s.ExcludedCategories ?? []).Contains(line.Category)
            && !(line.Brand is not null && (s.ExcludedBrands ?? []).Contains(line.Brand));
    }
}
