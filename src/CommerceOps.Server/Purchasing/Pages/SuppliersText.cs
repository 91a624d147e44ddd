namespace CommerceOps.Server.Purchasing.Pages;

/// <summary>Texts of the suppliers page: SuppliersText.resx is zh-CN, SuppliersText.en.resx English.</summary>
public sealed class SuppliersText;
