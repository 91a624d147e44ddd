namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// The attributes customers ask the assistant about (origin, shelf life, warranty, fabric) for categories whose templates
/// do not carry them. They come from their own random sequence so adding them leaves the rest of the demo store unchanged,
/// and never replace an attribute the template already sets.
/// </summary>
public static class DemoServiceAttributes
{
    /// <summary>Fixed, so the attributes are the same on every run; distinct from the store seeds (which start at small numbers).</summary>
    public const int Seed = 7_700_001;

    private static readonly Dictionary<string, Dictionary<string, string[]>> ByCategory = new()
    {
        ["fresh.vegetables"] = new() { ["产地"] = ["山东寿光", "云南", "黑龙江", "河北"], ["保质期"] = ["3天", "5天", "7天"], ["储存方式"] = ["冷藏"] },
        ["beauty.skincare"] = new() { ["保质期"] = ["3年", "36个月"], ["产地"] = ["上海", "广州", "云南昆明", "杭州"] },
        ["beauty.makeup"] = new() { ["保质期"] = ["3年", "36个月"], ["产地"] = ["上海", "广州", "杭州"] },
        ["3c.phones"] = new() { ["产地"] = ["广东东莞", "广东深圳", "北京"] },
        ["3c.audio"] = new() { ["产地"] = ["广东深圳", "广东东莞"] },
        ["3c.accessories"] = new() { ["保修"] = ["1年", "18个月"], ["产地"] = ["广东深圳"] },
        ["appliances.kitchen"] = new() { ["产地"] = ["广东佛山", "浙江杭州", "广东中山"] },
        ["appliances.large"] = new() { ["产地"] = ["广东珠海", "山东青岛", "广东佛山"] },
        ["apparel.women"] = new() { ["面料"] = ["聚酯纤维", "羊毛混纺", "棉"], ["产地"] = ["浙江杭州", "广东广州"] },
        ["apparel.men"] = new() { ["面料"] = ["纯棉", "聚酯纤维", "牛仔棉"], ["产地"] = ["江苏江阴", "福建泉州"] },
        ["home.textiles"] = new() { ["面料"] = ["全棉", "桑蚕丝", "天然乳胶"], ["产地"] = ["江苏南通", "浙江绍兴"] },
        ["outdoor.camping"] = new() { ["产地"] = ["浙江宁波", "福建厦门"] },
        ["outdoor.sports"] = new() { ["产地"] = ["福建泉州", "福建晋江"] },
    };

    /// <summary>Imported goods in the bonded warehouse name their country of origin instead.</summary>
    private static readonly Dictionary<string, string[]> BondedOrigin = new()
    {
        ["beauty.skincare"] = ["法国"],
        ["fresh.fruit"] = ["智利", "新西兰"],
    };

    public static void AddTo(Dictionary<string, string> attributes, string categoryCode, DemoStocking stocking, DemoRandom random)
    {
        if (stocking == DemoStocking.Bonded && BondedOrigin.TryGetValue(categoryCode, out var countries))
            attributes["产地"] = random.Pick(countries);
        if (!ByCategory.TryGetValue(categoryCode, out var choices)) return;
        foreach (var (key, values) in choices)
        {
            var value = random.Pick(values);
            attributes.TryAdd(key, value);
        }
    }
}
