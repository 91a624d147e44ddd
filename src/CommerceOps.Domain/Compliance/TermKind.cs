namespace CommerceOps.Domain.Compliance;

/// <summary>What a word-list term means to the checker; the kind decides the rule id and severity of a match.</summary>
public enum TermKind
{
    /// <summary>Core absolute term (国家级, 最佳, 唯一): AD-ABS-001 BLOCK.</summary>
    AbsoluteCore,
    /// <summary>Other absolute term (首选, 顶尖): AD-ABS-001 WARN, BLOCK in health-related categories.</summary>
    Absolute,
    /// <summary>Rank claim (第一, 销量冠军): BLOCK, WARN when evidence is attached.</summary>
    Ranking,
    /// <summary>The bare "最" followed by a Chinese character: BLOCK unless an exemption covers it.</summary>
    SuperlativePrefix,
    /// <summary>State organs, national symbols, 特供: AD-FLAG-007 BLOCK.</summary>
    FalseAuthority,
    /// <summary>Treatment claims and medical terms: AD-MED-002 BLOCK outside medical devices (AD-HEALTHFOOD-003 in health food).</summary>
    Medical,
    /// <summary>Health-food efficacy, drug comparison, endorsers: AD-HEALTHFOOD-003 BLOCK in health food.</summary>
    HealthFoodClaim,
    /// <summary>秒杀, 仅剩: AD-FALSE-005 WARN unless the promotion backs it.</summary>
    Urgency,
    /// <summary>稳赚, 零风险: AD-FALSE-005 WARN.</summary>
    Guarantee,
    /// <summary>赠品, 买一送一: AD-GIFT-006 WARN unless a quantity with a unit follows in the same sentence.</summary>
    GiftCue,
    /// <summary>销量, 好评率 next to a number: AD-CITE-004 WARN unless the text names a source.</summary>
    StatisticCue,
    /// <summary>数据来源, 截至: the text names the source of its statistics.</summary>
    SourceMarker,
    /// <summary>追求, 致力于: an absolute term right after it states a goal, not a claim.</summary>
    GoalMarker,
    /// <summary>A phrase whose listed terms are not claims (最佳赏味期, 第一次, 万能胶).</summary>
    Exemption,
}
