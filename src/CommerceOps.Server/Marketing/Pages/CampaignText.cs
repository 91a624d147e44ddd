namespace CommerceOps.Server.Marketing.Pages;

/// <summary>Texts of the Campaigns and Coupons pages: CampaignText.resx is zh-CN, CampaignText.en.resx English.</summary>
public sealed class CampaignText;
