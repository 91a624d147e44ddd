using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>What a campaign does for each contacted customer: issue a coupon and/or send a message through a channel.</summary>
public sealed record CampaignAction
{
    public CampaignAction(string channel, string message, long? couponPromotionId)
    {
        if (!CampaignChannels.All.Contains(channel))
            throw new DomainException($"Unknown channel '{channel}'; one of {string.Join(", ", CampaignChannels.All)}.", "channel");
        if (string.IsNullOrWhiteSpace(message)) throw new DomainException("A campaign message has text.", "message");
        if (couponPromotionId <= 0) throw new DomainException("The coupon is an existing coupon promotion.", "couponPromotionId");
        (Channel, Message, CouponPromotionId) = (channel, message.Trim(), couponPromotionId);
    }

    /// <summary>Every action is delivered on a channel (the coupon's code travels in the message), so consent is always checked.</summary>
    public string Channel { get; }
    public string Message { get; }
    public long? CouponPromotionId { get; }
}
