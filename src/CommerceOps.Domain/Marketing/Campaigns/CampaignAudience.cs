using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// Who a campaign is for: an RFM segment, a lifecycle stage, or a rule on the RFM measures (each bound optional).
/// </summary>
public abstract record CampaignAudience
{
    private CampaignAudience() { }

    public sealed record Segment(string Key) : CampaignAudience;

    public sealed record Stage(string Key) : CampaignAudience;

    public sealed record Rule(int? MinRecencyDays, int? MaxRecencyDays, int? MinFrequency, decimal? MinMonetary) : CampaignAudience;

    public static CampaignAudience OfSegment(string key) => RfmSegments.All.Contains(key)
        ? new Segment(key) : throw new DomainException($"Unknown segment '{key}'; one of {string.Join(", ", RfmSegments.All)}.", "audience");

    public static CampaignAudience OfStage(string key) => LifecycleStages.All.Contains(key)
        ? new Stage(key) : throw new DomainException($"Unknown stage '{key}'; one of {string.Join(", ", LifecycleStages.All)}.", "audience");

    public static CampaignAudience OfRule(int? minRecencyDays, int? maxRecencyDays, int? minFrequency, decimal? minMonetary)
    {
        if (minRecencyDays is null && maxRecencyDays is null && minFrequency is null && minMonetary is null)
            throw new DomainException("An audience rule needs at least one bound.", "audience");
        if (minRecencyDays < 0 || maxRecencyDays < 0 || minFrequency < 1)
            throw new DomainException("Recency bounds are at least 0 days and frequency at least 1 order.", "audience");
        if (minRecencyDays > maxRecencyDays) throw new DomainException("The recency range is empty.", "audience");
        return new Rule(minRecencyDays, maxRecencyDays, minFrequency, minMonetary);
    }

    /// <summary>Whether a customer with these RFM results belongs to the audience.</summary>
    public bool Includes(string segment, string stage, long recencyDays, long frequency, decimal monetary) => this switch
    {
        Segment s => s.Key == segment,
        Stage s => s.Key == stage,
        Rule r => recencyDays >= (r.MinRecencyDays ?? 0) && recencyDays <= (r.MaxRecencyDays ?? long.MaxValue)
            && frequency >= (r.MinFrequency ?? 1) && monetary >= (r.MinMonetary ?? decimal.MinValue),
        _ => false,
    };
}
