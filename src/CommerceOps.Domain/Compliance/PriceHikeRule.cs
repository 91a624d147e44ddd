using System.Globalization;

namespace CommerceOps.Domain.Compliance;

/// <summary>A list-price change: when, and the price from then on.</summary>
public readonly record struct ListPrice(DateTimeOffset From, decimal Price);

/// <summary>
/// PRC-HIKE-002 (明码标价 Art.17, 先提价后打折): a list price raised by at least <see cref="RisePercent"/> within
/// <see cref="WindowDays"/> days before a promotion starts is refused (or sent to review, <see cref="Severity"/> WARN).
/// The rise is measured from the price in force when the window opened to the highest price inside the window.
/// </summary>
public sealed record PriceHikeRule(decimal RisePercent = 10m, int WindowDays = 30, FindingSeverity Severity = FindingSeverity.Block)
{
    public PriceFinding? Check(string sku, IEnumerable<ListPrice> history, DateTimeOffset promotionStart)
    {
        var opens = promotionStart.AddDays(-WindowDays);
        var ordered = history.Where(h => h.From < promotionStart).OrderBy(h => h.From).ToList();
        var atOpening = ordered.LastOrDefault(h => h.From <= opens);
        if (atOpening == default || atOpening.Price <= 0) return null;
        var inWindow = ordered.Where(h => h.From > opens).ToList();
        if (inWindow.Count == 0) return null;
        var highest = inWindow.MaxBy(h => h.Price);
        var rise = (highest.Price - atOpening.Price) / atOpening.Price * 100m;
        if (rise < RisePercent) return null;
        return new PriceFinding(PriceRuleIds.Hike, Severity, sku, string.Create(CultureInfo.InvariantCulture,
            $"List price rose {rise:0.#}% ({atOpening.Price:0.00} → {highest.Price:0.00} on {highest.From:yyyy-MM-dd}) within {WindowDays} days before the promotion."));
    }
}
