using MathNet.Numerics;

namespace CommerceOps.Domain.Marketing.Lifetime;

/// <summary>
/// The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while alive a customer buys
/// at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with probability p ~ Beta(a, b).
/// </summary>
public sealed record BgNbdModel(double R, double Alpha, double A, double B)
{
    /// <summary>The maximum-likelihood parameters for these histories.</summary>
    public static BgNbdModel Fit(IReadOnlyList<PurchaseHistory> histories)
    {
        if (histories.Count == 0) throw new Common.DomainException("There are no customers to fit the purchase model to.");
        // Only α carries the time unit: fitting in units of the mean T starts every data set near α ≈ 1, then α is scaled back.
        var scale = histories.Sum(h => h.Weight * h.T) / histories.Sum(h => h.Weight);
        var scaled = histories.Select(h => h with { TX = h.TX / scale, T = h.T / scale }).ToList();
        var p = MaximumLikelihood.FitPositive(p => new BgNbdModel(p[0], p[1], p[2], p[3]).LogLikelihood(scaled), [1, 1, 1, 1]);
        return new BgNbdModel(p[0], p[1] * scale, p[2], p[3]);
    }

    /// <summary>Log-likelihood of one history (equation 6 of the paper, in log space so large x and T stay finite).</summary>
    public double LogLikelihood(PurchaseHistory h) => LogLikelihood(h, XTerms(h.X));

    /// <summary>Sum of weighted log-likelihoods; the terms that depend on x only are computed once per distinct x.</summary>
    public double LogLikelihood(IReadOnlyList<PurchaseHistory> histories)
    {
        var byX = new Dictionary<double, double>();
        var total = 0.0;
        foreach (var h in histories)
        {
            if (!byX.TryGetValue(h.X, out var xTerms)) byX[h.X] = xTerms = XTerms(h.X);
            total += h.Weight * LogLikelihood(h, xTerms);
        }
        return total;
    }

    private double XTerms(double x) =>
        SpecialFunctions.GammaLn(R + x) - SpecialFunctions.GammaLn(R) + R * Math.Log(Alpha)
        + SpecialFunctions.GammaLn(A + B) + SpecialFunctions.GammaLn(B + x) - SpecialFunctions.GammaLn(B) - SpecialFunctions.GammaLn(A + B + x);

    private double LogLikelihood(PurchaseHistory h, double xTerms)
    {
        var stillAlive = -(R + h.X) * Math.Log(Alpha + h.T);
        if (!h.IsRepeatBuyer) return xTerms + stillAlive;
        var droppedAfterLast = Math.Log(A) - Math.Log(B + h.X - 1) - (R + h.X) * Math.Log(Alpha + h.TX);
        return xTerms + LogAddExp(stillAlive, droppedAfterLast);
    }

    /// <summary>P(alive at T | x, t_x, T).</summary>
    public double ProbabilityAlive(PurchaseHistory h) => 1 / (1 + DropoutOdds(h));

    /// <summary>
    /// E[purchases in (T, T + t] | x, t_x, T] (equation 10 of the paper). Uses Gauss's hypergeometric function at
    /// z = t / (α + T + t) &lt; 1.
    /// </summary>
    public double ExpectedPurchases(PurchaseHistory h, double t)
    {
        if (t <= 0) return 0;
        var a = R + h.X;
        var b = B + h.X;
        var c = A + B + h.X - 1;
        var z = t / (Alpha + h.T + t);
        var hyper = Hypergeometric.F21(a, b, c, z);
        var first = (A + B + h.X - 1) / (A - 1);
        var second = 1 - hyper * Math.Pow((Alpha + h.T) / (Alpha + h.T + t), R + h.X);
        return first * second / (1 + DropoutOdds(h));
    }

    private double DropoutOdds(PurchaseHistory h) =>
        h.IsRepeatBuyer ? A / (B + h.X - 1) * Math.Pow((Alpha + h.T) / (Alpha + h.TX), R + h.X) : 0;

    private static double LogAddExp(double x, double y)
    {
        var max = Math.Max(x, y);
        return max + Math.Log(Math.Exp(x - max) + Math.Exp(y - max));
    }
}
