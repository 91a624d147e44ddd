namespace CommerceOps.Infrastructure.Demo;

/// <summary>A generated SKU as orders and events need it. Before <see cref="PriceChangedAt"/> it sold at <see cref="EarlierPrice"/>.</summary>
public sealed record DemoSku(
    long Id, string Code, string Title, string CategoryCode, DemoStocking Stocking, decimal Price, decimal? EarlierPrice, DateTimeOffset? PriceChangedAt, long WarehouseId)
{
    public decimal PriceAt(DateTimeOffset at) => PriceChangedAt is { } changed && at < changed ? EarlierPrice!.Value : Price;
}
