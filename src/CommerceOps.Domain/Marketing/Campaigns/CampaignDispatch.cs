namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>A customer the campaign fired for, with what the rules need to know about them.</summary>
public sealed record AudienceMember(string CustomerId, Func<string, string, bool> HasConsent, IReadOnlyList<DateTimeOffset> PreviousSends);

/// <summary>
/// Fires a campaign for its audience: decides each member by the contact rules, delivers the sends that are due now
/// through the channel and returns a record for every member (deferred sends are delivered when they come due).
/// </summary>
public sealed class CampaignDispatch(ICampaignChannel channel)
{
    public IReadOnlyList<SendRecord> Fire(Campaign campaign, IEnumerable<AudienceMember> audience, DateTimeOffset now)
    {
        if (channel.Channel != campaign.Action.Channel)
            throw new InvalidOperationException($"Campaign {campaign.Key} sends by {campaign.Action.Channel}, not {channel.Channel}.");
        var records = new List<SendRecord>();
        foreach (var member in audience)
        {
            var decision = campaign.Rules.Decide(member.CustomerId, member.HasConsent, member.PreviousSends, now);
            var messageId = decision.Outcome == SendOutcome.Send ? channel.Deliver(member.CustomerId, campaign.Action.Message) : null;
            records.Add(new SendRecord(campaign.Key, member.CustomerId, campaign.Action.Channel, decision.Outcome, now, decision.SendAt, messageId));
        }
        return records;
    }
}
