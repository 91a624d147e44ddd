namespace CommerceOps.Domain.Marketing.Content;

/// <summary>
/// Where the private domain lives: a WeChat group, the WeChat official account, an app subscription. Content is
/// published to one of these or to the public short-video and live platforms.
/// </summary>
public static class PrivateDomainChannels
{
    public const string WeChatGroup = "wechat_group";
    public const string WeChatOfficialAccount = "wechat_official_account";
    public const string AppSubscription = "app_subscription";

    /// <summary>Channels a customer can be a member or subscriber of.</summary>
    public static readonly IReadOnlyList<string> Membership = [WeChatGroup, WeChatOfficialAccount, AppSubscription];

    public const string ShortVideoPlatform = "short_video_platform";
    public const string LivePlatform = "live_platform";

    /// <summary>Channels content can be published on: the private domain plus the public platforms.</summary>
    public static readonly IReadOnlyList<string> Publishing = [WeChatGroup, WeChatOfficialAccount, AppSubscription, ShortVideoPlatform, LivePlatform];
}
