namespace CommerceOps.Domain.Marketing.Promotions;

/// <summary>Prices one cart under two promotion sets side by side, for A/B decisions before publishing.</summary>
public static class PromotionSimulator
{
    public static SimulationResult Compare(PricingRequest request, PromotionSet a, PromotionSet b)
    {
        var pricedA = PromotionEngine.Price(request, a);
        var pricedB = PromotionEngine.Price(request, b);
        return new SimulationResult(pricedA, pricedB, pricedB.Total - pricedA.Total, pricedB.Discount - pricedA.Discount);
    }
}

/// <summary>Both priced carts; the differences are B minus A (negative total difference: B is cheaper for the customer).</summary>
public sealed record SimulationResult(PricedCart A, PricedCart B, decimal TotalDifference, decimal DiscountDifference);
