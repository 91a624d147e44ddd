namespace CommerceOps.Server.IntellectualProperty.Pages;

/// <summary>Texts of the brands-and-complaints page: BrandsText.resx is zh-CN, BrandsText.en.resx English.</summary>
public sealed class BrandsText;
