using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Catalog;

/// <summary>A sellable variant. Every price change is kept, because price rules and "price dropped" triggers read the history.</summary>
public sealed class Sku
{
    private readonly List<PriceChange> _priceHistory = [];

    private Sku() { }

    internal Sku(string code, string specification, Money price, DateTimeOffset at, bool crossBorder)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("A SKU needs a code.", "code");
        if (price.Amount < 0) throw new DomainException("A price cannot be negative.", "price");
        Code = code.Trim();
        Specification = specification;
        Price = price.Amount;
        Currency = price.Currency;
        IsCrossBorder = crossBorder;
        _priceHistory.Add(new PriceChange(null, price.Amount, at));
    }

    public long Id { get; private set; }
    public long ProductId { get; private set; }
    public string Code { get; private set; } = "";
    public string Specification { get; private set; } = "";
    public decimal Price { get; private set; }
    public string Currency { get; private set; } = Money.DefaultCurrency;
    public bool IsCrossBorder { get; private set; }
    public IReadOnlyList<PriceChange> PriceHistory => _priceHistory;

    public Money UnitPrice => new(Price, Currency);

    public void ChangePrice(decimal newPrice, DateTimeOffset at)
    {
        if (newPrice < 0) throw new DomainException("A price cannot be negative.", "price");
        if (newPrice == Price) return;
        _priceHistory.Add(new PriceChange(Price, newPrice, at));
        Price = newPrice;
    }
}
