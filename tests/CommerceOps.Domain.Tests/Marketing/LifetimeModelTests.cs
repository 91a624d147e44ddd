using CommerceOps.Domain.Marketing.Lifetime;

namespace CommerceOps.Domain.Tests.Marketing;

/// <summary>The models with the published CDNOW parameters against numbers from the papers and closed forms.</summary>
public class LifetimeModelTests
{
    private static readonly BgNbdModel Cdnow = new(0.2426, 4.4135, 0.7929, 2.4258);

    [Fact]
    public void Expected_purchases_match_the_worked_example_of_Fader_Hardie_and_Lee()
    {
        // "Counting your customers the easy way", §5: x = 2, t_x = 30.43, T = 38.86 weeks → 1.226 purchases in the next 39 weeks.
        var expected = Cdnow.ExpectedPurchases(new PurchaseHistory(2, 30.43, 38.86), 39);

        Assert.Equal(1.226, expected, 0.001);
    }

    [Fact]
    public void A_customer_without_repeat_purchases_is_alive_and_a_long_silence_after_many_purchases_is_doubtful()
    {
        Assert.Equal(1.0, Cdnow.ProbabilityAlive(new PurchaseHistory(0, 0, 38.86)));
        Assert.True(Cdnow.ProbabilityAlive(new PurchaseHistory(10, 5, 38.86)) < 0.2);
        Assert.True(Cdnow.ProbabilityAlive(new PurchaseHistory(10, 38, 38.86)) > 0.9);
    }

    [Fact]
    public void The_hypergeometric_series_matches_a_closed_form()
    {
        // 2F1(1, 1; 2; z) = −ln(1 − z) / z
        foreach (var z in new[] { 0.1, 0.5, 0.9, 0.99 })
            Assert.Equal(-Math.Log(1 - z) / z, Hypergeometric.F21(1, 1, 2, z), 1e-9);
    }

    [Fact]
    public void Spend_shrinks_a_repeat_buyers_mean_towards_the_population_mean()
    {
        var model = new GammaGammaModel(6.25, 3.74, 15.45);
        var population = model.PopulationMeanValue;

        var few = model.ExpectedMeanValue(new PurchaseHistory(1, 1, 10, 100));
        var many = model.ExpectedMeanValue(new PurchaseHistory(50, 9, 10, 100));

        Assert.Equal(6.25 * 15.45 / 2.74, population, 1e-9);
        Assert.InRange(few, population, 100);
        Assert.InRange(many, few, 100);
        Assert.Equal(population, model.ExpectedMeanValue(new PurchaseHistory(0, 0, 10)));
    }

    [Fact]
    public void Fitting_recovers_the_parameters_a_simulation_was_drawn_from()
    {
        var truth = new GammaGammaModel(4, 3, 20);
        var random = new Random(7);
        var histories = Enumerable.Range(0, 4000).Select(_ =>
        {
            var x = random.Next(1, 8);
            var nu = Gamma(random, truth.Q) / truth.V;
            var mean = Enumerable.Range(0, x).Average(_ => Gamma(random, truth.P) / nu);
            return new PurchaseHistory(x, 1, 2, mean);
        }).ToList();

        var fitted = GammaGammaModel.Fit(histories);

        Assert.Equal(truth.PopulationMeanValue, fitted.PopulationMeanValue, truth.PopulationMeanValue * 0.1);
        Assert.InRange(fitted.P, 3, 5);
    }

    /// <summary>Marsaglia–Tsang Gamma(shape, 1) sampler (shape ≥ 1).</summary>
    private static double Gamma(Random random, double shape)
    {
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v)) return d * v;
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
