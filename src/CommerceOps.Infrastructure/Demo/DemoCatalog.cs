namespace CommerceOps.Infrastructure.Demo;

/// <summary>A category of the demo tree; leaves carry product templates.</summary>
public sealed record DemoCategory(string Code, string Name, string NameEn, string? ParentCode);

/// <summary>
/// A kind of product the demo sells: names and brands are combined into products, each spec becomes a SKU.
/// <paramref name="Stocking"/> says which warehouses hold it; <paramref name="Ingredients"/> are lists for beauty items.
/// </summary>
public sealed record DemoProductTemplate(
    string CategoryCode,
    string[] Names,
    string[] Brands,
    decimal MinPrice,
    decimal MaxPrice,
    string[] Specs,
    DemoStocking Stocking,
    IReadOnlyDictionary<string, string[]>? AttributeChoices = null,
    string[][]? Ingredients = null);

public enum DemoStocking
{
    /// <summary>Two or three of the platform's own warehouses.</summary>
    Own,
    /// <summary>Only in the supplier's cloud warehouse: the supplier ships direct.</summary>
    SupplierCloud,
    /// <summary>Imported goods in the bonded warehouse.</summary>
    Bonded,
}

/// <summary>The demo store's category tree and product templates: fresh food, beauty, 3C, appliances, apparel, home, outdoor.</summary>
public static class DemoCatalog
{
    public const string FruitCategory = "fresh.fruit";

    public static readonly DemoCategory[] Categories =
    [
        new("fresh", "生鲜", "Fresh food", null),
        new("fresh.fruit", "水果", "Fruit", "fresh"),
        new("fresh.vegetables", "蔬菜", "Vegetables", "fresh"),
        new("beauty", "美妆", "Beauty", null),
        new("beauty.skincare", "护肤", "Skincare", "beauty"),
        new("beauty.makeup", "彩妆", "Make-up", "beauty"),
        new("3c", "数码", "3C electronics", null),
        new("3c.phones", "手机", "Phones", "3c"),
        new("3c.audio", "耳机音箱", "Audio", "3c"),
        new("3c.accessories", "数码配件", "Accessories", "3c"),
        new("appliances", "家电", "Appliances", null),
        new("appliances.kitchen", "厨房电器", "Kitchen appliances", "appliances"),
        new("appliances.large", "大家电", "Large appliances", "appliances"),
        new("apparel", "服饰", "Apparel", null),
        new("apparel.women", "女装", "Women", "apparel"),
        new("apparel.men", "男装", "Men", "apparel"),
        new("home", "家居", "Home", null),
        new("home.storage", "收纳", "Storage", "home"),
        new("home.textiles", "家纺", "Textiles", "home"),
        new("outdoor", "户外", "Outdoor", null),
        new("outdoor.camping", "露营", "Camping", "outdoor"),
        new("outdoor.sports", "运动", "Sports", "outdoor"),
    ];

    private static readonly Dictionary<string, string[]> SmallApplianceAttributes = new()
    {
        ["能效等级"] = ["一级", "二级", "三级"],
        ["保修"] = ["1年", "2年"],
        ["额定功率"] = ["800W", "1200W", "1500W"],
    };

    private static readonly Dictionary<string, string[]> LargeApplianceAttributes = new()
    {
        ["能效等级"] = ["一级", "二级"],
        ["保修"] = ["整机3年", "整机6年"],
        ["送装一体"] = ["是"],
        ["开箱验货"] = ["支持"],
    };

    private static readonly Dictionary<string, string[]> FruitAttributes = new()
    {
        ["产地"] = ["山东烟台", "海南三亚", "江西赣州", "云南", "新疆", "广西"],
        ["储存方式"] = ["冷藏", "常温阴凉处"],
        ["保质期"] = ["7天", "10天", "15天"],
    };

