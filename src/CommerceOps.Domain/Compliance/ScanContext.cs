namespace CommerceOps.Domain.Compliance;

/// <summary>
/// What the checker cannot read in the text. <paramref name="RankingEvidence"/>: a data source is attached for a rank claim
/// ("2023年天猫双11 X类目销量第一"), which lowers 第一/销量冠军 to WARN. <paramref name="PromotionBacksUrgency"/>: the promotion
/// record has a matching end time and stock, so 秒杀/仅剩 are true statements.
/// </summary>
public sealed record ScanContext(bool RankingEvidence = false, bool PromotionBacksUrgency = false)
{
    public static readonly ScanContext None = new();
}
