using static CommerceOps.Domain.Marketing.Promotions.BenefitOutcome;

namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>
/// Prices a cart under a promotion set, following the published rules (docs/promotions.md):
/// groups in order item → order → coupon → shipping, each on what the earlier groups left; within a group the
/// stackable promotions apply together in priority order, each exclusive promotion is an alternative on its own,
/// and the alternative that saves the customer most wins. No line and no shipping fee goes below zero, and each
/// promotion's discount is allocated to the lines exactly to the fen. Pure: no clock, no I/O.
/// </summary>
public static class PromotionEngine
{
    public static PricedCart Price(PricingRequest request, PromotionSet promotions)
    {
        var lines = request.Lines;
        var usage = request.Usage ?? PromotionUsage.None;
        var current = new decimal[lines.Count];
        for (var i = 0; i < lines.Count; i++) current[i] = lines[i].OriginalAmount;
        var shippingLeft = request.ShippingFee;
        var applied = new List<Application>();
        var skipped = new List<SkippedPromotion>();
        var (scopes, excludedAny) = promotions.Scopes.Match(lines, promotions.Count);

        foreach (var group in promotions.Groups)
        {
            if (group.Length == 0) continue;
            var candidates = Candidates(group, request, usage, scopes, excludedAny, skipped);
            if (candidates.Count == 0) continue;
            var options = Options(candidates);
            var results = new OptionResult[options.Count];
            var best = 0;
            for (var o = 0; o < options.Count; o++)
            {
                results[o] = Evaluate(options[o], request, usage, current, shippingLeft);
                if (results[o].IsBetterThan(results[best])) best = o;
            }
            var winner = results[best];
            current = winner.Current;
            shippingLeft = winner.ShippingLeft;
            applied.AddRange(winner.Applied);
            skipped.AddRange(winner.Skipped);
            for (var o = 0; o < results.Length; o++)
                if (o != best) skipped.AddRange(results[o].AsLosers(winner));
        }
        return Explain(request, applied, skipped, shippingLeft);
    }

    /// <summary>Promotions of a group that this buyer can have and whose scope holds a line; the others are explained.</summary>
    private static List<Candidate> Candidates(
        CompiledPromotion[] group, PricingRequest request, PromotionUsage usage, int[][] scopes, bool[] excludedAny, List<SkippedPromotion> skipped)
    {
        var candidates = new List<Candidate>(group.Length);
        foreach (var promotion in group)
        {
            if (promotion.CheckBuyer(request, usage) is { } notForBuyer)
            {
                skipped.Add(notForBuyer);
                continue;
            }
            var scope = scopes[promotion.Index];
            if (scope.Length == 0)
            {
                skipped.Add(excludedAny[promotion.Index]
                    ? promotion.Skip(NotAppliedReason.ExcludedSku, "Every line that would qualify is excluded.")
                    : promotion.Skip(NotAppliedReason.NoLineInScope, "No line of the cart is in the promotion's scope."));
                continue;
            }
            candidates.Add(new Candidate(promotion, scope));
        }
        return candidates;
    }

