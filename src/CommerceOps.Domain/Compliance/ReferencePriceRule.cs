using System.Globalization;

namespace CommerceOps.Domain.Compliance;

/// <summary>A sale of the SKU in the same store: when it was paid and the unit price actually paid.</summary>
public readonly record struct Transaction(DateTimeOffset PaidAt, decimal UnitPrice);

/// <summary>
/// PRC-BASE-001 / PRC-CMP-003: when a promotion shows a reference ("original", crossed-out) price without stating its
/// baseline, the baseline is the lowest transaction price of the 7 days before the promotion starts, or the last
/// transaction price when nothing sold in those days. A reference price above that baseline is refused.
/// </summary>
public static class ReferencePriceRule
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>The baseline, or null when the SKU never sold before the start (nothing to compare: no finding).</summary>
    public static decimal? Baseline(IEnumerable<Transaction> transactions, DateTimeOffset promotionStart)
    {
        var before = transactions.Where(t => t.PaidAt < promotionStart).ToList();
        var inWindow = before.Where(t => t.PaidAt >= promotionStart - Window).ToList();
        if (inWindow.Count > 0) return inWindow.Min(t => t.UnitPrice);
        return before.Count > 0 ? before.MaxBy(t => t.PaidAt).UnitPrice : null;
    }

    public static PriceFinding? Check(string sku, decimal referencePrice, bool baselineLabelled, IEnumerable<Transaction> transactions, DateTimeOffset promotionStart)
    {
        if (baselineLabelled || Baseline(transactions, promotionStart) is not { } baseline || referencePrice <= baseline) return null;
        return new PriceFinding(PriceRuleIds.Baseline, FindingSeverity.Block, sku, string.Create(CultureInfo.InvariantCulture,
            $"Reference price {referencePrice:0.00} is above {baseline:0.00}, the lowest transaction price of the 7 days before the promotion."));
    }
}
