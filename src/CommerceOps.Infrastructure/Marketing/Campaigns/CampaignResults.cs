using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// A campaign's results: every outcome counted, and for each recipient (first send) and held-back customer (first
/// decision) whether they ordered within <see cref="WindowDays"/> days after it and the GMV of those orders (non-cancelled
/// order totals). <see cref="Uplift"/> compares the two groups with 95% intervals; null until each has two customers.
/// </summary>
public sealed record CampaignResults(
    long CampaignId, int WindowDays, IReadOnlyDictionary<SendOutcome, int> Outcomes,
    int Recipients, int RecipientsConverted, decimal RecipientsGmv, int HeldOut, int HeldOutConverted, decimal HeldOutGmv,
    CampaignUplift? Uplift);
