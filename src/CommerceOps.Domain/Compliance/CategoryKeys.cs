namespace CommerceOps.Domain.Compliance;

/// <summary>The category keys the compliance rules know. Catalog category codes map to them by their first segment.</summary>
public static class CategoryKeys
{
    public const string Beauty = "beauty";
    public const string Food = "food";
    public const string HealthFood = "health_food";
    public const string Fresh = "fresh";
    public const string Electronics = "3c";
    public const string Appliance = "appliance";
    public const string Apparel = "apparel";
    public const string Home = "home";
    public const string Outdoor = "outdoor";
    public const string Baby = "baby";
    public const string MedicalDevice = "medical_device";

    public static readonly IReadOnlyList<string> All =
        [Beauty, Food, HealthFood, Fresh, Electronics, Appliance, Apparel, Home, Outdoor, Baby, MedicalDevice];

    public static bool IsKnown(string key) => All.Contains(key);

    /// <summary>Medical and health-food ads: absolute terms on efficacy are never minor there (SPEC AD-ABS-001).</summary>
    public static bool IsHealthRelated(string key) => key is HealthFood or MedicalDevice;

    /// <summary>"fresh.fruit" → fresh, "appliances.kitchen" → appliance; null for a code outside the known keys.</summary>
    public static string? FromCategoryCode(string code)
    {
        var head = code.Split('.')[0].ToLowerInvariant();
        var key = head switch
        {
            "appliances" => Appliance,
            "healthfood" or "health-food" => HealthFood,
            "medical" or "medical_devices" => MedicalDevice,
            _ => head,
        };
        return IsKnown(key) ? key : null;
    }
}
