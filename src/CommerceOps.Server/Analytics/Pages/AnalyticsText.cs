namespace CommerceOps.Server.Analytics.Pages;

/// <summary>Texts of the analytics pages: AnalyticsText.resx is zh-CN, AnalyticsText.en.resx English.</summary>
public sealed class AnalyticsText;
