using System.Globalization;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// PLAT-RULE-001 (电子商务法 Art.34): a platform rule or campaign rule takes effect no earlier than
/// <paramref name="LeadDays"/> days (7 by default) after it is published.
/// </summary>
public sealed record RuleLeadTime(int LeadDays = 7)
{
    public PriceFinding? Check(string rule, DateTimeOffset publishedAt, DateTimeOffset effectiveAt) =>
        effectiveAt - publishedAt >= TimeSpan.FromDays(LeadDays) ? null
            : new PriceFinding(PriceRuleIds.RuleLeadTime, FindingSeverity.Block, rule, string.Create(CultureInfo.InvariantCulture,
                $"Takes effect {effectiveAt:yyyy-MM-dd HH:mm}, less than {LeadDays} days after publication ({publishedAt:yyyy-MM-dd HH:mm}); earliest {publishedAt.AddDays(LeadDays):yyyy-MM-dd HH:mm}."));
}
