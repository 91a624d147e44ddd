namespace CommerceOps.Server.Marketing.Pages;

/// <summary>Texts of the marketing pages: MarketingText.resx is zh-CN, MarketingText.en.resx English.</summary>
public sealed class MarketingText;
