namespace CommerceOps.Infrastructure.Marketing.Campaigns;

/// <summary>An active campaign fires when its trigger does; a paused one fires nothing and delivers no deferred send.</summary>
public enum CampaignStatus
{
    Active,
    Paused,
}
