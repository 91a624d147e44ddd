using System.Security.Cryptography;
using System.Text;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// Which customers a campaign holds back to measure its effect. Deterministic: a customer's bucket is a hash of the
/// campaign key and the customer id, so the same customer stays in (or out of) the holdout on every run and
/// process, and different campaigns hold back different customers.
/// </summary>
public sealed record HoldoutGroup
{
    public const decimal DefaultPercent = 10m;
    private const int Buckets = 10_000;

    public HoldoutGroup(string campaignKey, decimal percent = DefaultPercent)
    {
        if (string.IsNullOrWhiteSpace(campaignKey)) throw new DomainException("A holdout needs the campaign's key.", "campaignKey");
        if (percent is < 0 or > 50) throw new DomainException("The holdout is between 0% and 50% of the audience.", "holdoutPercent");
        CampaignKey = campaignKey;
        Percent = percent;
    }

    public string CampaignKey { get; }
    public decimal Percent { get; }

    public bool Contains(string customerId) => Bucket(customerId) < Percent * Buckets / 100m;

    // SHA-256, not string.GetHashCode: that one is randomised per process.
    private int Bucket(string customerId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(CampaignKey + "\n" + customerId));
        return (int)(BitConverter.ToUInt32(hash, 0) % Buckets);
    }
}
