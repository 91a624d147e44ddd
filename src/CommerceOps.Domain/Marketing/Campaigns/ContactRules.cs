namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>
/// Whether a campaign may contact a customer now. Order matters: the holdout is decided first (a held-back customer
/// is measured whether or not they could be contacted, so the comparison stays fair), then consent for the channel,
/// then the frequency cap, then the quiet hours, which only postpone.
/// </summary>
public sealed record ContactRules(string Channel, HoldoutGroup Holdout, FrequencyCap Cap, QuietHours? Quiet)
{
    public SendDecision Decide(string customerId, Func<string, string, bool> hasConsent, IEnumerable<DateTimeOffset> previousSends, DateTimeOffset now)
    {
        if (Holdout.Contains(customerId)) return new SendDecision(SendOutcome.Holdout, null);
        if (!hasConsent(CampaignChannels.MarketingPurpose, Channel)) return new SendDecision(SendOutcome.NoConsent, null);
        if (!Cap.Allows(previousSends, now)) return new SendDecision(SendOutcome.FrequencyCapped, null);
        if (Quiet is not null && Quiet.Contains(now)) return new SendDecision(SendOutcome.Deferred, Quiet.NextAllowed(now));
        return new SendDecision(SendOutcome.Send, now);
    }
}