    public static readonly DemoProductTemplate[] Templates =
    [
        new("fresh.fruit", ["烟台红富士苹果", "海南金煌芒果", "赣南脐橙", "阳光玫瑰葡萄", "四川耙耙柑", "新疆哈密瓜", "丹东红颜草莓", "广西沃柑", "云南蓝莓"],
            ["鲜丰", "百果园", "果先生"], 19.9m, 129m, ["2.5kg装", "5kg装"], DemoStocking.Own, FruitAttributes),
        new("fresh.fruit", ["智利车厘子 JJ级", "新西兰佳沛金奇异果"], ["佳沛", "环球鲜果"], 99m, 299m, ["1kg礼盒", "2.5kg礼盒"], DemoStocking.Bonded, FruitAttributes),
        new("fresh.vegetables", ["有机西兰花", "云南小番茄", "寿光水果黄瓜", "贝贝南瓜", "东北黑土土豆"], ["绿行者", "盒马优选"], 9.9m, 39.9m, ["500g", "2kg"], DemoStocking.Own),
        new("beauty.skincare", ["玻尿酸保湿精华", "烟酰胺亮肤面膜", "氨基酸洁面乳", "舒缓修护爽肤水", "清透防晒乳 SPF50+"], ["珀莱雅", "薇诺娜", "自然堂", "百雀羚"],
            59m, 329m, ["30ml", "50ml"], DemoStocking.Own, null,
            [
                ["水", "甘油", "丁二醇", "透明质酸钠", "烟酰胺", "泛醇"],
                ["水", "乙醇", "甘油", "丙二醇", "苯氧乙醇", "香精"],
                ["水", "椰油酰甘氨酸钾", "甘油", "马齿苋提取物", "尿囊素"],
                ["水", "乙醇", "双丙甘醇", "金缕梅提取物", "薄荷醇"],
                ["水", "甲氧基肉桂酸乙基己酯", "乙醇", "二氧化钛", "生育酚乙酸酯"],
            ]),
        new("beauty.skincare", ["小黑瓶精华肌底液", "菁纯面霜"], ["兰蔻"], 590m, 1680m, ["50ml", "100ml"], DemoStocking.Bonded, null,
            [["水", "二裂酵母发酵产物溶胞物", "乙醇", "甘油", "透明质酸钠"], ["水", "甘油", "角鲨烷", "玫瑰花提取物", "生育酚"]]),
        new("beauty.makeup", ["丝绒哑光口红", "轻薄气垫粉底", "大地色眼影盘", "控油定妆喷雾"], ["花西子", "完美日记", "卡姿兰"], 49m, 269m, ["01 自然色", "02 暖调"],
            DemoStocking.Own, null,
            [["蓖麻籽油", "蜂蜡", "二氧化钛", "云母"], ["水", "环五聚硅氧烷", "二氧化钛", "甘油"], ["滑石粉", "云母", "硬脂酸镁"], ["水", "乙醇", "PVP", "甘油"]]),
        new("3c.phones", ["5G 全网通智能手机", "折叠屏旗舰手机"], ["华为", "小米", "OPPO", "vivo", "荣耀"], 1999m, 8999m, ["8GB+256GB", "12GB+512GB"], DemoStocking.Own,
            new Dictionary<string, string[]> { ["保修"] = ["1年"], ["屏幕尺寸"] = ["6.7英寸", "6.8英寸"] }),
        new("3c.audio", ["主动降噪真无线耳机", "便携蓝牙音箱", "头戴式降噪耳机"], ["华为", "小米", "漫步者", "索尼"], 149m, 1999m, ["黑色", "白色"], DemoStocking.SupplierCloud,
            new Dictionary<string, string[]> { ["保修"] = ["1年"] }),
        new("3c.accessories", ["65W 氮化镓充电器", "20000mAh 移动电源", "Type-C 编织数据线", "磁吸手机壳"], ["绿联", "安克", "倍思"], 19.9m, 199m, ["标准版", "快充版"],
            DemoStocking.SupplierCloud),
        new("appliances.kitchen", ["智能空气炸锅", "IH 电饭煲", "静音破壁机", "304 不锈钢电热水壶"], ["美的", "九阳", "苏泊尔", "小熊"], 99m, 899m, ["标准款", "升级款"],
            DemoStocking.Own, SmallApplianceAttributes),
        new("appliances.large", ["新一级能效变频空调 1.5匹", "滚筒洗衣机 10公斤", "对开门冰箱 520升"], ["格力", "海尔", "美的"], 2499m, 6999m, ["标准安装"],
            DemoStocking.Own, LargeApplianceAttributes),
        new("apparel.women", ["法式碎花连衣裙", "羊毛针织开衫", "高腰阔腿裤", "轻薄羽绒服"], ["太平鸟", "ONLY", "伊芙丽"], 89m, 699m, ["S", "M", "L"], DemoStocking.Own),
        new("apparel.men", ["纯棉圆领T恤", "商务休闲夹克", "修身牛仔裤", "三合一冲锋衣"], ["海澜之家", "李宁", "杰克琼斯"], 69m, 899m, ["M", "L", "XL"], DemoStocking.Own),
        new("home.storage", ["衣柜收纳箱", "厨房多层置物架", "真空压缩袋"], ["天马", "禧天龙"], 19.9m, 159m, ["3件套", "6件套"], DemoStocking.Own),
        new("home.textiles", ["全棉四件套", "泰国乳胶枕", "桑蚕丝被"], ["罗莱", "水星家纺", "富安娜"], 99m, 1299m, ["1.5米床", "1.8米床"], DemoStocking.Own),
        new("outdoor.camping", ["轻量化折叠露营椅", "全自动速开帐篷", "铝合金蛋卷桌", "便携卡式炉", "折叠露营推车"], ["牧高笛", "挪客", "探路者"], 59m, 1299m, ["标准款", "加大款"],
            DemoStocking.Own, new Dictionary<string, string[]> { ["重量"] = ["1.2kg", "2.8kg", "4.5kg"], ["适用人数"] = ["1-2人", "3-4人"] }),
        new("outdoor.sports", ["加厚瑜伽垫", "缓震跑步鞋", "速干运动T恤"], ["李宁", "安踏", "迪卡侬"], 49m, 699m, ["标准款"], DemoStocking.Own),
    ];

    /// <summary>Search terms shoppers type; the last group finds nothing in the catalog (unmet demand for product selection).</summary>
    public static readonly string[] SearchTerms =
    [
        "苹果", "芒果", "车厘子", "草莓", "小番茄", "精华", "面膜", "防晒", "口红", "手机", "耳机", "充电器", "空气炸锅", "电饭煲",
        "空调", "连衣裙", "冲锋衣", "四件套", "收纳箱", "露营椅", "帐篷", "瑜伽垫", "跑步鞋",
    ];

    public static readonly string[] ZeroResultSearchTerms =
    [
        "超轻露营睡袋 零下20度", "儿童防晒冰袖", "无酒精卸妆水 敏感肌", "户外折叠洗碗池", "榴莲冰淇淋", "老人大字版手机",
    ];

    public static readonly string[] Campaigns = ["双11预热", "秋季上新", "会员日", "直播间周五专场", "露营季", "早餐白领指南"];
}
