namespace CommerceOps.Server.AfterSales.Pages;

/// <summary>Texts of the returns page: ReturnsText.resx is zh-CN, ReturnsText.en.resx English.</summary>
public sealed class ReturnsText;
