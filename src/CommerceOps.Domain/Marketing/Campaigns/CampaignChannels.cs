namespace CommerceOps.Domain.Marketing.Campaigns;

/// <summary>The channels a campaign message can go through; each needs the customer's marketing consent for that channel.</summary>
public static class CampaignChannels
{
    public const string Sms = "sms";
    public const string WeChat = "wechat";
    public const string AppPush = "app_push";
    public const string Email = "email";

    /// <summary>The consent purpose a campaign send requires (with the channel).</summary>
    public const string MarketingPurpose = "marketing";

    public static readonly IReadOnlyList<string> All = [Sms, WeChat, AppPush, Email];
}
