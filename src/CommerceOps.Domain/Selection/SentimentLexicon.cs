namespace CommerceOps.Domain.Selection;

/// <summary>
/// The small word lists review mining reads (simplified Chinese; reviews are normalised before segmentation).
/// Praise and complaint words are matched against whole segmented words. A negator up to
/// <see cref="NegationWindow"/> words before a sentiment word flips it (不满意, 不太好用 → complaint; 不贵, 没有异味 →
/// praise), with degree adverbs in between allowed (不太好 = 不 + 太 + 好). Words the segmenter keeps whole with their
/// negation (不好, 没用) are listed as they are.
/// </summary>
public static class SentimentLexicon
{
    public const int NegationWindow = 2;

    public static readonly IReadOnlySet<string> Praise = new HashSet<string>(StringComparer.Ordinal)
    {
        "好", "好用", "满意", "喜欢", "新鲜", "好吃", "甜", "舒服", "舒适", "结实", "耐用", "划算", "实惠", "值", "值得", "正品",
        "漂亮", "好看", "精致", "快", "及时", "静音", "方便", "清爽", "保湿", "温和", "轻便", "暖和", "贴心", "推荐", "超值",
        "合身", "柔软", "大气", "稳定", "给力", "完美", "赞", "不错", "惊喜",
    };

    public static readonly IReadOnlySet<string> Complaint = new HashSet<string>(StringComparer.Ordinal)
    {
        "差", "慢", "贵", "坏", "破损", "漏", "漏气", "异味", "难闻", "难用", "难吃", "失望", "假货", "掉色", "起球", "过敏",
        "噪音", "吵", "烫", "卡顿", "发热", "松", "薄", "小", "缩水", "开线", "烂", "酸", "退货", "差评", "垃圾", "不好",
        "没用", "后悔", "麻烦", "粗糙", "变形", "生锈", "压坏", "发霉",
    };

    public static readonly IReadOnlySet<string> Negators = new HashSet<string>(StringComparer.Ordinal)
    {
        "不", "没", "没有", "无", "不是", "并不", "毫无", "别", "不太", "不够", "一点也不", "从不",
    };

    /// <summary>Adverbs that may stand between a negator and the word it negates (不太好, 没那么贵).</summary>
    public static readonly IReadOnlySet<string> Degree = new HashSet<string>(StringComparer.Ordinal)
    {
        "太", "很", "够", "那么", "怎么", "是", "算", "大", "非常", "特别", "十分", "怎样",
    };
}