    /// <summary>
    /// The alternatives of a group: all stackable promotions together, and each exclusive one alone, listed in the
    /// order of their highest-priority member (that order breaks ties).
    /// </summary>
    private static List<List<Candidate>> Options(List<Candidate> candidates)
    {
        var options = new List<List<Candidate>>();
        List<Candidate>? stackable = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Promotion.IsExclusive)
            {
                options.Add([candidate]);
            }
            else if (stackable is null)
            {
                stackable = [candidate];
                options.Add(stackable);
            }
            else
            {
                stackable.Add(candidate);
            }
        }
        return options;
    }

    private static OptionResult Evaluate(List<Candidate> option, PricingRequest request, PromotionUsage usage, decimal[] current, decimal shippingLeft)
    {
        var result = new OptionResult((decimal[])current.Clone(), shippingLeft, option.Count == 1 && option[0].Promotion.IsExclusive);
        foreach (var (promotion, scope) in option)
        {
            var outcome = promotion.Benefit.Apply(new BenefitContext(request, scope, result.Current, result.ShippingLeft));
            if (outcome.Failure is { } reason)
            {
                result.Skipped.Add(promotion.Skip(reason, outcome.Detail, outcome.Shortfall));
                continue;
            }
            if (outcome.Value == 0 && outcome.Gift is null)
            {
                result.Skipped.Add(promotion.Skip(NotAppliedReason.NothingLeftToDiscount, "Nothing left to discount in scope."));
                continue;
            }
            if (promotion.BudgetLeft(usage) is { } left && outcome.Value > left)
            {
                result.Skipped.Add(promotion.Skip(NotAppliedReason.BudgetExhausted, $"{Yuan(left)} of budget left, this cart needs {Yuan(outcome.Value)}."));
                continue;
            }
            result.Take(new Application(promotion, scope, outcome));
        }
        return result;
    }

    private static PricedCart Explain(PricingRequest request, List<Application> applied, List<SkippedPromotion> skipped, decimal shippingLeft)
    {
        var lines = request.Lines;
        var discounts = new List<LineDiscount>?[lines.Count];
        var appliedViews = new List<AppliedPromotion>(applied.Count);
        var gifts = new List<GrantedGift>();
        foreach (var (promotion, scope, outcome) in applied)
        {
            var definition = promotion.Definition;
            appliedViews.Add(new AppliedPromotion(definition.Id, definition.Code, definition.Name, promotion.Benefit.Group, promotion.Benefit.Type, outcome.Value, outcome.Detail));
            if (outcome.Gift is { } gift) gifts.Add(new GrantedGift(definition.Id, definition.Code, gift.Sku, gift.Quantity));
            if (outcome.LineAmounts is not { } amounts) continue;
            for (var k = 0; k < scope.Length; k++)
                if (amounts[k] > 0) (discounts[scope[k]] ??= []).Add(new LineDiscount(definition.Id, definition.Code, amounts[k]));
        }
        var priced = new PricedLine[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            priced[i] = new PricedLine(line.Sku, line.Quantity, line.UnitPrice, line.OriginalAmount, discounts[i] ?? (IReadOnlyList<LineDiscount>)[]);
        }
        return new PricedCart(priced, appliedViews, skipped, gifts, request.ShippingFee, request.ShippingFee - shippingLeft);
    }

    private readonly record struct Candidate(CompiledPromotion Promotion, int[] Scope);

    private readonly record struct Application(CompiledPromotion Promotion, int[] Scope, BenefitOutcome Outcome);

    /// <summary>One alternative of a group, evaluated on its own copy of the amounts.</summary>
    private sealed class OptionResult(decimal[] current, decimal shippingLeft, bool isExclusive)
    {
        public bool IsExclusive { get; } = isExclusive;
        public decimal[] Current { get; } = current;
        public decimal ShippingLeft { get; private set; } = shippingLeft;
        public List<Application> Applied { get; } = [];
        public List<SkippedPromotion> Skipped { get; } = [];
        public decimal Value { get; private set; }
        private int _gifts;

        public void Take(Application application)
        {
            var (_, scope, outcome) = application;
            if (outcome.LineAmounts is { } amounts)
                for (var k = 0; k < scope.Length; k++)
                    Current[scope[k]] = Math.Max(0m, Current[scope[k]] - amounts[k]); // never below zero; benefits already cap
            ShippingLeft = Math.Max(0m, ShippingLeft - outcome.ShippingAmount);
            Value += outcome.Value;
            if (outcome.Gift is not null) _gifts++;
            Applied.Add(application);
        }

        /// <summary>Best for the customer: more money off; then more gifts; ties keep the earlier alternative.</summary>
        public bool IsBetterThan(OptionResult other) =>
            Value > other.Value || (Value == other.Value && _gifts > other._gifts);

        /// <summary>The promotions this alternative would have applied, explained as lost to the winner.</summary>
        public IEnumerable<SkippedPromotion> AsLosers(OptionResult winner)
        {
            var winnerName = winner.IsExclusive && winner.Applied.Count == 1
                ? winner.Applied[0].Promotion.Definition.Code
                : string.Join("+", winner.Applied.Select(a => a.Promotion.Definition.Code));
            var reason = winner.IsExclusive ? NotAppliedReason.LostToExclusive : NotAppliedReason.LostToStackable;
            foreach (var (promotion, _, outcome) in Applied)
                yield return promotion.Skip(reason,
                    $"Would have given {Yuan(outcome.Value)}; {(winnerName.Length == 0 ? "nothing" : winnerName)} gave {Yuan(winner.Value)} and does not combine with it.",
                    lostTo: winnerName);
            foreach (var skip in Skipped) yield return skip;
        }
    }
}
