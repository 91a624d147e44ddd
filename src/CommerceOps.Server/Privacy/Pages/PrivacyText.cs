namespace CommerceOps.Server.Privacy.Pages;

/// <summary>Texts of the privacy page: PrivacyText.resx is zh-CN, PrivacyText.en.resx English.</summary>
public sealed class PrivacyText;
