namespace CommerceOps.Server.Service.Pages;

/// <summary>Texts of the service pages (service desk, knowledge base, service KPIs): ServiceText.resx is zh-CN, ServiceText.en.resx English.</summary>
public sealed class ServiceText;
