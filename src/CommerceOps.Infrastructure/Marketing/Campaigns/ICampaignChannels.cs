using CommerceOps.Domain.Marketing.Campaigns;

namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>The adapter for each channel (SMS, WeChat, app push, email); the demo and tests use the recording one.</summary>
public interface ICampaignChannels
{
    ICampaignChannel For(string channel);
}
