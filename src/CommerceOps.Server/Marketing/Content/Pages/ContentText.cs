namespace CommerceOps.Server.Marketing.Content.Pages;

/// <summary>Texts of the content page: ContentText.resx is zh-CN, ContentText.en.resx English.</summary>
public sealed class ContentText;
