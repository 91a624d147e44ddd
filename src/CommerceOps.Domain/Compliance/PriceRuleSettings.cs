namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The configurable thresholds of the price rules (configuration section <c>Compliance:PriceRules</c>): a list-price rise of
/// <see cref="HikePercent"/>% or more within <see cref="HikeWindowDays"/> days before a promotion is refused
/// (<see cref="HikeSeverity"/> BLOCK) or sent to review (WARN); platform campaign rules take effect at least
/// <see cref="CampaignLeadDays"/> days after publication.
/// </summary>
public sealed record PriceRuleSettings(
    decimal HikePercent = 10m,
    int HikeWindowDays = 30,
    FindingSeverity HikeSeverity = FindingSeverity.Block,
    int CampaignLeadDays = 7)
{
    public static readonly PriceRuleSettings Default = new();

    public PriceHikeRule Hike => new(HikePercent, HikeWindowDays, HikeSeverity);

    public RuleLeadTime LeadTime => new(CampaignLeadDays);
}
