namespace CommerceOps.Domain.Catalog;

/// <summary>One entry of a SKU's price history; <see cref="OldPrice"/> is null for the first price.</summary>
public sealed class PriceChange
{
    private PriceChange() { }

    internal PriceChange(decimal? oldPrice, decimal newPrice, DateTimeOffset changedAt)
    {
        OldPrice = oldPrice;
        NewPrice = newPrice;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }
    public long SkuId { get; private set; }
    public decimal? OldPrice { get; private set; }
    public decimal NewPrice { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
}
