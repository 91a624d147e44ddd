namespace CommerceOps.Server.Alerts.Pages;

/// <summary>Texts of the alerts page: AlertsText.resx is zh-CN, AlertsText.en.resx English.</summary>
public sealed class AlertsText;
