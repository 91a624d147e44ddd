namespace CommerceOps.Domain.Marketing.Lifetime;

/// <summary>BG/NBD (how often) and Gamma-Gamma (how much) fitted by maximum likelihood to the same customers.</summary>
public sealed record LifetimeValueFit(BgNbdModel Purchases, GammaGammaModel Value, int FittedCustomers)
{
    /// <summary>Enough customers for parameters stable to well under 1%, few enough to fit in seconds.</summary>
    public const int DefaultMaxFittedCustomers = 50_000;

    /// <summary>
    /// Fits both models; above <paramref name="maxCustomers"/> histories it fits on a systematic sample (every k-th, so
    /// the same input gives the same parameters), and identical (x, t_x, T) count once with a weight for BG/NBD.
    /// </summary>
    public static LifetimeValueFit Fit(IReadOnlyList<PurchaseHistory> histories, int maxCustomers = DefaultMaxFittedCustomers)
    {
        var step = Math.Max(1, (histories.Count + maxCustomers - 1) / maxCustomers);
        var sample = step == 1 ? histories : histories.Where((_, i) => i % step == 0).ToList();
        var grouped = sample.GroupBy(h => (h.X, h.TX, h.T)).Select(g => new PurchaseHistory(g.Key.X, g.Key.TX, g.Key.T, null, g.Sum(h => h.Weight))).ToList();
        return new LifetimeValueFit(BgNbdModel.Fit(grouped), GammaGammaModel.Fit(sample), sample.Count);
    }

    /// <summary>Expected purchases in the next <paramref name="horizon"/> time units times the expected value of each (undiscounted).</summary>
    public double LifetimeValue(PurchaseHistory h, double horizon) => Purchases.ExpectedPurchases(h, horizon) * Value.ExpectedMeanValue(h);
}
