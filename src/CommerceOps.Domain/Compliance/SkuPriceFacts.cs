namespace CommerceOps.Domain.Compliance;

/// <summary>
/// What the price rules need to know about one SKU in a promotion's scope: its list-price history (oldest first) and the
/// unit prices actually paid before the promotion starts (the 7-day window, or the last sale before it).
/// </summary>
public sealed record SkuPriceFacts(string Sku, IReadOnlyList<ListPrice> ListPrices, IReadOnlyList<Transaction> Transactions)
{
    /// <summary>
    /// The list price in force when the promotion starts: the price the storefront shows crossed out (原价/划线价) next to
    /// the promotional one. A SKU listed after the start shows its first price; null when it has no price at all.
    /// </summary>
    public decimal? ListPriceAt(DateTimeOffset at)
    {
        var ordered = ListPrices.OrderBy(p => p.From).ToList();
        if (ordered.Count == 0) return null;
        var inForce = ordered.FindLastIndex(p => p.From <= at);
        return ordered[Math.Max(inForce, 0)].Price;
    }
}
