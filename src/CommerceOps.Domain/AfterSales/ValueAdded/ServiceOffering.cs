using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales.ValueAdded;

/// <summary>
/// A service that can be ordered for one SKU or for every SKU of a category (prefix match), at a price (0 = free).
/// A SKU's own offering wins over its category's.
/// </summary>
public sealed class ServiceOffering
{
    private ServiceOffering() { }

    public ServiceOffering(ValueAddedServiceKind kind, string? skuCode, string? categoryPrefix, string name, decimal price)
    {
        if (string.IsNullOrWhiteSpace(skuCode) == string.IsNullOrWhiteSpace(categoryPrefix))
            throw new DomainException("An offering is for one SKU or for one category.", "sku");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) throw new DomainException("A name of at most 100 characters is required.", "name");
        if (price < 0 || price != Money.Round(price)) throw new DomainException("The price is zero or more, in fen.", "price");
        Kind = kind;
        SkuCode = string.IsNullOrWhiteSpace(skuCode) ? null : skuCode.Trim();
        CategoryPrefix = string.IsNullOrWhiteSpace(categoryPrefix) ? null : categoryPrefix.Trim();
        Name = name.Trim();
        Price = price;
    }

    public long Id { get; private set; }
    public ValueAddedServiceKind Kind { get; private set; }
    public string? SkuCode { get; private set; }
    public string? CategoryPrefix { get; private set; }
    public string Name { get; private set; } = "";
    public decimal Price { get; private set; }

    public bool Covers(string skuCode, string categoryCode) =>
        SkuCode is { } sku ? sku == skuCode
            : categoryCode == CategoryPrefix || categoryCode.StartsWith(CategoryPrefix + ".", StringComparison.Ordinal);

    /// <summary>The offering that applies to a SKU for a kind of service: the SKU's own, else the most specific category's.</summary>
    public static ServiceOffering? For(IEnumerable<ServiceOffering> offerings, ValueAddedServiceKind kind, string skuCode, string categoryCode) =>
        offerings.Where(o => o.Kind == kind && o.Covers(skuCode, categoryCode))
            .OrderByDescending(o => o.SkuCode is not null).ThenByDescending(o => o.CategoryPrefix?.Length ?? 0)
            .FirstOrDefault();
}
