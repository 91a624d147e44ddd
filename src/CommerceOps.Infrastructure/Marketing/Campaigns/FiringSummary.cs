using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>What one firing did: the audience members it considered and how many got each outcome.</summary>
public sealed record FiringSummary(int Members, IReadOnlyDictionary<SendOutcome, int> Outcomes)
{
    public static readonly FiringSummary Nobody = new(0, new Dictionary<SendOutcome, int>());
}
