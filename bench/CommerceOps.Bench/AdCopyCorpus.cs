using CommerceOps.Domain.Compliance;

namespace CommerceOps.Bench;

/// <summary>
/// Deterministic listing copy and a realistic 1,000-term word list for the advertising-law benchmark: the seed list plus
/// generated terms of the same shapes (superlative + selling point, treatment verb + ailment, authority + endorsement).
/// About one listing in ten carries a listed term, as on a marketplace where most sellers write clean copy.
/// </summary>
public static class AdCopyCorpus
{
    private static readonly string[] Products = ["纯棉T恤", "双人帐篷", "保湿面霜", "蓝牙耳机", "空气炸锅", "收纳箱", "羊毛围巾", "婴儿湿巾", "坚果礼盒", "电动牙刷", "登山鞋", "四件套"];
    private static readonly string[] Qualities =
        ["舒适透气", "夏季新款", "男女同款", "宽松休闲", "防水防风", "轻便易携", "大容量", "静音设计", "长续航", "亲肤柔软", "简约百搭", "加厚耐用", "快速加热", "一键操作", "易清洗"];
    private static readonly string[] Sentences =
    [
        "采用优质面料，做工精细，穿着舒适。", "产品尺寸请参考详情页尺码表，误差1-3cm属正常范围。", "支持7天无理由退换货，运费险保障购物无忧。",
        "收到商品后请检查外包装是否完好，如有破损请拒收。", "颜色因显示器不同可能略有差异，请以实物为准。", "本店所有商品均为正品，支持专柜验货。",
        "使用前请仔细阅读说明书，避免儿童接触。", "冷藏保存，开封后请尽快食用。", "全国大部分地区包邮，偏远地区需补运费。",
        "额定功率1200W，电压220V，容量4.5L。", "Material: 100% polyester, machine washable.", "下单后48小时内发货，节假日顺延。",
    ];
    private static readonly string[] Flagged = ["全网最低价", "国家级品质", "销量突破100万", "祛痘特效", "限时抢购", "第一品牌", "最 好用", "頂級工藝", "下单有赠品", "零风险"];

    public static IReadOnlyList<WordListEntry> WordList(int size)
    {
        var entries = SeedWordList.Entries.ToList();
        var seen = entries.Select(e => TextNormalization.Normalize(e.Term)).ToHashSet();
        string[] heads = ["最", "超", "史上最", "全网最", "行业最", "全国最", "业界最", "全球最", "宇宙最", "绝对"];
        string[] points = ["低价", "划算", "热销", "畅销", "好用", "安全", "有效", "实惠", "正宗", "专业", "权威", "耐用", "省电", "舒适", "保暖", "美白", "持久", "新鲜", "健康", "高端", "时尚", "潮流", "轻薄", "静音", "快充", "防晒", "补水", "控油", "营养", "美味", "环保", "智能", "精致", "奢华", "经典", "纯净", "柔软", "结实", "高效", "稳定"];
        string[] treatments = ["治疗", "根治", "预防", "缓解", "改善", "消除", "告别", "治愈"];
        string[] ailments = ["失眠", "便秘", "脱发", "糖尿病", "高血压", "湿疹", "关节炎", "鼻炎", "痛风", "近视", "口腔溃疡", "颈椎病", "胃病", "痘痘", "色斑", "皱纹", "肥胖", "三高", "贫血", "哮喘", "咽炎", "脚气", "腰痛", "便血", "肝病", "肾虚"];
        string[] authorities = ["卫健委", "国务院", "人民日报", "新华社", "央视", "国家队", "航天", "军队", "部委", "院士"];
        string[] endorsements = ["推荐", "指定", "特供", "专用", "认证", "监制"];
        var generated =
            heads.SelectMany(h => points.Select(p => (h + p, TermKind.AbsoluteCore)))
            .Concat(treatments.SelectMany(t => ailments.Select(a => (t + a, TermKind.Medical))))
            .Concat(authorities.SelectMany(a => endorsements.Select(e => (a + e, TermKind.FalseAuthority))))
            .Concat(points.SelectMany(p => new[] { ("无敌" + p, TermKind.Absolute), ("顶级" + p, TermKind.AbsoluteCore), (p + "之王", TermKind.Absolute) }));
        foreach (var (term, kind) in generated)
        {
            if (entries.Count >= size) break;
            if (seen.Add(TextNormalization.Normalize(term))) entries.Add(new WordListEntry(term, kind));
        }
        if (entries.Count < size) throw new BenchException($"only {entries.Count} terms could be generated");
        return entries;
    }

    public static IReadOnlyList<ListingText> Listings(int count, int seed)
    {
        var random = new Random(seed);
        var categories = CategoryKeys.All;
        var listings = new List<ListingText>(count);
        for (var i = 0; i < count; i++)
        {
            var title = $"{Products[random.Next(Products.Length)]} {Pick(random, Qualities)} {Pick(random, Qualities)}";
            var description = string.Concat(Enumerable.Range(0, random.Next(4, 10)).Select(_ => Pick(random, Sentences)));
            if (random.Next(10) == 0) description += Pick(random, Flagged);
            listings.Add(new ListingText(categories[random.Next(categories.Count)],
                [new ListingField(ListingText.Title, title), new ListingField(ListingText.Description, description)]));
        }
        return listings;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
