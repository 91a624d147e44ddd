using CommerceOps.Domain.Marketing.Promotions;
using static CommerceOps.Domain.Tests.Marketing.PromotionFixtures;

namespace CommerceOps.Domain.Tests.Marketing;

/// <summary>Scope matching (an index of bit sets over the promotions) across SKUs, categories, brands and exclusions.</summary>
public class PromotionScopeTests
{
    [Fact]
    public void More_than_sixty_four_promotions_each_find_their_own_line()
    {
        var lines = Enumerable.Range(0, 70).Select(i => Line($"S{i}", 10m)).ToArray();
        var promos = Enumerable.Range(0, 70).Select(i => Promo(new DirectDiscount(1m + i % 5), scope: new PromotionScope(Skus: [$"S{i}"], ExcludedSkus: []))).ToArray();
        var priced = Price(Cart(lines), promos);
        Assert.Equal(Enumerable.Range(0, 70).Select(i => 1m + i % 5), priced.Lines.Select(l => l.Discount));
    }

    [Fact]
    public void Include_lists_combine_and_exclusions_by_category_and_brand_win()
    {
        var promo = Promo(new PercentageDiscount(50m), scope: new PromotionScope(
            Categories: ["outdoor", "food"], Brands: ["山野"], ExcludedSkus: ["X"], ExcludedCategories: ["food"], ExcludedBrands: []));
        var priced = Price(Cart(
            Line("A", 10m), Line("B", 10m, brand: "别家"), Line("C", 10m, category: "food"), Line("X", 10m), Line("D", 10m, brand: null)), promo);
        Assert.Equal([5m, 0m, 0m, 0m, 0m], priced.Lines.Select(l => l.Discount));
    }
}
