using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>
/// One audience member's outcome when a campaign fired: sent (with the provider's message id and the coupon code it
/// carried), deferred by quiet hours (pending until <see cref="SendAt"/>), held back, or skipped with the reason.
/// </summary>
public sealed class CampaignSend
{
    private CampaignSend() { }

    public CampaignSend(long campaignId, long customerId, string customerCode, string channel, SendDecision decision, DateTimeOffset decidedAt)
    {
        CampaignId = campaignId;
        CustomerId = customerId;
        CustomerCode = customerCode;
        Channel = channel;
        Outcome = decision.Outcome;
        DecidedAt = decidedAt;
        SendAt = decision.SendAt;
    }

    public long Id { get; private set; }
    public long CampaignId { get; private set; }
    public long CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public SendOutcome Outcome { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
    public DateTimeOffset? SendAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? ProviderMessageId { get; private set; }
    public string? CouponCode { get; private set; }

    public bool IsPending => Outcome == SendOutcome.Deferred;

    public void Sent(DateTimeOffset at, string providerMessageId, string? couponCode)
    {
        Outcome = SendOutcome.Send;
        SentAt = at;
        SendAt = at;
        ProviderMessageId = providerMessageId;
        CouponCode = couponCode;
    }

    public void ConsentWithdrawn() => Outcome = SendOutcome.ConsentWithdrawn;
}
