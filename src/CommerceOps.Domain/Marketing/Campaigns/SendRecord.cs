namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// One audience member's outcome for one firing of a campaign: sent (with the provider's id), deferred, held back,
/// or skipped for missing consent or the frequency cap. Every member gets one, so results can compare the groups.
/// </summary>
public sealed record SendRecord(string CampaignKey, string CustomerId, string Channel, SendOutcome Outcome, DateTimeOffset DecidedAt,
    DateTimeOffset? SendAt, string? ProviderMessageId);
