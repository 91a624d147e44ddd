namespace CommerceOps.Server.Inventory.Pages;

/// <summary>Texts of the inventory page: InventoryText.resx is zh-CN, InventoryText.en.resx English.</summary>
public sealed class InventoryText;
