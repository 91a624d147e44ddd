namespace CommerceOps.Server.Logistics.Pages;

/// <summary>Texts of the logistics page: LogisticsText.resx is zh-CN, LogisticsText.en.resx English.</summary>
public sealed class LogisticsText;
