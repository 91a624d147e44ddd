namespace CommerceOps.Server.Marketing.Pages;

/// <summary>Texts of the Promotions page: PromotionsText.resx is zh-CN, PromotionsText.en.resx English.</summary>
public sealed class PromotionsText;
