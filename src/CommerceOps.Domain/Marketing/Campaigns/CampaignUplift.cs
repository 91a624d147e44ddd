namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>One measured customer after a campaign: whether they ordered in the attribution window and the GMV.</summary>
public sealed record CustomerResult(bool Converted, decimal Gmv);

/// <summary>A difference between contacted customers and the holdout, with its 95% confidence interval.</summary>
public sealed record Difference(double Treated, double Holdout, double Uplift, double Low, double High);

/// <summary>
/// Conversion and GMV per recipient of the contacted group against the holdout. Both intervals are normal
/// approximations of a difference of means with unequal variances (for conversion, the Wald interval of two
/// proportions), which is what the sizes of real campaign audiences allow.
/// </summary>
public sealed record CampaignUplift(int Recipients, int HeldOut, Difference Conversion, Difference GmvPerRecipient)
{
    private const double Z95 = 1.959963984540054;

    public static CampaignUplift Compute(IReadOnlyList<CustomerResult> recipients, IReadOnlyList<CustomerResult> holdout)
    {
        if (recipients.Count < 2 || holdout.Count < 2)
            throw new Common.DomainException("Uplift needs at least two recipients and two held-back customers.", "holdout");
        return new CampaignUplift(recipients.Count, holdout.Count,
            Compare([.. recipients.Select(r => r.Converted ? 1.0 : 0.0)], [.. holdout.Select(r => r.Converted ? 1.0 : 0.0)], proportions: true),
            Compare([.. recipients.Select(r => (double)r.Gmv)], [.. holdout.Select(r => (double)r.Gmv)], proportions: false));
    }

    private static Difference Compare(double[] treated, double[] held, bool proportions)
    {
        var (mt, mh) = (treated.Average(), held.Average());
        // Proportions use p(1 − p)/n (Wald); amounts the sample variance (n − 1).
        double VarianceOfMean(double[] xs, double mean) => proportions
            ? mean * (1 - mean) / xs.Length
            : xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1) / xs.Length;
        var margin = Z95 * Math.Sqrt(VarianceOfMean(treated, mt) + VarianceOfMean(held, mh));
        var uplift = mt - mh;
        return new Difference(mt, mh, uplift, uplift - margin, uplift + margin);
    }
}
