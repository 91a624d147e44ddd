namespace CommerceOps.Domain.Compliance;

/// <summary>Rule ids of the price and platform-rule checks (SPEC.md sections B and E).</summary>
public static class PriceRuleIds
{
    /// <summary>规范促销行为暂行规定: an unlabelled reference price above the lowest transaction price of the 7 days before the promotion.</summary>
    public const string Baseline = "PRC-BASE-001";
    /// <summary>明码标价和禁止价格欺诈规定 Art.17: the list price raised shortly before a discount (先提价后打折).</summary>
    public const string Hike = "PRC-HIKE-002";
    /// <summary>规范促销 / 明码标价 Art.6: a promotion states its period, eligibility, stacking, limits and excluded SKUs before it is published.</summary>
    public const string Conditions = "PRC-COND-004";
    /// <summary>电子商务法 Art.34: platform rules take effect at least 7 days after publication.</summary>
    public const string RuleLeadTime = "PLAT-RULE-001";
    /// <summary>规范促销 Art.7, 明码标价 Art.20(2): a promotion run under a platform campaign follows the campaign's published rules.</summary>
    public const string CampaignRules = "PLAT-PROMO-002";
}

/// <summary>A price or platform-rule finding; WARN means "send to review".</summary>
public sealed record PriceFinding(string RuleId, FindingSeverity Severity, string Subject, string Message);
