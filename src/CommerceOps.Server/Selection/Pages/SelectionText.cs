namespace CommerceOps.Server.Selection.Pages;

/// <summary>Texts of the pre-sales and demand pages: SelectionText.resx is zh-CN, SelectionText.en.resx English.</summary>
public sealed class SelectionText;
