using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Bench.Pricing;

/// <summary>
/// The pricing target: a 100-line cart against 50 active promotions of the kinds a Double 11 store runs at
/// once — item discounts scoped by category, brand and SKU (some exclusive), thresholds, coupons and free shipping.
/// Fixed seed, so every run prices the same cart.
/// </summary>
public sealed class PricingWorkload
{
    private static readonly string[] Categories = ["outdoor", "food", "beauty", "3c", "apparel", "home", "baby", "appliance"];
    private static readonly string[] Brands = ["山野", "北极星", "小熊", "云朵", "森屿", "极光"];

    public PricingWorkload(int lineCount = 100, int promotionCount = 50)
    {
        var random = new Random(61111);
        var at = new DateTimeOffset(2026, 11, 11, 20, 0, 0, TimeSpan.FromHours(8));
        var lines = Enumerable.Range(0, lineCount).Select(i => new PricingLine(
            $"SKU{i:D4}", Categories[i % Categories.Length], Brands[i % Brands.Length], 1 + random.Next(4), random.Next(990, 59_900) / 100m)).ToList();
        Request = new PricingRequest(lines, new PricingCustomer(7, MembershipTiers.Gold, false, new HashSet<string>()), "live", at,
            new HashSet<string> { "C0", "C2", "C4" }, ShippingFee: 12m);

        var period = new PromotionPeriod(at.AddDays(-1), at.AddDays(1));
        var definitions = new List<PromotionDefinition>();
        for (var id = 1; definitions.Count < promotionCount; id++)
        {
            var k = id - 1;
            var skus = Enumerable.Range(0, 15).Select(_ => $"SKU{random.Next(lineCount * 2):D4}").Distinct().ToList(); // half of them not in the cart
            var (benefit, scope, stacking) = (k % 10) switch
            {
                0 or 1 => ((PromotionBenefit)new PercentageDiscount(5 + k % 15), new PromotionScope(Categories: [Categories[k % Categories.Length]], ExcludedSkus: skus.Take(3).ToList()), Stacking.Stackable),
                2 => (new DirectDiscount(1m + k % 7), new PromotionScope(Skus: skus, ExcludedSkus: []), Stacking.Stackable),
                3 => (new PercentageDiscount(10 + k % 20), new PromotionScope(Brands: [Brands[k % Brands.Length]], ExcludedSkus: []), Stacking.Exclusive),
                4 or 5 => (new ThresholdDiscount(100m * (1 + k % 5), 10m + k % 30, Every: k % 2 == 0), new PromotionScope(Categories: [.. Categories.Take(1 + k % 4)], ExcludedSkus: skus.Take(2).ToList()), Stacking.Stackable),
                6 => (new ThresholdDiscount(300m, 50m, Every: true), new PromotionScope(ExcludedSkus: skus), Stacking.Exclusive),
                7 or 8 => (new CouponDiscount($"C{k % 6}", 50m * (k % 5), AmountOff: 5m + k % 20), new PromotionScope(ExcludedSkus: skus.Take(5).ToList()), Stacking.Stackable),
                _ => (new FreeShipping(99m + k), new PromotionScope(ExcludedSkus: []), Stacking.Stackable),
            };
            var eligibility = k % 7 == 0 ? new PromotionEligibility(Channels: ["organic"]) : PromotionEligibility.Everyone;
            definitions.Add(new PromotionDefinition(id, $"P{id:D3}", $"promotion {id}",
                new PromotionRules(benefit, period, scope, eligibility, stacking, Priority: random.Next(5), new PromotionLimits(3, 1_000_000m))));
        }
        Definitions = definitions;
        Set = PromotionSet.Of(definitions);
    }

    public PricingRequest Request { get; }
    public IReadOnlyList<PromotionDefinition> Definitions { get; }
    /// <summary>Compiled once, as <c>ActivePromotions</c> keeps it in production.</summary>
    public PromotionSet Set { get; }
}
