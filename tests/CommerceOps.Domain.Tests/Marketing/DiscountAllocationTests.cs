using CommerceOps.Domain.Marketing.Promotions;
using static CommerceOps.Domain.Tests.Marketing.PromotionFixtures;

namespace CommerceOps.Domain.Tests.Marketing;

public class DiscountAllocationTests
{
    [Fact]
    public void Three_equal_lines_share_a_yuan_to_the_fen()
    {
        var parts = new decimal[3];
        DiscountAllocation.Allocate(1.00m, [10m, 10m, 10m], parts);
        Assert.Equal([0.34m, 0.33m, 0.33m], parts); // the leftover fen goes to the first of equal remainders
    }

    [Fact]
    public void The_largest_remainder_gets_the_leftover_fen()
    {
        var parts = new decimal[3];
        DiscountAllocation.Allocate(0.10m, [1.00m, 2.00m, 4.00m], parts);
        // exact shares 1.43, 2.86, 5.71 fen → floors 1, 2, 5 (8 fen); remainders .43 .86 .71 → +1 to the 2nd and 3rd
        Assert.Equal([0.01m, 0.03m, 0.06m], parts);
    }

    [Fact]
    public void Allocations_of_random_carts_sum_exactly_and_never_exceed_a_line()
    {
        var random = new Random(20261126);
        for (var run = 0; run < 2_000; run++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next(0, 500_000) / 100m).ToArray();
            var sum = weights.Sum();
            var total = decimal.Floor(sum * (decimal)random.NextDouble() * 100m) / 100m;
            var parts = new decimal[weights.Length];
            DiscountAllocation.Allocate(total, weights, parts);
            Assert.Equal(total, parts.Sum());
            for (var i = 0; i < weights.Length; i++) Assert.InRange(parts[i], 0m, weights[i]);
        }
    }

    [Fact]
    public void Refuses_a_discount_larger_than_the_lines() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DiscountAllocation.Allocate(10.01m, [10m], new decimal[1]));

    [Fact]
    public void A_threshold_discount_on_a_hundred_lines_is_allocated_to_the_fen()
    {
        var lines = Enumerable.Range(0, 100).Select(i => Line($"S{i}", 3.33m + i * 0.07m, quantity: 1 + i % 3)).ToArray();
        var promo = Promo(new ThresholdDiscount(100m, 7.77m, Every: true));
        var priced = Price(Cart(lines), promo);
        Assert.Equal(priced.AppliedOf(promo).Amount, priced.Lines.Sum(l => l.Discount));
        Assert.Equal(priced.OriginalAmount - priced.Discount, priced.Total);
        Assert.All(priced.Lines, l => Assert.Equal(l.Discount, l.Discounts.Sum(d => d.Amount)));
    }
}
