namespace CommerceOps.Domain.Compliance;

/// <summary>
/// What the price rules need to know about one SKU in a promotion's scope: its list-price history (oldest first) and the
/// unit prices actually paid before the promotion starts (the 7-day window, or the last sale before it).
/// </summary>
public sealed record SkuPriceFacts(string Sku, IReadOnlyList<ListPrice> ListPrices, IReadOnlyList<Transaction> Transactions)
{
    /// <summary>
    /// The list price in force when the promotion starts: the price the storefront shows crossed out (原价/划线价) next to
    /// the promotional one. Null when the SKU had no price yet.
    /// </summary>
    public decimal? ListPriceAt(DateTimeOffset at) =>
        ListPrices.Where(p => p.From <= at).OrderBy(p => p.From).Select(p => (decimal?)p.Price).LastOrDefault();
}
