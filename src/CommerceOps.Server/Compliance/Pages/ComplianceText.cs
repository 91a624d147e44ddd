namespace CommerceOps.Server.Compliance.Pages;

/// <summary>Texts of the Compliance page: ComplianceText.resx is zh-CN, ComplianceText.en.resx English.</summary>
public sealed class ComplianceText;
