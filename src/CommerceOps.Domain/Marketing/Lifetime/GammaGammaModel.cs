using MathNet.Numerics;

namespace CommerceOps.Domain.Marketing.Lifetime;

/// <summary>
/// The Gamma-Gamma model of spend per purchase (Fader, Hardie &amp; Lee 2005, "RFM and CLV"): a customer's purchase
/// values are Gamma(p, ν) with ν ~ Gamma(q, v), independent of how often they buy. Fitted on repeat buyers only.
/// </summary>
public sealed record GammaGammaModel(double P, double Q, double V)
{
    /// <summary>
    /// The maximum-likelihood parameters for the repeat buyers among the histories; a non-positive mean value (refunds
    /// exceeding sales) has no likelihood under the model, so those customers are left out too.
    /// </summary>
    public static GammaGammaModel Fit(IReadOnlyList<PurchaseHistory> histories)
    {
        var repeat = FittedOn(histories);
        if (repeat.Count == 0) throw new Common.DomainException("There are no repeat buyers with a positive mean value to fit the spend model to.");
        // Only v carries the currency unit: fitting on values in units of their mean starts near v ≈ 1, then v is scaled back.
        var scale = repeat.Sum(h => h.Weight * h.MeanValue!.Value) / repeat.Sum(h => h.Weight);
        var scaled = repeat.Select(h => h with { MeanValue = h.MeanValue / scale }).ToList();
        var p = MaximumLikelihood.FitPositive(p => new GammaGammaModel(p[0], p[1], p[2]).LogLikelihood(scaled), [1, 2, 1]);
        return new GammaGammaModel(p[0], p[1], p[2] * scale);
    }

    /// <summary>The histories the model is fitted on.</summary>
    public static IReadOnlyList<PurchaseHistory> FittedOn(IEnumerable<PurchaseHistory> histories) =>
        histories.Where(h => h is { IsRepeatBuyer: true, MeanValue: > 0 }).ToList();

    /// <summary>Log-likelihood of a repeat buyer's mean value z̄ over x purchases.</summary>
    public double LogLikelihood(PurchaseHistory h)
    {
        var x = h.X;
        var z = h.MeanValue ?? throw new ArgumentException("A Gamma-Gamma history needs its mean purchase value.", nameof(h));
        var px = P * x;
        return SpecialFunctions.GammaLn(px + Q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(Q) + Q * Math.Log(V)
            + (px - 1) * Math.Log(z) + px * Math.Log(x) - (px + Q) * Math.Log(x * z + V);
    }

    public double LogLikelihood(IReadOnlyList<PurchaseHistory> histories) => histories.Sum(h => h.Weight * LogLikelihood(h));

    /// <summary>The population's mean purchase value, p·v / (q − 1), defined for q &gt; 1.</summary>
    public double PopulationMeanValue => P * V / (Q - 1);

    /// <summary>
    /// E[value per purchase | x, z̄]: a weighted mean of the population mean and the customer's own z̄; customers
    /// without a positive z̄ (no repeat purchase yet, or refunds exceeding sales) get the population mean.
    /// </summary>
    public double ExpectedMeanValue(PurchaseHistory h) =>
        h is { IsRepeatBuyer: true, MeanValue: > 0 } ? P * (V + h.X * h.MeanValue.Value) / (P * h.X + Q - 1) : PopulationMeanValue;
}
