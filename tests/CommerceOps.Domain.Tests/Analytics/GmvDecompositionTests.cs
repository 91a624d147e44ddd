using CommerceOps.Domain.Analytics;

namespace CommerceOps.Domain.Tests.Analytics;

public sealed class GmvDecompositionTests
{
    [Fact]
    public void Visitors_conversion_and_order_value_multiply_to_gmv()
    {
        var f = new GmvFactors(Visitors: 1_000, Buyers: 40, Orders: 44, RepeatBuyers: 4, Gmv: 6_000m);

        Assert.Equal((0.04m, 150m, 0.1m), (f.ConversionRate, f.AverageOrderValue, f.RepurchaseRate));
        Assert.Equal(f.Gmv, f.Visitors * f.ConversionRate * f.AverageOrderValue);
    }

    [Fact]
    public void Only_visitors_changed_so_visitors_explain_all_of_it()
    {
        var d = GmvDecomposition.Between(new GmvFactors(1_000, 40, 40, 0, 6_000m), new GmvFactors(2_000, 80, 80, 0, 12_000m));

        Assert.Equal((6_000m, 6_000m, 0m, 0m, 0m), (d.Change, d.VisitorsEffect, d.ConversionEffect, d.AverageOrderValueEffect, d.Unattributed));
    }

    [Fact]
    public void Random_changes_add_up_to_the_fen_and_the_remainder_is_the_shapley_value()
    {
        var random = new Random(7);
        for (var i = 0; i < 1_000; i++)
        {
            var before = Random(random);
            var after = Random(random);

            var d = GmvDecomposition.Between(before, after);

            Assert.Equal(after.Gmv - before.Gmv, d.VisitorsEffect + d.ConversionEffect + d.AverageOrderValueEffect + d.Unattributed);
            Assert.Equal(0m, d.Unattributed);
            Assert.True(Math.Abs(d.AverageOrderValueEffect - GmvDecomposition.ExactAverageOrderValueEffect(before, after)) <= 0.011m);
        }
    }

    [Fact]
    public void A_channel_that_is_new_this_period_is_all_visitors_and_no_residue()
    {
        var d = GmvDecomposition.Between(new GmvFactors(0, 0, 0, 0, 0), new GmvFactors(500, 10, 10, 0, 990m));

        Assert.Equal(990m, d.VisitorsEffect + d.ConversionEffect + d.AverageOrderValueEffect);
        Assert.Equal(0m, d.Unattributed);
    }

    [Fact]
    public void Buyers_without_any_visitors_are_unattributed_not_forced_into_a_factor()
    {
        var d = GmvDecomposition.Between(new GmvFactors(100, 5, 5, 0, 500m), new GmvFactors(0, 3, 3, 0, 300m));

        Assert.Equal((-200m, -200m), (d.Change, d.Unattributed));
    }

    private static GmvFactors Random(Random random)
    {
        var visitors = random.Next(1, 100_000);
        var buyers = random.Next(0, visitors / 10 + 1);
        var gmv = buyers == 0 ? 0m : Math.Round((decimal)(random.NextDouble() * 300 + 10) * buyers, 2);
        return new GmvFactors(visitors, buyers, buyers, 0, gmv);
    }
}
