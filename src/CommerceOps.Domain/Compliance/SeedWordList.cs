namespace CommerceOps.Domain.Compliance;

/// <summary>
/// The word list a new installation starts with (../shared/compliance/WORDLISTS.md, compiled from public lists; SAMR
/// publishes none), plus the exemptions of SAMR's 广告绝对化用语执法指南 (2023) and cue words for the context rules.
/// The compliance role edits the stored, versioned copy.
/// </summary>
public static class SeedWordList
{
    public static readonly IReadOnlyList<WordListEntry> Entries =
    [
        .. Terms(TermKind.AbsoluteCore,
            "国家级 世界级 全球级 宇宙级 最高级 最佳 最好 最优 最大 最强 最高 最低 最便宜 最先进 最新技术 最新科学 最先进加工工艺 " +
            "最具 最受欢迎 最时尚 最赚 史上最低价 唯一 独一无二 顶级 极品 全网最低 全网最低价 全网最优 国家级产品"),
        .. Terms(TermKind.Ranking, "第一 NO.1 TOP1 第一品牌 销量冠军 全网销量第一 销量第一"),
        .. Terms(TermKind.SuperlativePrefix, "最"),
        .. Terms(TermKind.Absolute,
            "首个 首选 首家 全国首家 全网首发 全球首发 顶尖 尖端 极致 极佳 绝佳 终极 至尊 王牌 领袖品牌 世界领先 遥遥领先 绝对 " +
            "绝无仅有 史无前例 前无古人 空前绝后 无与伦比 万能 永久 填补国内空白 100% 百分百"),
        .. Terms(TermKind.FalseAuthority, "国家免检 质量免检 特供 专供 国家机关推荐 国家领导人推荐 CCTV推荐 驰名商标 央视上榜品牌 国旗 国徽 国歌"),
        .. Terms(TermKind.Medical, "治疗 治愈 根治 特效 药到病除 疗效 消炎 祛痘 降血压 降血糖 防癌 抗癌 无副作用 包治百病 处方 无效退款"),
        new("抗菌", TermKind.Medical, [CategoryKeys.Beauty]),
        .. Terms(TermKind.HealthFoodClaim, "代替药物 替代药物 比药物 药物替代 医生推荐 专家推荐 明星推荐 代言 安全无毒 保证有效", CategoryKeys.HealthFood),
        .. Terms(TermKind.Urgency, "秒杀 限时抢购 倒计时 仅剩 最后一波 随时涨价 再不抢就没了 错过不再 万人疯抢 售罄"),
        .. Terms(TermKind.Guarantee, "稳赚 保本 零风险 无风险 包过"),
        .. Terms(TermKind.GiftCue, "赠品 赠送 附赠 加赠 随单赠 好礼 豪礼 礼品 送礼品 买一送一 买二送一 买三送一 买1送1 买2送1 满赠"),
        .. Terms(TermKind.StatisticCue,
            "销量 销售 售出 卖出 月销 年销 累计 好评率 满意度 回购率 复购率 有效率 好评 人选择 人购买 人使用 位用户 用户 人推荐 家门店"),
        .. Terms(TermKind.SourceMarker, "数据来源 来源 统计周期 统计时间 截至 截止 出处 检测报告"),
        .. Terms(TermKind.GoalMarker, "追求 致力于 致力 力争 争做 努力成为 立志 目标是 愿景 梦想"),
        .. Terms(TermKind.Exemption,
            // Consumption tips.
            "最佳赏味期 最佳食用期 最佳饮用期 最佳使用方法 最佳使用期 最佳食用方法 最佳观赏期 最佳保存温度 " +
            // Time, order and quantity words, and true self-comparison within the shop.
            "最近 最后 最初 最终 最少 最多 最迟 最早 最晚 最新款 本店最新款 " +
            // Technical parameters stated as limits.
            "最大功率 最高转速 最大容量 最大承重 最高温度 最低温度 最大负载 最大风量 最高时速 最大续航 " +
            // Ordinary words that contain a listed term.
            "第一次 第一天 第一步 第一时间 第一眼 第一口 第一件 第一代 第一层 第一排 第一季 第一集 第一周 " +
            "万能胶 万能表 万能钥匙 万能充 万能轮 万能插座 永久磁铁 绝对值 特效妆 赠品不退 " +
            "100%棉 100%纯棉 100%羊毛 100%羊绒 100%真丝 100%桑蚕丝 100%涤纶 100%聚酯纤维 100%亚麻 100%纯羊毛 " +
            // The health-food disclaimer itself contains 代替药物.
            "本品不能代替药物 不能代替药物"),
    ];

    private static IEnumerable<WordListEntry> Terms(TermKind kind, string terms, params string[] categories) =>
        terms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => new WordListEntry(t, kind, categories));
}
